import { failed, quoted, type CheckOutcome } from './checkOutcome';

/**
 * Amounts as Indonesian documents print them: `1.234.567,89` (dots group thousands, the comma
 * starts the cents), `Rp 12.500.000`, `Rp. 12.500.000,-` (no cents), `IDR 1,234,567.89` (a bank's
 * English layout), `12,5 jt` (12.5 million) and the other shorthands a clerk writes (rb, jt, M, T),
 * `(50.000)`, `-50.000` or `50.000-` for a negative amount, and a lone `-` for nothing (zero).
 * The newest GLAIR answers give some amounts as JSON numbers, which arrive here as plain digits.
 *
 * A single separator is ambiguous; it is decided the Indonesian way:
 * - a dot followed by exactly three digits groups thousands (`1.234` is one thousand two hundred
 *   and thirty-four); any other single dot is a decimal point (`12.5`, `1234.56`);
 * - a comma is the decimal comma (`1,234` is one point two three four) unless it appears more than
 *   once (`1,234,567`) or a dot follows it (`1,234.56`): then commas group and the dot is decimal.
 * Grouped digits must come in threes after the first group (1-3 digits): `1.23.456` is not an amount.
 */

const CURRENCY = /^(?:RP\.?|IDR)\s*/;
/** Shorthand a clerk writes after the number, and what it multiplies by. */
const UNITS: ReadonlyArray<readonly [RegExp, number]> = [
	[/\s*(?:RB|RIBU)$/, 1e3],
	[/\s*(?:JT|JUTA)$/, 1e6],
	[/\s*(?:M|MILIAR|MILYAR)$/, 1e9],
	[/\s*(?:T|TRILIUN|TRILYUN)$/, 1e12],
];
/** A dash where the amount goes: nothing, as accountants print zero ("Rp -"). */
const NOTHING = /^(?:(?:RP\.?|IDR) ?)?-$/;
/** "Rp 12.500.000,-" and "12.500.000.-": the printed end of an amount without cents. */
const NO_CENTS = /[.,]-$/;
/** A bank statement's column markers: the column already says which way the money went. */
const DIRECTION = /\s*(?:CR|DB|DR)$/;

/** Digits grouped by `separator` in threes after a first group of 1-3, e.g. 1.234.567. */
function groupedDigits(text: string, separator: '.' | ','): string | undefined {
	const groups = text.split(separator);
	if (!/^\d{1,3}$/.test(groups[0]) || !groups.slice(1).every((group) => /^\d{3}$/.test(group))) return undefined;
	return groups.join('');
}

/** The number in digits and separators only, or undefined when the separators make no amount. */
function plainNumber(text: string): number | undefined {
	if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return undefined;
	const dots = text.split('.').length - 1;
	const commas = text.split(',').length - 1;
	if (dots === 0 && commas === 0) return Number(text);

	let integer: string | undefined;
	let fraction = '';
	if (dots > 0 && commas > 0) {
		// Both: the one that comes last is the decimal separator, and it comes once.
		const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
		const grouping = decimal === ',' ? '.' : ',';
		const at = text.lastIndexOf(decimal);
		if (text.indexOf(decimal) !== at) return undefined;
		integer = groupedDigits(text.slice(0, at), grouping);
		fraction = text.slice(at + 1);
	} else if (dots > 0) {
		const [head, tail] = text.split('.');
		if (dots > 1 || tail.length === 3) integer = groupedDigits(text, '.');
		else [integer, fraction] = [head, tail];
	} else if (commas > 1) {
		integer = groupedDigits(text, ',');
	} else {
		[integer, fraction] = text.split(',');
	}
	if (integer === undefined || !/^\d*$/.test(fraction)) return undefined;
	return Number(fraction ? `${integer}.${fraction}` : integer);
}

/**
 * The amount printed, or undefined when the text is not one. Pure; never throws.
 * `Rp 12.500.000` -> 12500000, `1.234.567,89` -> 1234567.89, `12,5 jt` -> 12500000, `1.234` -> 1234.
 */
export function parseRupiah(text: string): number | undefined {
	let rest = text.trim().toUpperCase().replace(/\s+/g, ' ');
	if (NOTHING.test(rest)) return 0;
	// At most one sign: a minus before or after the currency or after the number, or parentheses.
	let signs = 0;
	const parenthesised = /^\((.*)\)$/.exec(rest);
	if (parenthesised) [signs, rest] = [signs + 1, parenthesised[1].trim()];
	if (rest.startsWith('-')) [signs, rest] = [signs + 1, rest.slice(1).trim()];
	rest = rest.replace(CURRENCY, '');
	if (rest.startsWith('-')) [signs, rest] = [signs + 1, rest.slice(1).trim()];
	rest = rest.replace(DIRECTION, '').replace(NO_CENTS, '');
	if (rest.endsWith('-')) [signs, rest] = [signs + 1, rest.slice(0, -1).trim()];
	if (signs > 1) return undefined;
	let multiplier = 1;
	for (const [unit, factor] of UNITS) {
		if (!unit.test(rest) || /^\D*$/.test(rest.replace(unit, ''))) continue;
		[multiplier, rest] = [factor, rest.replace(unit, '')];
		break;
	}
	// Thousands grouped by spaces, as some printers do ("12 500 000").
	if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(rest)) rest = rest.replace(/ /g, '');
	const number = plainNumber(rest);
	if (number === undefined) return undefined;
	// A shorthand is rounded to the cent: 12,3 jt is 12.300.000, not 12300000.000000002.
	const amount = multiplier === 1 ? number : Math.round(number * multiplier * 100) / 100;
	return signs === 1 && amount !== 0 ? -amount : amount;
}

/** An amount the Indonesian way, for messages: 5.250.000 or 1.234.567,89. */
export function formatRupiah(amount: number): string {
	const cents = Math.round(Math.abs(amount) * 100);
	const integer = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
	const fraction = cents % 100 === 0 ? '' : `,${String(cents % 100).padStart(2, '0')}`;
	return `${amount < 0 && cents !== 0 ? '-' : ''}${integer}${fraction}`;
}

/** Reads an amount; adds `<numberCompanion>` as a number when it is one. */
export function checkAmount(text: string, numberCompanion: string): CheckOutcome {
	const amount = parseRupiah(text);
	if (amount !== undefined) return { companions: { [numberCompanion]: amount } };
	return failed(`cannot read ${quoted(text.trim())} as an amount; expected one like 1.234.567,89, Rp 12.500.000 or 12,5 jt`);
}
