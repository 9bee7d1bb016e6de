/** THE list of Singapore Family Pass field checks: the FIN's check letter, the dates, the expiry. */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';

/** Warn this many days before the pass ends. */
const RENEWAL_NOTICE_DAYS = 30;

// prettier-ignore
export const SINGAPORE_FAMILY_PASS_CHECKS: readonly FieldCheck[] = [
	fieldChecks.singaporeNumber('fin', { kind: 'FIN', description: 'the FIN is F, G or M, 7 digits and the check letter they call for' }),
	fieldChecks.date('date_of_birth', { description: 'date of birth is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.date('issue_date', { description: 'date of issue is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.date('expiry_date', { description: 'date of expiry is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.expiry('expiry_date', { withinDays: RENEWAL_NOTICE_DAYS, what: 'the pass', description: `the pass has not expired and has more than ${RENEWAL_NOTICE_DAYS} days left` }),
];
