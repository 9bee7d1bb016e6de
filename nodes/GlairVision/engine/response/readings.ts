import type { ListFieldSpec } from '../../documents/spec';

/**
 * One field as GLAIR reads it, and the document's fields by section. Older API versions send a
 * bare string, or only `value` and `confidence`: every reading is filled out to the full shape.
 */

export interface FieldReading {
	value: string;
	value_original: string;
	confidence: number;
	confidence_text: number;
	polygon: number[][];
	page_index: number;
}

export type SectionReadings = Record<string, FieldReading>;

/** section key -> field key -> reading. A flat document's fields sit under its one section. */
export type DocumentReadings = Record<string, SectionReadings>;

/** A table's rows by its list name (the spec's `list`), each row its fields by key, in GLAIR's order. */
export type TableReadings = Record<string, SectionReadings[]>;

export const EMPTY_READING: Readonly<FieldReading> = Object.freeze({
	value: '',
	value_original: '',
	confidence: 0,
	confidence_text: 0,
	polygon: [],
	page_index: 0,
});

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asText(value: unknown): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return '';
}

function asNumber(value: unknown): number {
	const number = typeof value === 'string' ? Number(value) : value;
	return typeof number === 'number' && Number.isFinite(number) ? number : 0;
}

function asPolygon(value: unknown): number[][] {
	if (!Array.isArray(value)) return [];
	return value.filter((point): point is unknown[] => Array.isArray(point)).map((point) => point.map(asNumber));
}

export function normaliseField(raw: unknown): FieldReading {
	if (!isObject(raw)) {
		const text = asText(raw);
		return { ...EMPTY_READING, polygon: [], value: text, value_original: text };
	}
	return {
		value: asText(raw.value),
		value_original: raw.value_original === undefined ? asText(raw.value) : asText(raw.value_original),
		confidence: asNumber(raw.confidence),
		confidence_text: asNumber(raw.confidence_text),
		polygon: asPolygon(raw.polygon),
		page_index: asNumber(raw.page_index),
	};
}

/** One entry of a list field: a reading, a bare string, or (older answers) a reading under `entryKey`. */
function listEntry(raw: unknown, list: ListFieldSpec): FieldReading {
	if (isObject(raw) && !('value' in raw) && list.entryKey !== undefined && list.entryKey in raw) return normaliseField(raw[list.entryKey]);
	return normaliseField(raw);
}

/**
 * A field GLAIR sends as a list, read as one field (documents/spec.ts, ListFieldSpec). Entries
 * with nothing in them are left out; no entry at all is the empty reading, like a field not found.
 */
export function normaliseList(raw: readonly unknown[], list: ListFieldSpec): FieldReading {
	const entries = raw.map((entry) => listEntry(entry, list)).filter((entry) => entry.value.trim() !== '');
	if (entries.length === 0) return { ...EMPTY_READING, polygon: [] };
	// An entry without a confidence (0) says nothing about the others; a page holds thousands of lines.
	const lowest = (of: (entry: FieldReading) => number) =>
		entries.reduce((low, entry) => (of(entry) > 0 && (low === 0 || of(entry) < low) ? of(entry) : low), 0);
	return {
		value: entries.map((entry) => entry.value).join(list.separator),
		value_original: entries.map((entry) => entry.value_original).join(list.separator),
		confidence: lowest((entry) => entry.confidence),
		confidence_text: lowest((entry) => entry.confidence_text),
		polygon: entries[0].polygon,
		page_index: entries[0].page_index,
	};
}
