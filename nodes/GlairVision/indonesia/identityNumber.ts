import { daysInMonth, readDate, toIsoDate } from './dates';
import { PASSED, failed, quoted, type CheckOutcome } from './checkOutcome';
import { PROVINCE_NAMES, provinceCodeOf } from './provinces';

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

// ---- A KTP's own NIK, against what the card prints beside it --------------------------------

const NIK_LENGTH = 16;

/** A KTP's NIK is always 16 digits (unlike a BPKB's box, which may hold a company number). */
export function checkNikShape(text: string): CheckOutcome {
	const compact = identityDigits(text);
	if (/^\d{16}$/.test(compact)) return PASSED;
	const letters = [...new Set(compact.replace(/\d/g, ''))];
	const what = letters.length > 0 ? `; it has ${letters.map((letter) => `"${letter}"`).join(', ')} where digits belong` : '';
	return failed(`a NIK has ${NIK_LENGTH} digits; this has ${compact.length} characters${what}`);
}

interface NikBirth {
	day: number;
	month: number;
	/** Two digits: the century is not in the NIK. */
	year: number;
	female: boolean;
}

function nikBirth(text: string): NikBirth | undefined {
	if (identityNumberKind(text) !== 'NIK') return undefined;
	const digits = identityDigits(text);
	const dayAsWritten = Number(digits.slice(6, 8));
	const female = dayAsWritten > WOMAN_DAY_OFFSET;
	return { day: female ? dayAsWritten - WOMAN_DAY_OFFSET : dayAsWritten, month: Number(digits.slice(8, 10)), year: Number(digits.slice(10, 12)), female };
}

const two = (value: number) => String(value).padStart(2, '0');

/** The NIK's digits 7-12 against the printed birth date (day, month and the year's last two digits). */
export function checkNikMatchesBirthDate(nikText: string, birthDateText: string, birthDateField: string): CheckOutcome {
	const birth = nikBirth(nikText);
	const printed = readDate(birthDateText);
	// A NIK or a date that cannot be read is reported by its own check.
	if (!birth || printed.kind !== 'date') return PASSED;
	const { day, month, year } = printed.date;
	if (birth.day === day && birth.month === month && birth.year === year % 100) return PASSED;
	return failed(
		`the NIK gives the birth date ${two(birth.day)}-${two(birth.month)}-..${two(birth.year)}, but ${birthDateField} is ${birthDateText.trim()}`,
	);
}

/** How a KTP prints the sex: LAKI-LAKI (male) or PEREMPUAN (female), sometimes abbreviated. */
export function readSex(text: string): 'male' | 'female' | undefined {
	const words = text.toUpperCase().replace(/[^A-Z]+/g, ' ').trim();
	if (/^(LAKI( LAKI)?|LK|L|PRIA)$/.test(words)) return 'male';
	if (/^(PEREMPUAN|PR|P|WANITA)$/.test(words)) return 'female';
	return undefined;
}

/** Women's NIKs add 40 to the birth day: that must agree with the printed sex. */
export function checkNikMatchesSex(nikText: string, sexText: string, sexField: string): CheckOutcome {
	const birth = nikBirth(nikText);
	if (!birth) return PASSED;
	const sex = readSex(sexText);
	if (sex === undefined) return failed(`${sexField} ${quoted(sexText.trim())} is neither LAKI-LAKI nor PEREMPUAN`);
	if ((sex === 'female') === birth.female) return PASSED;
	return birth.female
		? failed(`the NIK's birth day is over 40, which is a woman's NIK, but ${sexField} is ${sexText.trim()}`)
		: failed(`the NIK's birth day is not over 40, which is a man's NIK, but ${sexField} is ${sexText.trim()}`);
}

/** The NIK's first two digits against the printed province. */
export function checkNikMatchesProvince(nikText: string, provinceText: string, provinceField: string): CheckOutcome {
	if (identityNumberKind(nikText) !== 'NIK') return PASSED;
	const code = identityDigits(nikText).slice(0, 2);
	const names = PROVINCE_NAMES[code];
	if (!names) return PASSED; // reported by the province code check
	const printed = provinceCodeOf(provinceText);
	if (printed === code) return PASSED;
	if (printed === undefined) return failed(`${provinceField} ${quoted(provinceText.trim())} is not the name of an Indonesian province`);
	return failed(`the NIK starts with ${code}, which is ${names[0]}, but ${provinceField} is ${provinceText.trim()} (${printed})`);
}

// ---- Valid until (berlaku hingga) -----------------------------------------------------------

const LIFETIME = /^SEUMUR\s*HIDUP$/;

/** Valid for life ("SEUMUR HIDUP", every e-KTP since 2016) or until a printed date; adds the date as yyyy-mm-dd. */
export function checkLifetimeOrDate(text: string, isoCompanion: string): CheckOutcome {
	if (LIFETIME.test(text.trim().toUpperCase())) return PASSED;
	const reading = readDate(text);
	if (reading.kind === 'date') return { companions: { [isoCompanion]: toIsoDate(reading.date) } };
	return failed(`expected "SEUMUR HIDUP" (valid for life) or a date like 05-08-2017; this is ${quoted(text.trim())}`);
}
