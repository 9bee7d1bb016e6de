/** THE list of Singapore NRIC field checks: the number's check letter, the dates. */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';

// prettier-ignore
export const SINGAPORE_NRIC_CHECKS: readonly FieldCheck[] = [
	fieldChecks.singaporeNumber('nric_no', { kind: 'NRIC', description: 'the NRIC number is S or T, 7 digits and the check letter they call for' }),
	fieldChecks.date('date_of_birth', { description: 'date of birth is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.date('issue_date', { description: 'date of issue is a real day-first date; adds yyyy-mm-dd' }),
];
