import { daysInMonth } from './dates';
import { PASSED, failed, type CheckOutcome } from './outcome';

/**
 * The "No. KTP/TDP" box holds either a person's NIK (16 digits, from the KTP identity card),
 * a company's NIB (13 digits, Nomor Induk Berusaha), or an older company number such as a TDP
 * ("S120112190871" in the vendor sample). Only the NIK has a structure that can be checked.
 */
export type IdentityNumberKind = 'NIK' | 'NIB' | 'other';

/**
 * Province codes at the start of a NIK (Kemendagri codes, not the BPS ones).
 * 91 Papua and 92 West Papua, then the provinces split off in 2022: 93 South Papua,
 * 94 Central Papua, 95 Highland Papua, 96 South-West Papua. No province has 97 or higher.
 */
export const NIK_PROVINCE_CODES: readonly string[] = [
	'11', '12', '13', '14', '15', '16', '17', '18', '19', '21', // Sumatra and Riau Islands
	'31', '32', '33', '34', '35', '36', // Java
	'51', '52', '53', // Bali and Nusa Tenggara
	'61', '62', '63', '64', '65', // Kalimantan
	'71', '72', '73', '74', '75', '76', // Sulawesi
	'81', '82', // Maluku
	'91', '92', '93', '94', '95', '96', // Papua
];

const PROVINCES = new Set(NIK_PROVINCE_CODES);
/** Women's NIKs carry the birth day plus 40, so 41-71 is a day too. */
const WOMAN_DAY_OFFSET = 40;
/** The birth year has two digits, so the century is unknown: allow 29 February. */
const ANY_LEAP_YEAR = 2000;

/** The number as printed, without the spaces, dots and dashes used to group digits. */
export function identityDigits(text: string): string {
	return text.replace(/[\s.\-]/g, '');
}

export function identityNumberKind(text: string): IdentityNumberKind {
	const compact = identityDigits(text);
	if (/^\d{16}$/.test(compact)) return 'NIK';
	if (/^\d{13}$/.test(compact)) return 'NIB';
	return 'other';
}

/** Never a problem: says which kind of number this is so later steps can route it. */
export function checkIdentityNumberKind(text: string, kindCompanion: string): CheckOutcome {
	return { companions: { [kindCompanion]: identityNumberKind(text) } };
}

export function checkNikProvince(text: string): CheckOutcome {
	if (identityNumberKind(text) !== 'NIK') return PASSED;
	const province = identityDigits(text).slice(0, 2);
	if (PROVINCES.has(province)) return PASSED;
	return failed(`a NIK starts with a province code; ${province} is not an Indonesian province`);
}

export function checkNikBirthDate(text: string): CheckOutcome {
	if (identityNumberKind(text) !== 'NIK') return PASSED;
	const birthDigits = identityDigits(text).slice(6, 12);
	const dayAsWritten = Number(birthDigits.slice(0, 2));
	const month = Number(birthDigits.slice(2, 4));
	const day = dayAsWritten > WOMAN_DAY_OFFSET ? dayAsWritten - WOMAN_DAY_OFFSET : dayAsWritten;
	const isBirthDate = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(ANY_LEAP_YEAR, month);
	if (isBirthDate) return PASSED;
	return failed(
		`digits 7-12 of a NIK are the birth date as DDMMYY (women add 40 to the day); ${birthDigits} is not a date`,
	);
}

export function checkNikSerial(text: string): CheckOutcome {
	if (identityNumberKind(text) !== 'NIK') return PASSED;
	if (!identityDigits(text).endsWith('0000')) return PASSED;
	return failed('the last 4 digits of a NIK are a serial number that starts at 0001; this ends in 0000');
}
