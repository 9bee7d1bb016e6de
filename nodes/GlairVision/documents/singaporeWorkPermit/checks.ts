/** THE list of Singapore Work Permit field checks: the FIN's check letter, the dates, the expiry. */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';

/** Warn this many days before the permit ends. */
const RENEWAL_NOTICE_DAYS = 30;

// prettier-ignore
export const SINGAPORE_WORK_PERMIT_CHECKS: readonly FieldCheck[] = [
	fieldChecks.singaporeNumber('fin', { kind: 'FIN', description: 'the FIN is F, G or M, 7 digits and the check letter they call for' }),
	fieldChecks.date('date_of_birth', { description: 'date of birth is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.date('date_of_apply', { description: 'date of application is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.date('date_of_issue', { description: 'date of issue is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.date('date_of_expiry', { description: 'date of expiry is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.expiry('date_of_expiry', { withinDays: RENEWAL_NOTICE_DAYS, what: 'the work permit', description: `the work permit has not expired and has more than ${RENEWAL_NOTICE_DAYS} days left` }),
];
