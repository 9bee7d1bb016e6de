/** THE list of KITAS/KITAP field checks: the card's dates, and that its stay permit and the passport it rests on have not expired. */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';

/** Warn this many days before a permit ends, as for the SIM. */
const RENEWAL_NOTICE_DAYS = 30;

// prettier-ignore
export const KITAS_KITAP_CHECKS: readonly FieldCheck[] = [
	fieldChecks.date('date_of_birth', { description: 'date of birth is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.date('issued_date', { description: 'date of issue is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.date('stay_entries_permit_expiry', { description: 'the stay permit\'s end is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.expiry('stay_entries_permit_expiry', { withinDays: RENEWAL_NOTICE_DAYS, what: 'the stay permit', description: `the stay permit has not expired and has more than ${RENEWAL_NOTICE_DAYS} days left` }),
	fieldChecks.date('stay_multiple_entries_permit_expiry', { description: 'the re-entry permit\'s end is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.expiry('stay_multiple_entries_permit_expiry', { withinDays: 0, what: 'the multiple re-entry permit', description: 'the multiple re-entry permit has not expired' }),
	fieldChecks.date('passport_expiry', { description: 'the passport\'s end is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.expiry('passport_expiry', { withinDays: RENEWAL_NOTICE_DAYS, what: 'the passport', description: `the passport the permit rests on has not expired and has more than ${RENEWAL_NOTICE_DAYS} days left` }),
];
