import { PASSED, failed, quoted, type CheckOutcome } from './checkOutcome';

/**
 * Plate colours (warna TNKB) by Perpol 7/2021: PUTIH (private, black letters since 2022),
 * HITAM (private, older plates), KUNING (public transport), MERAH (government), HIJAU (free-trade
 * zones), and BIRU for diplomatic / consular vehicles. Electric vehicles get a white plate with a blue
 * strip, printed as "PUTIH BIRU" or "PUTIH/BIRU". A book may also describe the plate in full
 * ("DASAR PUTIH TULISAN HITAM"), so up to two colours are read, with the linking words ignored.
 */
export const PLATE_COLOURS: readonly string[] = ['PUTIH', 'HITAM', 'KUNING', 'MERAH', 'HIJAU', 'BIRU'];

const COLOURS = new Set(PLATE_COLOURS);
/** Words that describe where a colour goes, not a colour: "dasar" background, "tulisan" letters, "lis" strip. */
const LINKING_WORDS = new Set(['DASAR', 'TULISAN', 'HURUF', 'LIS', 'LIST', 'STRIP', 'DAN', 'DENGAN']);
const MOST_COLOURS_ON_A_PLATE = 2;

export function plateColourWords(text: string): string[] {
	return text
		.toUpperCase()
		.split(/[\s/\-,.+&]+/)
		.filter((word) => word !== '' && !LINKING_WORDS.has(word));
}

export function checkPlateColour(text: string): CheckOutcome {
	const words = plateColourWords(text);
	const isPlateColour =
		words.length >= 1 &&
		words.length <= MOST_COLOURS_ON_A_PLATE &&
		words.every((word) => COLOURS.has(word));
	if (isPlateColour) return PASSED;
	return failed(`a plate colour is PUTIH, HITAM, KUNING, MERAH, HIJAU or BIRU; this is ${quoted(text.trim())}`);
}
