import type { DocumentReadings, FieldReading, TableReadings } from './readings';

/** One upload's reading, and how to tell which file a field came from. */
export interface PartReading {
	read: DocumentReadings;
	tables?: TableReadings;
	/** The file a reading came from, by its `page_index` in that upload. */
	fileOf(reading: FieldReading): string;
}

export interface MergedReading {
	read: DocumentReadings;
	/** section -> field -> the file the chosen reading came from. */
	fieldFiles: Record<string, Record<string, string>>;
	/** Present when a part has tables: each table's rows of every part, in the order of the parts. */
	tables?: TableReadings;
}

/**
 * Several uploads of one document (a book of page photos, and a PDF or TIFF sent on its own) merge
 * field by field: a field read in one upload only is taken from it; read in several, the more
 * confident reading wins (the first on a tie). An empty reading never beats a filled one. A
 * table's rows are not the same rows read twice but the rows of each file (a statement's pages):
 * they follow one another.
 */
export function mergeReadings(parts: readonly PartReading[]): MergedReading {
	const merged: MergedReading = { read: {}, fieldFiles: {} };
	for (const part of parts) {
		for (const [list, rows] of Object.entries(part.tables ?? {})) ((merged.tables ??= {})[list] ??= []).push(...rows);
		for (const [section, fields] of Object.entries(part.read)) {
			for (const [key, reading] of Object.entries(fields)) {
				const current = merged.read[section]?.[key];
				const filled = reading.value.trim() !== '';
				const currentFilled = current !== undefined && current.value.trim() !== '';
				const wins = current === undefined || (filled && (!currentFilled || reading.confidence > current.confidence));
				if (!wins) continue;
				(merged.read[section] ??= {})[key] = reading;
				(merged.fieldFiles[section] ??= {})[key] = filled ? part.fileOf(reading) : '';
			}
		}
	}
	return merged;
}
