/**
 * The NIK (Nomor Induk Kependudukan), a resident's 16-digit number on the KTP: PP RR DD DDMMYY SSSS,
 * the province, regency and district where it was issued, the birth date (the day plus 40 for a
 * woman) and a serial. `parseNik` is the one reader of those parts; every NIK check uses it.
 */
import { daysInMonth, parseDate } from './dates';
import { PASSED, failed, quoted, type CheckOutcome } from './checkOutcome';
import { identityDigits, notSixteenDigits } from './identityNumber';
import { PROVINCE_NAMES, provinceCodeOf } from './provinces';
import { parseSex, type Sex } from './sex';

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
/** Serials count from 0001. */
const NO_SERIAL = '0000';

export interface NikBirthDate {
	/** The day of the month, 40 already taken off a woman's. */
	day: number;
	month: number;
	/** The year's last two digits: the century is not in the NIK. */
	yearOfCentury: number;
}

export interface Nik {
	/** Digits 1-2: the province (Kemendagri code, e.g. "32" Jawa Barat). */
	province: string;
	/** Digits 3-4: the regency or city (kabupaten/kota) in the province; "32" + "01" is Kemendagri's 32.01. */
	regency: string;
	/** Digits 5-6: the district (kecamatan) in the regency. */
	district: string;
	/** Digits 7-12 as printed: DDMMYY, DD plus 40 for a woman. */
	birthDigits: string;
	birthDate: NikBirthDate;
	sex: Sex;
	/** Digits 13-16: the serial among the NIKs of that district and birth date. */
	serial: string;
}

/**
 * The parts of a NIK printed with or without grouping spaces, dots and dashes; undefined when it is
 * not 16 digits. The parts are read as printed: whether each can be is `isNikProvince`,
 * `isNikBirthDate` and `isNikSerial`.
 */
export function parseNik(text: string): Nik | undefined {
	const digits = identityDigits(text);
	if (!/^\d{16}$/.test(digits)) return undefined;
	const dayAsWritten = Number(digits.slice(6, 8));
	const female = dayAsWritten > WOMAN_DAY_OFFSET;
	return {
		province: digits.slice(0, 2),
		regency: digits.slice(2, 4),
		district: digits.slice(4, 6),
		birthDigits: digits.slice(6, 12),
		birthDate: {
			day: female ? dayAsWritten - WOMAN_DAY_OFFSET : dayAsWritten,
			month: Number(digits.slice(8, 10)),
			yearOfCentury: Number(digits.slice(10, 12)),
		},
		sex: female ? 'female' : 'male',
		serial: digits.slice(12),
	};
}

export function isNikProvince(code: string): boolean {
	return PROVINCES.has(code);
}

export function isNikBirthDate({ day, month }: NikBirthDate): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(ANY_LEAP_YEAR, month);
}

export function isNikSerial(serial: string): boolean {
	return serial !== NO_SERIAL;
}

// ---- The NIK's own parts ------------------------------------------------------------------------
// A number that is not 16 digits passes: in a BPKB's box it may be a company's number, and a KTP's
// NIK of the wrong shape is reported by checkNikShape.

export function checkNikProvince(text: string): CheckOutcome {
	const nik = parseNik(text);
	if (!nik || isNikProvince(nik.province)) return PASSED;
	return failed(`a NIK starts with a province code; ${nik.province} is not an Indonesian province`);
}

export function checkNikBirthDate(text: string): CheckOutcome {
	const nik = parseNik(text);
	if (!nik || isNikBirthDate(nik.birthDate)) return PASSED;
	return failed(`digits 7-12 of a NIK are the birth date as DDMMYY (women add 40 to the day); ${nik.birthDigits} is not a date`);
}

export function checkNikSerial(text: string): CheckOutcome {
	const nik = parseNik(text);
	if (!nik || isNikSerial(nik.serial)) return PASSED;
	return failed(`the last 4 digits of a NIK are a serial number that starts at 0001; this ends in ${NO_SERIAL}`);
}

/** A KTP's NIK is always 16 digits (unlike a BPKB's box, which may hold a company number). */
export function checkNikShape(text: string): CheckOutcome {
	return parseNik(text) ? PASSED : failed(notSixteenDigits('a NIK', text));
}

// ---- The NIK against what the card prints beside it ---------------------------------------------

const two = (value: number) => String(value).padStart(2, '0');

/** The NIK's digits 7-12 against the printed birth date (day, month and the year's last two digits). */
export function checkNikMatchesBirthDate(nikText: string, birthDateText: string, birthDateField: string): CheckOutcome {
	const nik = parseNik(nikText);
	const printed = parseDate(birthDateText);
	// A NIK or a date that cannot be read is reported by its own check.
	if (!nik || printed.kind !== 'date') return PASSED;
	const { day, month, yearOfCentury } = nik.birthDate;
	if (day === printed.date.day && month === printed.date.month && yearOfCentury === printed.date.year % 100) return PASSED;
	return failed(
		`the NIK gives the birth date ${two(day)}-${two(month)}-..${two(yearOfCentury)}, but ${birthDateField} is ${birthDateText.trim()}`,
	);
}

/** Women's NIKs add 40 to the birth day: that must agree with the printed sex. */
export function checkNikMatchesSex(nikText: string, sexText: string, sexField: string): CheckOutcome {
	const nik = parseNik(nikText);
	if (!nik) return PASSED;
	const sex = parseSex(sexText);
	if (sex === undefined) return failed(`${sexField} ${quoted(sexText.trim())} is neither LAKI-LAKI nor PEREMPUAN`);
	if (sex === nik.sex) return PASSED;
	return nik.sex === 'female'
		? failed(`the NIK's birth day is over 40, which is a woman's NIK, but ${sexField} is ${sexText.trim()}`)
		: failed(`the NIK's birth day is not over 40, which is a man's NIK, but ${sexField} is ${sexText.trim()}`);
}

/** The NIK's first two digits against the printed province. */
export function checkNikMatchesProvince(nikText: string, provinceText: string, provinceField: string): CheckOutcome {
	const nik = parseNik(nikText);
	const names = nik && PROVINCE_NAMES[nik.province];
	if (!nik || !names) return PASSED; // an unknown code is reported by the province code check
	const printed = provinceCodeOf(provinceText);
	if (printed === nik.province) return PASSED;
	if (printed === undefined) return failed(`${provinceField} ${quoted(provinceText.trim())} is not the name of an Indonesian province`);
	return failed(`the NIK starts with ${nik.province}, which is ${names[0]}, but ${provinceField} is ${provinceText.trim()} (${printed})`);
}
