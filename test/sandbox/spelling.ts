import type { DocumentSpec } from '../../nodes/GlairVision/documents/spec';
import type { Envelope } from './envelopes';

/**
 * GLAIR's older spelling of an answer, made from the newest one. The record names each trait
 * (camelCase keys, bare strings, a flat STNK, the KTP's images under a top-level `images` with
 * `photo`/`sign`, image checks under `condition`, `isi_sillinder`, `noNpwp`) but never shows a whole
 * older answer: WHICH TRAITS COME TOGETHER IS INVENTED here, all of them at once per document.
 * Also invented: that a sectioned answer that stayed sectioned (the BPKB) spelled its section
 * names in camelCase too, that the older images were bare base64 strings, that a table's rows
 * were spelled as the fields were (camelCase keys, bare strings; an amount the newest answer gives
 * as a number, as its digits), and that the KK's older table, one row object in an older Go SDK,
 * held the first member.
 */

export type Spelling = 'newest' | 'legacy';

export interface LegacySpelling {
	/** A sectioned answer used to be flat: only the first section's fields, without the section. */
	flat?: boolean;
	/** Older names that are not simply the camelCase of the key, e.g. isi_silinder -> isi_sillinder; a row's fields too. */
	names?: Readonly<Record<string, string>>;
	/** A table was one row object, not a list of rows (the KK in an older Go SDK). */
	tableAsOneRow?: boolean;
	/** Older keys: the camelCase of the newest (the default, e.g. the KTP's) or the same (English snake_case keys). */
	keys?: 'camelCase' | 'unchanged';
	/** An older field: a bare string (the default) or `{ value, confidence }` only, as the older docs show. */
	fields?: 'bare' | 'valueAndConfidence';
	/** Fields whose older value was the text as printed, not the processed value (a passport's yymmdd dates). */
	printed?: readonly string[];
	/**
	 * How an older answer wrote the entries of a list field: bare strings (the default), each under
	 * a key (`{ text: "D 1234 SPX" }`), or objects with fewer keys (`{ value, polygon }`).
	 */
	listEntries?: { wrap: string } | { keep: readonly string[] };
}

function camelCase(key: string): string {
	return key.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field as an older answer gave it: a bare string (an amount the newest answer gives as a number, as its digits). */
function bareText(field: unknown, printed = false): unknown {
	const value = isObject(field) ? (printed ? field.value_original : field.value) : field;
	return typeof value === 'number' ? String(value) : value;
}

function olderListEntry(entry: unknown, legacy: LegacySpelling): unknown {
	const spelled = legacy.listEntries;
	if (spelled === undefined) return bareText(entry);
	if ('wrap' in spelled) return { [spelled.wrap]: bareText(entry) };
	return isObject(entry) ? Object.fromEntries(spelled.keep.filter((key) => key in entry).map((key) => [key, entry[key]])) : entry;
}

function olderField(key: string, field: unknown, legacy: LegacySpelling): unknown {
	if (Array.isArray(field)) return field.map((entry) => olderListEntry(entry, legacy));
	const value = bareText(field, legacy.printed?.includes(key));
	return legacy.fields === 'valueAndConfidence' && isObject(field) ? { value, confidence: field.confidence } : value;
}

export function legacyAnswer(spec: DocumentSpec, legacy: LegacySpelling, envelope: Envelope): Record<string, unknown> {
	const answer: Record<string, unknown> = { ...envelope };
	const imageKeys = new Set((spec.images ?? []).map((image) => image.key));
	const tableKeys = new Set((spec.tables ?? []).map((table) => table.key));
	const rows = (table: unknown[]): unknown => {
		const spelled = table.filter(isObject).map((row) => fields(row));
		return legacy.tableAsOneRow ? (spelled[0] ?? {}) : spelled;
	};
	const fields = (section: Record<string, unknown>): Record<string, unknown> =>
		Object.fromEntries(
			Object.entries(section)
				.filter(([key]) => !imageKeys.has(key))
				.map(([key, field]) => [legacy.names?.[key] ?? (legacy.keys === 'unchanged' ? key : camelCase(key)), tableKeys.has(key) && Array.isArray(field) ? rows(field) : olderField(key, field, legacy)]),
		);
	const read = envelope.read;
	if (read) {
		if (spec.flat) answer.read = fields(read);
		else if (legacy.flat) answer.read = fields((read[spec.sections[0].key] as Record<string, unknown> | undefined) ?? {});
		else answer.read = Object.fromEntries(Object.entries(read).map(([section, values]) => [camelCase(section), fields(values as Record<string, unknown>)]));
		const images = Object.fromEntries(
			(spec.images ?? []).flatMap((image) => (read[image.key] === undefined ? [] : [[image.legacyKey, bareText(read[image.key])]])),
		);
		if (Object.keys(images).length > 0) answer.images = images;
	}
	const legacyQualities = spec.quality?.legacyKey;
	if (envelope.qualities && legacyQualities) {
		delete answer.qualities;
		answer[legacyQualities] = envelope.qualities;
	}
	return answer;
}
