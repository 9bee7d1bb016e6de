import { failed, quoted, type CheckOutcome } from './checkOutcome';

/**
 * Dates on a BPKB are printed day-first, either in digits (19-06-2024, 19/06/2024, 19.06.2024)
 * or with an Indonesian month name (19 JUNI 2024, 19-JUN-2024). Spelling of month names varies
 * between offices and over the years (PEBRUARI, NOPEMBER, AGT ...), so all known variants are read.
 * English names are read too: they cost nothing and appear in re-typed data.
 */
const MONTH_NUMBER_BY_NAME: Readonly<Record<string, number>> = {
	JANUARI: 1, JAN: 1, JANUARY: 1,
	FEBRUARI: 2, PEBRUARI: 2, FEB: 2, PEB: 2, FEBRUARY: 2,
	MARET: 3, MAR: 3, MARCH: 3,
	APRIL: 4, APR: 4,
	MEI: 5, MAY: 5,
	JUNI: 6, JUN: 6, JUNE: 6,
	JULI: 7, JUL: 7, JULY: 7,
	AGUSTUS: 8, AGU: 8, AGS: 8, AGT: 8, AGUST: 8, AUG: 8, AUGUST: 8,
	SEPTEMBER: 9, SEPT: 9, SEP: 9,
	OKTOBER: 10, OKT: 10, OCT: 10, OCTOBER: 10,
	NOVEMBER: 11, NOPEMBER: 11, NOP: 11, NOV: 11,
	DESEMBER: 12, DES: 12, DEC: 12, DECEMBER: 12,
};

const MONTH_NAMES_FOR_MESSAGES = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December',
];

const SEPARATOR = String.raw`\s*[-/.]\s*|\s+`;
const DAY_MONTH_YEAR_IN_DIGITS = new RegExp(`^(\\d{1,2})(?:${SEPARATOR})(\\d{1,2})(?:${SEPARATOR})(\\d{4})$`);
/** The month name may be glued to the numbers ("19JUNI2024") or end in a dot ("19 SEPT. 2024"). */
const DAY_MONTHNAME_YEAR = /^(\d{1,2})[\s\-/.,]*([A-Z]+)\.?[\s\-/.,]*(\d{4})$/;
/** Already ISO: not what GLAIR sends, but re-typed data sometimes is. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
	year: number;
	month: number;
	day: number;
}

export type DateReading =
	| { kind: 'date'; date: CalendarDate }
	| { kind: 'unreadable' }
	| { kind: 'unknown-month'; monthText: string }
	| { kind: 'impossible'; date: CalendarDate };

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function toReading(year: number, month: number, day: number): DateReading {
	const date = { year, month, day };
	const isReal = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
	return isReal ? { kind: 'date', date } : { kind: 'impossible', date };
}

export function parseDate(text: string): DateReading {
	const cleaned = text.trim().toUpperCase();
	const iso = ISO_DATE.exec(cleaned);
	if (iso) return toReading(Number(iso[1]), Number(iso[2]), Number(iso[3]));

	const digits = DAY_MONTH_YEAR_IN_DIGITS.exec(cleaned);
	if (digits) return toReading(Number(digits[3]), Number(digits[2]), Number(digits[1]));

	const named = DAY_MONTHNAME_YEAR.exec(cleaned);
	if (named) {
		const monthText = named[2];
		const month = MONTH_NUMBER_BY_NAME[monthText];
		if (month === undefined) return { kind: 'unknown-month', monthText };
		return toReading(Number(named[3]), month, Number(named[1]));
	}
	return { kind: 'unreadable' };
}

function twoDigits(value: number): string {
	return String(value).padStart(2, '0');
}

export function toIsoDate(date: CalendarDate): string {
	return `${String(date.year).padStart(4, '0')}-${twoDigits(date.month)}-${twoDigits(date.day)}`;
}

function whyImpossible(date: CalendarDate): string {
	if (date.month < 1 || date.month > 12) return `there is no month ${date.month}`;
	const monthName = MONTH_NAMES_FOR_MESSAGES[date.month - 1];
	return `${monthName} ${date.year} has ${daysInMonth(date.year, date.month)} days`;
}

/** Reads a day-first date; adds `<isoCompanion>` as yyyy-mm-dd when it is a real calendar date. */
export function checkDate(text: string, isoCompanion: string): CheckOutcome {
	const reading = parseDate(text);
	switch (reading.kind) {
		case 'date':
			return { companions: { [isoCompanion]: toIsoDate(reading.date) } };
		case 'impossible':
			return failed(`${quoted(text)} is not a real date (${whyImpossible(reading.date)})`);
		case 'unknown-month':
			return failed(`${quoted(reading.monthText)} in ${quoted(text)} is not a month name`);
		case 'unreadable':
			return failed(
				`cannot read ${quoted(text)} as a date; expected day, month and year like 19-06-2024 or 19 JUNI 2024`,
			);
	}
}

/** The year of a date that reads as a real calendar date, for checks that compare years. */
export function yearOfDate(text: string): number | undefined {
	const reading = parseDate(text);
	return reading.kind === 'date' ? reading.date.year : undefined;
}

/** dd-mm-yyyy: how a KTP prints a date, and the form GLAIR's identity endpoints take. */
export function toDayFirstDate(date: CalendarDate): string {
	return `${twoDigits(date.day)}-${twoDigits(date.month)}-${String(date.year).padStart(4, '0')}`;
}
