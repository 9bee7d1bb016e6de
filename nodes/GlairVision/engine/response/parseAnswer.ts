import type { DocumentSpec, FieldSpec, ImageSpec, ListFieldSpec } from '../../documents/spec';
import { boundedText } from '../../transport/boundedText';
import { hint, parseJsonAnswer } from './jsonAnswer';
import {
	asText,
	isObject,
	normaliseField,
	normaliseList,
	type DocumentReadings,
	type SectionReadings,
	type TableReadings,
} from './readings';

/**
 * Turns whatever came back from GLAIR into either a document answer or a plain-words reason
 * why it could not be read. It never throws: a strange answer must not cost the other
 * documents of the run. Every spelling GLAIR has used is read into the spec's one naming:
 * the spec's aliases, the older camelCase of every key, sectioned or flat answers.
 */

export { MAX_UNREADABLE_BODY_CHARS } from './jsonAnswer';

/**
 * GLAIR's `reason` is a sentence ("File Successfully Read"); anything longer than this is not
 * one, and is cut before it becomes a cell of the item (in the reason and in the Raw answer).
 */
export const MAX_REASON_CHARS = 500;

export const DOCUMENT_STATUSES = ['SUCCESS', 'NO_FILE', 'FILE_INVALID_FORMAT', 'FAILED'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Images GLAIR cut out of the document, as base64, by the spec's image key. */
export type DocumentImages = Record<string, string>;

export type GlairReading =
	| {
			kind: 'document';
			status: DocumentStatus;
			reason: string;
			read: DocumentReadings;
			/** Present when the spec has tables: every table, with no rows when GLAIR sent none. */
			tables?: TableReadings;
			images: DocumentImages;
			qualities?: Record<string, unknown>;
			/** The answer as it came, less the images (they never go into an item's JSON). */
			body: unknown;
	  }
	| { kind: 'unreadable'; reason: string; body: unknown };

function camelCase(key: string): string {
	return key.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** Every spelling GLAIR has used for a key: the newest snake_case and the older camelCase. */
function spellingsOfKey(key: string): string[] {
	return [...new Set([key, camelCase(key)])];
}

interface SpellingTable {
	/** section spelling -> section key */
	sections: Map<string, string>;
	/** section key -> field spelling -> field key */
	fields: Map<string, Map<string, string>>;
	imageKeys: Set<string>;
	/** table key spelling -> the table's list name */
	tables: Map<string, string>;
	/** list name -> row field spelling -> field key */
	rowFields: Map<string, Map<string, string>>;
}

/**
 * The keys an image may sit under in an older answer's top-level `images`: its legacy key, and its
 * own key in both spellings (a Node SDK types `images.foto` and `images.tandaTangan`).
 */
function legacyKeysOf(image: ImageSpec): string[] {
	return [image.legacyKey, ...spellingsOfKey(image.key)];
}

const spellingTables = new WeakMap<DocumentSpec, SpellingTable>();

/** Every spelling of each field (its key, the key's camelCase, its aliases) -> its key. */
function spellingsOfFields(fields: readonly FieldSpec[]): Map<string, string> {
	const spellings = new Map<string, string>();
	for (const field of fields) {
		for (const spelling of [...spellingsOfKey(field.key), ...(field.aliases ?? [])]) spellings.set(spelling, field.key);
	}
	return spellings;
}

function spellingsOf(spec: DocumentSpec): SpellingTable {
	let table = spellingTables.get(spec);
	if (table) return table;
	table = {
		sections: new Map(),
		fields: new Map(),
		imageKeys: new Set((spec.images ?? []).flatMap((image) => spellingsOfKey(image.key))),
		tables: new Map(),
		rowFields: new Map(),
	};
	for (const section of spec.sections) {
		table.sections.set(section.key, section.key);
		table.sections.set(camelCase(section.key), section.key);
		table.fields.set(section.key, spellingsOfFields(section.fields));
	}
	for (const rows of spec.tables ?? []) {
		for (const spelling of [...spellingsOfKey(rows.key), ...(rows.aliases ?? [])]) table.tables.set(spelling, rows.list);
		table.rowFields.set(rows.list, spellingsOfFields(rows.fields));
	}
	spellingTables.set(spec, table);
	return table;
}

const listSpecs = new WeakMap<DocumentSpec, ReadonlyMap<string, ListFieldSpec>>();

/** field key -> how GLAIR's list of readings for it is read, for the fields GLAIR sends as a list. */
function listsOf(spec: DocumentSpec): ReadonlyMap<string, ListFieldSpec> {
	let lists = listSpecs.get(spec);
	if (!lists) {
		lists = new Map(spec.sections.flatMap((section) => section.fields.flatMap((field) => (field.list ? [[field.key, field.list] as const] : []))));
		listSpecs.set(spec, lists);
	}
	return lists;
}

const NO_LISTS: ReadonlyMap<string, ListFieldSpec> = new Map();

function normaliseSection(
	raw: Record<string, unknown>,
	spellings: Map<string, string>,
	skip: Set<string>,
	lists: ReadonlyMap<string, ListFieldSpec> = NO_LISTS,
): SectionReadings {
	const section: SectionReadings = {};
	for (const [name, rawField] of Object.entries(raw)) {
		// JSON.parse keeps "__proto__" as a key; assigning it would replace the prototype instead.
		if (name === '__proto__' || skip.has(name)) continue;
		const key = spellings.get(name) ?? name;
		const list = lists.get(key);
		section[key] = list && Array.isArray(rawField) ? normaliseList(rawField, list) : normaliseField(rawField);
	}
	return section;
}

/**
 * The answer's `read` by the spec's sections. A flat answer (all of a flat document, or an older
 * sectioned one) fills the first section, which is where those older answers' fields belong.
 */
function normaliseRead(spec: DocumentSpec, read: Record<string, unknown>): DocumentReadings {
	const table = spellingsOf(spec);
	const readings: DocumentReadings = {};
	const sectioned = !spec.flat && Object.keys(read).some((name) => table.sections.has(name) && isObject(read[name]));
	if (!sectioned) {
		const first = spec.sections[0].key;
		const spellings = table.fields.get(first)!;
		// Only an answer that carries at least one of the document's fields or tables counts as a reading.
		if (!Object.keys(read).some((name) => spellings.has(name) || table.tables.has(name))) return readings;
		const fields = Object.fromEntries(Object.entries(read).filter(([name]) => !table.sections.has(name) && !table.tables.has(name)));
		readings[first] = normaliseSection(fields, spellings, table.imageKeys, listsOf(spec));
		return readings;
	}
	for (const [name, rawSection] of Object.entries(read)) {
		if (!isObject(rawSection) || name === '__proto__') continue;
		const key = table.sections.get(name) ?? name;
		readings[key] = normaliseSection(rawSection, table.fields.get(key) ?? new Map(), table.imageKeys, listsOf(spec));
	}
	return readings;
}

/** A row holds no image to leave out. */
const NO_IMAGES = new Set<string>();

/** A row with no field read (an older answer's empty row object) is no row. */
function hasReading(row: SectionReadings): boolean {
	return Object.values(row).some((reading) => reading.value.trim() !== '');
}

/**
 * The document's tables by list name, each row read like a section. GLAIR sends a list of row
 * objects; an older SDK types a table as one row object: both are read. A table GLAIR did not
 * send has no rows.
 */
function normaliseTables(spec: DocumentSpec, read: Record<string, unknown>): TableReadings {
	const spellings = spellingsOf(spec);
	const tables: TableReadings = Object.fromEntries((spec.tables ?? []).map((rows) => [rows.list, []]));
	for (const [name, raw] of Object.entries(read)) {
		const list = spellings.tables.get(name);
		if (list === undefined) continue;
		const rows = Array.isArray(raw) ? raw : [raw];
		tables[list] = rows
			.filter(isObject)
			.map((row) => normaliseSection(row, spellings.rowFields.get(list)!, NO_IMAGES))
			.filter(hasReading);
	}
	return tables;
}

function imageText(raw: unknown): string {
	return isObject(raw) ? asText(raw.value) : asText(raw);
}

/** The images, from `read.<key>` (newest) or the older top-level `images.<legacyKey>`, or an alias of either. */
function extractImages(spec: DocumentSpec, body: Record<string, unknown>): DocumentImages {
	const images: DocumentImages = {};
	const read = isObject(body.read) ? body.read : {};
	const legacy = isObject(body.images) ? body.images : {};
	for (const image of spec.images ?? []) {
		const found = [...spellingsOfKey(image.key).map((key) => read[key]), ...legacyKeysOf(image).map((key) => legacy[key])].map(imageText);
		const base64 = found.find((text) => text !== '');
		if (base64 !== undefined) images[image.key] = base64;
	}
	return images;
}

/** The grades of the picture: the top-level `qualities`, or where an older answer puts them. */
function qualitiesOf(spec: DocumentSpec, body: Record<string, unknown>): Record<string, unknown> | undefined {
	if (isObject(body.qualities)) return body.qualities;
	const legacy = spec.quality?.legacyKey;
	return legacy !== undefined && isObject(body[legacy]) ? body[legacy] : undefined;
}

/** The grades without the image data some of them carry (a picture turned upright). */
function qualitiesWithoutImages(spec: DocumentSpec, qualities: Record<string, unknown>): Record<string, unknown> {
	const entries = spec.quality?.imageEntries ?? [];
	if (!entries.some(([entry]) => isObject(qualities[entry]))) return qualities;
	const copy = { ...qualities };
	for (const [entry, key] of entries) {
		const graded = copy[entry];
		if (!isObject(graded)) continue;
		const spellings = spellingsOfKey(key);
		copy[entry] = Object.fromEntries(Object.entries(graded).filter(([name]) => !spellings.includes(name)));
	}
	return copy;
}

/** A copy of the answer without the image data, for the Raw output. */
function withoutImages(spec: DocumentSpec, body: Record<string, unknown>): Record<string, unknown> {
	if (!spec.images?.length && !spec.quality?.imageEntries?.length) return body;
	const copy: Record<string, unknown> = { ...body };
	if (isObject(body.read) && spec.images?.length) {
		const read = { ...body.read };
		for (const image of spec.images) for (const key of spellingsOfKey(image.key)) delete read[key];
		copy.read = read;
	}
	if (spec.images?.length) delete copy.images;
	for (const key of ['qualities', spec.quality?.legacyKey]) {
		if (key !== undefined && isObject(copy[key])) copy[key] = qualitiesWithoutImages(spec, copy[key] as Record<string, unknown>);
	}
	return copy;
}

function qualitiesField(spec: DocumentSpec, body: Record<string, unknown>): { qualities?: Record<string, unknown> } {
	const qualities = qualitiesOf(spec, body);
	return qualities ? { qualities: qualitiesWithoutImages(spec, qualities) } : {};
}

/** The answer with its reason bounded, when it had a longer one (otherwise the answer itself). */
function withReason(body: Record<string, unknown>, reason: string): Record<string, unknown> {
	return typeof body.reason === 'string' && body.reason !== reason ? { ...body, reason } : body;
}

export function parseGlairAnswer(spec: DocumentSpec, httpStatus: number, contentType: string, bodyText: string): GlairReading {
	const parsed = parseJsonAnswer(httpStatus, contentType, bodyText);
	return parsed.kind === 'json' ? parseDocumentBody(spec, httpStatus, parsed.body) : parsed;
}

/** An answer already parsed (a finished capture session's `result` is this document's answer). */
export function parseDocumentBody(spec: DocumentSpec, httpStatus: number, body: unknown): GlairReading {
	if (!isObject(body) || !('status' in body)) {
		return { kind: 'unreadable', reason: `GLAIR answered HTTP ${httpStatus} without a status.${hint(httpStatus)}`, body };
	}
	const reason = boundedText(asText(body.reason), MAX_REASON_CHARS);
	const shown = withReason(withoutImages(spec, body), reason);
	const status = body.status;
	if (typeof status !== 'string' || !(DOCUMENT_STATUSES as readonly string[]).includes(status)) {
		return {
			kind: 'unreadable',
			reason: `GLAIR answered HTTP ${httpStatus} with an unknown status "${asText(status).slice(0, 40)}".`,
			body: shown,
		};
	}
	const read = isObject(body.read) ? normaliseRead(spec, body.read) : {};
	const known = spec.sections.some((section) => read[section.key] !== undefined);
	if (status === 'SUCCESS' && !known) {
		// A success with nothing in it must not pass for a read document.
		return {
			kind: 'unreadable',
			reason: `GLAIR said SUCCESS but sent no ${spec.shortName} fields${reason ? ` ("${reason}")` : ''}.`,
			body: shown,
		};
	}
	return {
		kind: 'document',
		status: status as DocumentStatus,
		reason,
		read,
		...(spec.tables?.length ? { tables: normaliseTables(spec, isObject(body.read) ? body.read : {}) } : {}),
		images: extractImages(spec, body),
		...qualitiesField(spec, body),
		body: shown,
	};
}
