/**
 * THE list of SIM field checks: one line per rule, bound to its columns (a new rule:
 * checks/fieldChecks.ts says how). Since July 2024 the SIM number is the holder's NIK: the NIK's
 * checks run on it then, and pass on an older card's number (they judge 16 digits only).
 */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';

/** Warn this many days before the licence ends, as for the STNK's registration. */
const RENEWAL_NOTICE_DAYS = 30;

// prettier-ignore
export const SIM_CHECKS: readonly FieldCheck[] = [
	fieldChecks.simNumberShape('nomor_sim', { description: "the SIM number is the holder's 16-digit NIK (cards since July 2024) or 12 to 14 digits (older cards)" }),
	fieldChecks.nikProvince('nomor_sim', { description: 'a SIM number that is a NIK starts with a known province code (11-96)' }),
	fieldChecks.nikMatchesBirthDate('nomor_sim', 'tanggal_lahir', { description: "a SIM number that is a NIK holds the printed date of birth (day, month, 2-digit year)" }),
	fieldChecks.nikMatchesSex('nomor_sim', 'jenis_kelamin', { description: 'a SIM number that is a NIK agrees with the printed sex (day + 40 for women)' }),
	fieldChecks.date('tanggal_lahir', { description: 'date of birth is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.date('berlaku', { description: 'valid until is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.expiry('berlaku', { withinDays: RENEWAL_NOTICE_DAYS, what: 'the driving licence', description: `the licence has not expired and has more than ${RENEWAL_NOTICE_DAYS} days left` }),
];
