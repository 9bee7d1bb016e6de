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
