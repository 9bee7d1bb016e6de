/**
 * Singapore's identity numbers: the NRIC number of citizens and permanent residents (S or T, born
 * before or from 2000) and the FIN of foreigners with a pass (F, G, and M since 2022), each a
 * letter, 7 digits and a check letter. The check letter is public arithmetic: the digits weighted
 * 2, 7, 6, 5, 4, 3, 2, plus 4 for T and G and 3 for M, modulo 11, looked up in the prefix's table.
 */
import { PASSED, failed, quoted, type CheckOutcome } from '../indonesia/checkOutcome';

export type SingaporeNumberKind = 'NRIC' | 'FIN';

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2] as const;
const SHAPE = /^([STFGM])(\d{7})([A-Z])$/;

const PREFIXES: Readonly<Record<SingaporeNumberKind, string>> = { NRIC: 'ST', FIN: 'FGM' };
const ARTICLE: Readonly<Record<SingaporeNumberKind, string>> = { NRIC: 'an NRIC', FIN: 'a FIN' };

function either(letters: string): string {
	return `${[...letters].slice(0, -1).join(', ')} or ${letters.slice(-1)}`;
}

/** The check letters by remainder, and the offset the prefix adds to the sum. */
const CHECK_LETTERS: Readonly<Record<string, { letters: string; offset: number }>> = {
	S: { letters: 'JZIHGFEDCBA', offset: 0 },
	T: { letters: 'JZIHGFEDCBA', offset: 4 },
	F: { letters: 'XWUTRQPNMLK', offset: 0 },
	G: { letters: 'XWUTRQPNMLK', offset: 4 },
	M: { letters: 'XWUTRQPNJLK', offset: 3 },
};

/** The check letter a prefix and 7 digits call for. */
export function singaporeCheckLetter(prefix: string, digits: string): string | undefined {
	const table = CHECK_LETTERS[prefix];
	if (!table || !/^\d{7}$/.test(digits)) return undefined;
	const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * WEIGHTS[index], table.offset);
	return table.letters[sum % 11];
}

/** An NRIC number or a FIN: its shape, its prefix and its check letter. */
export function checkSingaporeNumber(text: string, kind: SingaporeNumberKind): CheckOutcome {
	const compact = text.toUpperCase().replace(/\s+/g, '');
	const match = SHAPE.exec(compact);
	if (!match) return failed(`${ARTICLE[kind]} is a letter, 7 digits and a check letter (e.g. ${kind === 'NRIC' ? 'S1234567D' : 'G1234567X'}); ${quoted(text.trim())} is not`);
	const [, prefix, digits, letter] = match;
	if (!PREFIXES[kind].includes(prefix)) {
		return failed(`${ARTICLE[kind]} starts with ${either(PREFIXES[kind])}; ${quoted(compact)} starts with ${prefix}`);
	}
	const expected = singaporeCheckLetter(prefix, digits);
	if (letter === expected) return PASSED;
	return failed(`the check letter of ${prefix}${digits} is ${expected}, not ${letter}: a character was misread, or the number is not real`);
}
