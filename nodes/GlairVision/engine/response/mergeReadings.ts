import { compare, type CompareKind } from '../../crossChecks/compare';
import type { DocumentReadings, FieldReading, TableReadings } from './readings';

/** One upload's reading, and how to tell which file a field came from. */
export interface PartReading {
	read: DocumentReadings;
	tables?: TableReadings;
	/** The file a reading came from, by its `page_index` in that upload. */
	fileOf(reading: FieldReading): string;
}

/** An identifying field two files of one document read differently. */
export interface FieldConflict {
	/** The field's flattened column, e.g. "nomor_rangka". */
	column: string;
	/** The first reading, then each that differs from it, with the file it came from. */
	readings: Array<{ file: string; value: string }>;
}

export interface MergedReading {
	read: DocumentReadings;
	/** section -> field -> the file the chosen reading came from. */
	fieldFiles: Record<string, Record<string, string>>;
	/** Present when a part has tables: each table's rows of every part, in the order of the parts. */
	tables?: TableReadings;
	/** Identifying fields the files disagree on: the merge does not pick one silently. */
	conflicts: FieldConflict[];
}

/** section -> field -> its column and how its readings are compared, for the fields that identify a vehicle or a person. */
export type IdentifyingFields = ReadonlyMap<string, ReadonlyMap<string, { column: string; kind: CompareKind }>>;

/**
 * Several uploads of one document (page photos, a PDF sent on its own, the two sides of an STNK
 * photographed apart) merge field by field: a field read in one upload only is taken from it;
 * read in several, the more confident reading wins (the first on a tie). An empty reading never
 * beats a filled one. An identifying field read differently by two uploads is a conflict: two
 * STNKs of two cars must not pass for one.
 * A table's rows are not the same rows read twice but the rows of each file (a statement's pages):
 * they follow one another.
 */
export function mergeReadings(parts: readonly PartReading[], identifying: IdentifyingFields = new Map()): MergedReading {
	const merged: MergedReading = { read: {}, fieldFiles: {}, conflicts: [] };
	const firstRead = new Map<string, { file: string; value: string }>();
	const conflicts = new Map<string, FieldConflict>();
	for (const part of parts) {
		for (const [list, rows] of Object.entries(part.tables ?? {})) ((merged.tables ??= {})[list] ??= []).push(...rows);
		for (const [section, fields] of Object.entries(part.read)) {
			for (const [key, reading] of Object.entries(fields)) {
				const current = merged.read[section]?.[key];
				const filled = reading.value.trim() !== '';
				const identifies = identifying.get(section)?.get(key);
				if (filled && identifies) {
					const id = `${section}.${key}`;
					const first = firstRead.get(id);
					if (!first) firstRead.set(id, { file: part.fileOf(reading), value: reading.value.trim() });
					else if (compare(identifies.kind, first.value, reading.value).result === 'mismatch') {
						const conflict = conflicts.get(id) ?? { column: identifies.column, readings: [first] };
						conflict.readings.push({ file: part.fileOf(reading), value: reading.value.trim() });
						conflicts.set(id, conflict);
					}
				}
				const currentFilled = current !== undefined && current.value.trim() !== '';
				const wins = current === undefined || (filled && (!currentFilled || reading.confidence > current.confidence));
				if (!wins) continue;
				(merged.read[section] ??= {})[key] = reading;
				(merged.fieldFiles[section] ??= {})[key] = filled ? part.fileOf(reading) : '';
			}
		}
	}
	merged.conflicts = [...conflicts.values()];
	return merged;
}

/** A conflict in words: the field, then each file with what it reads. */
export function describeConflict(conflict: FieldConflict): string {
	return `${conflict.column}: the files disagree: ${conflict.readings.map(({ file, value }) => `${file} "${value}"`).join(' vs ')}`;
}
