import { printedWords } from './words';

/** The words an Indonesian address uses to label its parts (street, number, RT/RW, village, district, city). */
const ADDRESS_LABELS = new Set([
	'JL', 'JLN', 'JALAN', 'NO', 'NOMOR', 'NOMER', 'RT', 'RW', 'KEL', 'KELURAHAN', 'DESA', 'DS', 'KEC', 'KECAMATAN',
	'KOTA', 'KAB', 'KABUPATEN', 'KOTAMADYA', 'GG', 'GANG', 'BLOK', 'BLK', 'KOMP', 'KOMPLEK', 'KOMPLEKS', 'PERUM', 'DUSUN', 'DSN', 'PROV', 'PROVINSI',
]);

/**
 * What an address names without its labels: the names and numbers, numbers without leading zeros
 * ("RT 001" on the STNK is "001/002" on the KTP: both give 1). Two documents write one address their
 * own way (the KTP over five fields, the STNK in one line); these words are what they share.
 */
export function addressWords(text: string): Set<string> {
	return new Set(
		printedWords(text)
			.filter((word) => !ADDRESS_LABELS.has(word))
			.map((word) => (/^\d+$/.test(word) ? String(Number(word)) : word)),
	);
}

/**
 * A KTP prints the neighbourhood (Rukun Tetangga) and the hamlet (Rukun Warga) in one box, "RT/RW",
 * as two numbers: 001/002. Dukcapil takes them apart. Spaces, a backslash or a dash between them
 * are read too; anything else is not an RT/RW.
 */
export function splitRtRw(text: string): { rt: string; rw: string } | undefined {
	const match = /^\s*(?:RT\s*\/?\s*RW\s*:?)?\s*(\d{1,3})\s*[/\\\-]\s*(\d{1,3})\s*$/i.exec(text);
	return match ? { rt: match[1], rw: match[2] } : undefined;
}
