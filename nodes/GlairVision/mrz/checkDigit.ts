/**
 * The check digits of a machine-readable zone (MRZ), ICAO Doc 9303 part 3, 4.9: each character
 * has a value (0-9 its digit, A-Z 10-35, the filler "<" 0), the values are weighted 7, 3, 1, 7,
 * 3, 1 ... from the left, and the check digit is the sum modulo 10.
 */

const WEIGHTS = [7, 3, 1] as const;
const DIGIT_0 = '0'.charCodeAt(0);
const LETTER_A = 'A'.charCodeAt(0);
export const FILLER = '<';

/** A character's value in a check digit; undefined for one an MRZ cannot hold. */
export function mrzCharacterValue(character: string): number | undefined {
	if (character === FILLER) return 0;
	const code = character.charCodeAt(0);
	if (character.length !== 1) return undefined;
	if (code >= DIGIT_0 && code <= DIGIT_0 + 9) return code - DIGIT_0;
	if (code >= LETTER_A && code <= LETTER_A + 25) return code - LETTER_A + 10;
	return undefined;
}

/** The check digit of MRZ characters; undefined when one of them is not an MRZ character. */
export function mrzCheckDigit(characters: string): number | undefined {
	let sum = 0;
	let position = 0;
	for (const character of characters) {
		const value = mrzCharacterValue(character);
		if (value === undefined) return undefined;
		sum += value * WEIGHTS[position % 3];
		position++;
	}
	return sum % 10;
}

/** A field as the MRZ prints it: capitals, no spaces, padded with fillers to its width. */
export function mrzField(text: string, width: number): string {
	return text.toUpperCase().replace(/\s+/g, '').padEnd(width, FILLER);
}

/**
 * A printed check digit as a number: a digit, or the filler, which ICAO allows for the check
 * digit of optional data that is not used and which counts as 0. Anything else is undefined.
 */
export function printedCheckDigit(text: string, fillerAllowed: boolean): number | undefined {
	const trimmed = text.trim();
	if (/^\d$/.test(trimmed)) return Number(trimmed);
	return fillerAllowed && trimmed === FILLER ? 0 : undefined;
}
