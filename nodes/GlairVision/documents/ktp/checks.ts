/**
 * THE list of KTP field checks: one line per rule, bound to its columns. To add a check, add a line
 * (a new rule: checks/fieldChecks.ts says how).
 */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';

// prettier-ignore
export const KTP_CHECKS: readonly FieldCheck[] = [
	fieldChecks.nikShape('nik', { description: 'a NIK is 16 digits' }),
	fieldChecks.nikProvince('nik', { description: 'a NIK starts with a known province code (11-96)' }),
	fieldChecks.nikBirthDate('nik', { description: 'NIK digits 7-12 are a birth date DDMMYY, day + 40 for women' }),
	fieldChecks.nikSerial('nik', { description: 'the last 4 digits of a NIK are not 0000' }),
	fieldChecks.nikMatchesProvince('nik', 'provinsi', { description: "the NIK's province code is the printed province (DKI JAKARTA is 31, JAWA BARAT 32 ...)" }),
	fieldChecks.nikMatchesBirthDate('nik', 'tanggal_lahir', { description: "the NIK's birth date (day, month, 2-digit year) is the printed date of birth" }),
	fieldChecks.nikMatchesSex('nik', 'jenis_kelamin', { description: "the NIK's sex (day + 40 for women) is the printed LAKI-LAKI or PEREMPUAN" }),
	fieldChecks.date('tanggal_lahir', { description: 'date of birth is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.lifetimeOrDate('berlaku_hingga', { description: 'valid until is "SEUMUR HIDUP" (for life) or a real date; adds yyyy-mm-dd for a date' }),
];
