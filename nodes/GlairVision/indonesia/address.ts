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
