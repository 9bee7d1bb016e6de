import { PASSED, failed, quoted, type CheckOutcome } from './checkOutcome';
import { lettersAndDigits } from './words';

/**
 * Region codes of Indonesian number plates (kode wilayah TNKB), Perpol 7/2021 with later additions.
 * A BPKB lives as long as the vehicle, so retired codes still printed on old books stay accepted.
 */
export const INDONESIAN_PLATE_REGIONS: readonly string[] = [
	// Java
	'A', 'B', 'D', 'E', 'F', 'T', 'Z', // Banten, Jakarta, West Java
	'G', 'H', 'K', 'R', 'AA', 'AD', // Central Java
	'AB', // Yogyakarta
	'L', 'M', 'N', 'P', 'S', 'W', 'AE', 'AG', // East Java
	// Sumatra
	'BL', 'BB', 'BK', 'BA', 'BM', 'BP', 'BH', 'BG', 'BN', 'BD', 'BE',
	// Bali and Nusa Tenggara
	'DK', 'DR', 'EA', 'DH', 'EB', 'ED',
	// Kalimantan
	'KB', 'DA', 'KH', 'KT', 'KU',
	// Sulawesi (DP and DW split from DD in South Sulawesi; DC is West Sulawesi)
	'DB', 'DL', 'DM', 'DN', 'DD', 'DP', 'DW', 'DC', 'DT',
	// Maluku
	'DE', 'DG',
	// Papua: PA Papua, PB West Papua, PG South-West Papua, PS South, PT Central, PY Highland Papua;
	// DS is the code Papua used before PA and is still on older books.
	'PA', 'PB', 'PG', 'PS', 'PT', 'PY', 'DS',
];

const REGIONS = new Set(INDONESIAN_PLATE_REGIONS);

/** Region letters, 1-4 digits, 0-3 letters; spaces, dashes or dots between the parts are optional. */
const PLATE_SHAPE = /^([A-Z]{1,2})[\s\-.]*(\d{1,4})[\s\-.]*([A-Z]{0,3})$/;

/**
 * Diplomatic (CD, CC) and state (RI) plates follow their own numbering, e.g. "CD 12 34";
 * they are not checked rather than wrongly flagged.
 */
const SPECIAL_PLATE = /^(CD|CC|RI)[\s\-.]*\d/;

export interface PlateParts {
	region: string;
	digits: string;
	letters: string;
}

export function isSpecialPlate(text: string): boolean {
	return SPECIAL_PLATE.test(text.trim().toUpperCase());
}

export function parsePlate(text: string): PlateParts | undefined {
	const match = PLATE_SHAPE.exec(text.trim().toUpperCase());
	if (!match) return undefined;
	return { region: match[1], digits: match[2], letters: match[3] };
}

export function normalizedPlate(parts: PlateParts): string {
	return [parts.region, parts.digits, parts.letters].filter((part) => part !== '').join(' ');
}

/** "B1234ABC", "b-1234-abc" and "B 1234 ABC" are one plate; a plate of another shape is compared as printed. */
export function comparablePlate(text: string): string {
	const parts = parsePlate(text);
	return lettersAndDigits(parts ? normalizedPlate(parts) : text);
}

export function checkPlateShape(text: string, normalizedCompanion: string): CheckOutcome {
	if (isSpecialPlate(text)) return PASSED;
	const parts = parsePlate(text);
	if (!parts) {
		return failed(
			`a plate reads like "B 1234 ABC" (1-2 region letters, 1-4 digits, up to 3 letters); this is ${quoted(text)}`,
		);
	}
	return { companions: { [normalizedCompanion]: normalizedPlate(parts) } };
}

export function checkPlateRegion(text: string): CheckOutcome {
	if (isSpecialPlate(text)) return PASSED;
	const parts = parsePlate(text);
	// A plate that does not have the shape is already reported by the shape check.
	if (!parts || REGIONS.has(parts.region)) return PASSED;
	return failed(`${quoted(parts.region)} is not an Indonesian plate region code`);
}
