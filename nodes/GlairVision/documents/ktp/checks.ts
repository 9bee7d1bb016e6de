/**
 * THE list of KTP field checks: one row per rule, bound to its columns. To add a check, add a row
 * (and, for a new rule, its function in engine/checks/rules/ and its builder in engine/checks/rows.ts).
 */
import type { CheckRow } from '../../checks/checkRow';
import { rows } from '../../checks/rows';

// prettier-ignore
export const KTP_CHECKS: readonly CheckRow[] = [
	rows.nikShape('nik', { description: 'a NIK is 16 digits' }),
	rows.nikProvince('nik', { description: 'a NIK starts with a known province code (11-96)' }),
	rows.nikBirthDate('nik', { description: 'NIK digits 7-12 are a birth date DDMMYY, day + 40 for women' }),
	rows.nikSerial('nik', { description: 'the last 4 digits of a NIK are not 0000' }),
	rows.nikMatchesProvince('nik', 'provinsi', { description: "the NIK's province code is the printed province (DKI JAKARTA is 31, JAWA BARAT 32 ...)" }),
	rows.nikMatchesBirthDate('nik', 'tanggal_lahir', { description: "the NIK's birth date (day, month, 2-digit year) is the printed date of birth" }),
	rows.nikMatchesSex('nik', 'jenis_kelamin', { description: "the NIK's sex (day + 40 for women) is the printed LAKI-LAKI or PEREMPUAN" }),
	rows.date('tanggal_lahir', { description: 'date of birth is a real day-first date; adds yyyy-mm-dd' }),
	rows.lifetimeOrDate('berlaku_hingga', { description: 'valid until is "SEUMUR HIDUP" (for life) or a real date; adds yyyy-mm-dd for a date' }),
];
