/**
 * THE lists of KK checks: the card's own fields, each member's row (the row's values beside the
 * card's), and the household as a whole. To add a check, add a line (a new rule: checks/fieldChecks.ts
 * or checks/tableChecks.ts says how).
 */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';
import type { TableCheck } from '../../checks/tableCheck';
import { tableChecks } from '../../checks/tableChecks';

// prettier-ignore
export const KK_CHECKS: readonly FieldCheck[] = [
	fieldChecks.kkNumber('nomor_kk', { description: 'a KK number is 16 digits: the region (a known province, a regency and a district), the day it was first issued DDMMYY, a serial from 0001' }),
	fieldChecks.date('tanggal_dikeluarkan', { description: 'the issue date is a real day-first date; adds yyyy-mm-dd' }),
];

// prettier-ignore
export const KK_MEMBER_CHECKS: readonly FieldCheck[] = [
	fieldChecks.nikShape('nik', { description: "a member's NIK is 16 digits" }),
	fieldChecks.nikProvince('nik', { description: 'a NIK starts with a known province code (11-96)' }),
	fieldChecks.nikBirthDate('nik', { description: 'NIK digits 7-12 are a birth date DDMMYY, day + 40 for women' }),
	fieldChecks.nikSerial('nik', { description: 'the last 4 digits of a NIK are not 0000' }),
	fieldChecks.nikMatchesBirthDate('nik', 'tanggal_lahir', { description: "the NIK's birth date (day, month, 2-digit year) is the member's date of birth" }),
	fieldChecks.nikMatchesSex('nik', 'jenis_kelamin', { description: "the NIK's sex (day + 40 for women) is the member's LAKI-LAKI or PEREMPUAN" }),
	fieldChecks.date('tanggal_lahir', { description: 'date of birth is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.date('tanggal_perkawinan', { description: 'date of marriage is a real day-first date; adds yyyy-mm-dd' }),
];

const MEMBER = { name: 'nama_lengkap', relation: 'status_hubungan_dalam_keluarga' } as const;

// prettier-ignore
export const KK_TABLE_CHECKS: readonly TableCheck[] = [
	tableChecks.oneHeadOfFamily('members', { ...MEMBER, description: 'exactly one member is KEPALA KELUARGA (head of the family)' }),
	tableChecks.headOfFamilyNamed('members', 'nama_kepala_keluarga', { ...MEMBER, description: 'the head of the family named on the card is the member who is KEPALA KELUARGA' }),
];
