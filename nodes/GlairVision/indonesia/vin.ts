import { PASSED, failed, quoted, type CheckOutcome } from './checkOutcome';

/**
 * Chassis numbers (nomor rangka) follow the VIN rules of ISO 3779: 17 characters, letters and digits,
 * never I, O or Q. The check digit at position 9 is deliberately NOT checked: it is only mandatory
 * in North America, and Indonesian VINs such as MHCPHR54CRJ540957 do not carry one.
 * Lower case is read as upper case; a space counts as a mistake but not towards the length.
 */
export const VIN_LENGTH = 17;
const VIN_CHARACTER = /[A-HJ-NPR-Z0-9]/;
/** The letters a VIN leaves out because they look like digits, and the digit meant. */
const LOOKALIKE_DIGIT: Readonly<Record<string, string>> = { I: '1', O: '0', Q: '0' };

function withoutSpaces(text: string): string {
	return text.replace(/\s+/g, '').toUpperCase();
}

export function isValidVin(text: string): boolean {
	const vin = withoutSpaces(text);
	return vin.length === VIN_LENGTH && [...vin].every((character) => VIN_CHARACTER.test(character));
}

export function checkVinLength(text: string): CheckOutcome {
	const length = [...withoutSpaces(text)].length;
	if (length === VIN_LENGTH) return PASSED;
	return failed(`a VIN has ${VIN_LENGTH} characters, this has ${length}`);
}

/**
 * I, O and Q as the digits 1, 0, 0 they were mistaken for: a VIN never uses them. Engine numbers
 * follow no public standard but are misread the same way.
 */
export function digitsForLookalikeLetters(text: string): string {
	return text.replace(/[IOQ]/g, (letter) => LOOKALIKE_DIGIT[letter]);
}

/** The VIN with spaces dropped and I/O/Q turned into 1/0/0, when that makes it a valid VIN. */
export function suggestVin(text: string): string | undefined {
	const corrected = digitsForLookalikeLetters(withoutSpaces(text));
	return isValidVin(corrected) ? corrected : undefined;
}

function describeCharacter(character: string): string {
	return character === ' ' ? 'a space' : quoted(character);
}

export function checkVinCharacters(text: string, suggestedCompanion: string): CheckOutcome {
	const upper = text.trim().toUpperCase();
	const wrongCharacters = [...new Set([...upper].filter((character) => !VIN_CHARACTER.test(character)))];
	if (wrongCharacters.length === 0) return PASSED;

	const lookalikes = wrongCharacters.filter((character) => character in LOOKALIKE_DIGIT);
	const others = wrongCharacters.filter((character) => !(character in LOOKALIKE_DIGIT));
	const complaints: string[] = [];
	if (lookalikes.length > 0) {
		complaints.push(
			`a VIN never uses the letters I, O or Q (they are mistaken for 1 and 0); this has ${lookalikes.join(', ')}`,
		);
	}
	if (others.length > 0) {
		complaints.push(`a VIN has only letters and digits; this has ${others.map(describeCharacter).join(', ')}`);
	}

	const suggestion = suggestVin(text);
	if (suggestion === undefined) return failed(complaints.join('; '));
	return {
		problem: `${complaints.join('; ')}; probably ${suggestion}`,
		companions: { [suggestedCompanion]: suggestion },
	};
}
