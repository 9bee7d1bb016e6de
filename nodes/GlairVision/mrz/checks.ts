/**
 * The checks a passport's MRZ allows (ICAO Doc 9303 part 4, the TD3 passport's second line): each
 * field against its check digit, the composite check digit over them all, the dates. A value that
 * cannot be read is reported by its own field's check, never twice.
 */
import { PASSED, failed, quoted, type CheckOutcome } from '../indonesia/checkOutcome';
import { checkDeadline } from '../indonesia/deadline';
import { toIsoDate, type CalendarDate } from '../indonesia/dates';
import { FILLER, mrzCheckDigit, mrzField, printedCheckDigit } from './checkDigit';
import { readMrzDate, type MrzDateKind } from './dates';

/** The TD3 second line's fields the composite check digit covers, with their widths. */
const DOCUMENT_NUMBER_WIDTH = 9;
const DATE_WIDTH = 6;
const OPTIONAL_DATA_WIDTH = 14;

const MRZ_CHARACTERS = /^[0-9A-Z<]*$/;

/** The value as it stands in the MRZ, or why it cannot: a date as yymmdd, a text padded to its width. */
function asMrz(text: string, width: number, date: MrzDateKind | undefined, today: CalendarDate): { mrz: string } | { problem: string } {
	if (date) {
		const reading = readMrzDate(text, date, today);
		return reading.kind === 'unreadable' ? { problem: `cannot read ${quoted(text)} as a date (yymmdd or dd-mm-yyyy)` } : { mrz: reading.mrz };
	}
	const field = mrzField(text, width);
	if (!MRZ_CHARACTERS.test(field)) return { problem: `${quoted(text)} has characters an MRZ cannot hold (only A-Z, 0-9 and <)` };
	if (field.length > width) return { problem: `${quoted(text)} is longer than the ${width} characters the MRZ holds` };
	return { mrz: field };
}

export interface MrzCheckedField {
	/** "the passport number", "the date of birth" ... in the warning. */
	what: string;
	width: number;
	date?: MrzDateKind;
	/** ICAO allows the filler as the check digit of optional data that is not used. */
	fillerAllowed?: boolean;
}

export const PASSPORT_NUMBER: MrzCheckedField = { what: 'the passport number', width: DOCUMENT_NUMBER_WIDTH };
export const BIRTH_DATE: MrzCheckedField = { what: 'the date of birth', width: DATE_WIDTH, date: 'birth' };
export const EXPIRY_DATE: MrzCheckedField = { what: 'the date of expiry', width: DATE_WIDTH, date: 'expiry' };
export const OPTIONAL_DATA: MrzCheckedField = { what: 'the optional data', width: OPTIONAL_DATA_WIDTH, fillerAllowed: true };

/** The TD3 fields with a check digit, by the name a check table gives them. */
export const MRZ_FIELDS = { passportNumber: PASSPORT_NUMBER, birthDate: BIRTH_DATE, expiryDate: EXPIRY_DATE, optionalData: OPTIONAL_DATA } as const;
export type MrzFieldName = keyof typeof MRZ_FIELDS;

/** A field against the check digit the MRZ prints after it. */
export function checkMrzCheckDigit(valueText: string, digitText: string, field: MrzCheckedField, today: CalendarDate): CheckOutcome {
	const printed = printedCheckDigit(digitText, field.fillerAllowed === true);
	if (printed === undefined) return failed(`the check digit of ${field.what} is one digit (0-9); GLAIR read ${quoted(digitText.trim())}`);
	const value = asMrz(valueText, field.width, field.date, today);
	if ('problem' in value) return failed(value.problem);
	const expected = mrzCheckDigit(value.mrz) as number;
	if (expected === printed) return PASSED;
	return failed(
		`the MRZ check digit of ${field.what} ${value.mrz.replace(/<+$/, '')} is ${expected}, but the passport prints ${digitText.trim()}: a character of either was misread, or the MRZ was altered`,
	);
}

/** The parts of a TD3 passport's composite check digit, in the order of the MRZ's second line. */
export interface CompositeParts {
	docNumber: string;
	docNumberDigit: string;
	birthDate: string;
	birthDateDigit: string;
	expiryDate: string;
	expiryDateDigit: string;
	/** Empty when the passport has none (all fillers). */
	optionalData: string;
	/** Empty when GLAIR did not give it: the filler a passport prints when the optional data is unused. */
	optionalDataDigit: string;
}

/**
 * The composite check digit of a TD3 passport (ICAO 9303 part 4, 4.2.2.2): over the document number
 * and its check digit, the birth date and its, the expiry date and its, the optional data and its
 * (characters 1-10, 14-20 and 22-43 of the second line), as printed.
 */
export function checkMrzComposite(parts: CompositeParts, finalDigitText: string, today: CalendarDate): CheckOutcome {
	const printed = printedCheckDigit(finalDigitText, false);
	if (printed === undefined) return failed(`the composite check digit is one digit (0-9); GLAIR read ${quoted(finalDigitText.trim())}`);
	const pieces: Array<[string, MrzCheckedField, string]> = [
		[parts.docNumber, PASSPORT_NUMBER, parts.docNumberDigit],
		[parts.birthDate, BIRTH_DATE, parts.birthDateDigit],
		[parts.expiryDate, EXPIRY_DATE, parts.expiryDateDigit],
		[parts.optionalData, OPTIONAL_DATA, parts.optionalDataDigit.trim() === '' ? FILLER : parts.optionalDataDigit],
	];
	let line = '';
	for (const [value, field, digit] of pieces) {
		const mrz = asMrz(value, field.width, field.date, today);
		// A part that cannot be read, or a check digit that is no digit, is its own check's warning.
		if ('problem' in mrz || printedCheckDigit(digit, field.fillerAllowed === true) === undefined) return PASSED;
		line += mrz.mrz + digit.trim();
	}
	const expected = mrzCheckDigit(line) as number;
	if (expected === printed) return PASSED;
	return failed(`the MRZ's composite check digit is ${expected} over what GLAIR read, but the passport prints ${finalDigitText.trim()}: a character of the second line was misread, or the MRZ was altered`);
}

/** A date from the MRZ: adds it as yyyy-mm-dd, the century chosen as mrz/dates.ts says. */
export function checkMrzDate(text: string, kind: MrzDateKind, isoCompanion: string, today: CalendarDate): CheckOutcome {
	const reading = readMrzDate(text, kind, today);
	if (reading.kind === 'unreadable') return failed(`cannot read ${quoted(text)} as a date; the MRZ writes yymmdd, e.g. 900805`);
	if (reading.kind === 'impossible') return failed(`${quoted(text)} is not a real date`);
	if (kind === 'birth' && toIsoDate(reading.date) > toIsoDate(today)) return failed(`the date of birth ${toIsoDate(reading.date)} is after today`);
	return { companions: { [isoCompanion]: toIsoDate(reading.date) } };
}

/** A passport is valid until its expiry date: a warning once it passed, and `withinDays` before. */
export function checkMrzExpiry(text: string, today: CalendarDate, withinDays: number, what: string): CheckOutcome {
	const reading = readMrzDate(text, 'expiry', today);
	return reading.kind === 'date' ? checkDeadline(toIsoDate(reading.date), today, withinDays, what) : PASSED;
}
