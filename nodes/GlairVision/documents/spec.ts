/**
 * What the engine needs to know about one GLAIR document type. A document is data: its
 * endpoint, its sections and fields (with every spelling GLAIR has used), the files it takes,
 * its pages, its checks. The engine reads a spec and names no document; adding a document is a
 * folder under documents/ that exports a spec, and a line in documents/registry.ts.
 */
import type { FieldCheck } from '../checks/fieldCheck';
import type { TableCheck } from '../checks/tableCheck';
import type { CompareKind } from '../crossChecks/compare';

/** The files GLAIR takes, told apart by their bytes (engine/input/fileType.ts). */
export type DocumentFileType = 'png' | 'jpeg' | 'tiff' | 'pdf';

export interface FieldSpec {
	/** GLAIR's key (newest snake_case spelling): the key in nested output. */
	key: string;
	/** English label with the Indonesian term a clerk sees on the paper. */
	label: string;
	/** Other spellings seen in older answers or SDKs (camelCase, typos), read as this field. */
	aliases?: readonly string[];
	/**
	 * For a field that identifies the vehicle or the person (chassis, engine, plate, NIK, BPKB
	 * number): how two readings of it are compared. Two files of one document that read it
	 * differently contradict each other, and a person must decide.
	 */
	identifies?: CompareKind;
	/** The flattened output's column when it is not the key (with the section's prefix, if any). */
	column?: string;
	/** GLAIR sends this field as a list of readings (the plates in a picture, the lines of a page). */
	list?: ListFieldSpec;
}

/**
 * How a field GLAIR sends as a list is read as one field: the entries' values joined, at the
 * lowest confidence any entry has (the field is as sure as its least sure part), on the first
 * entry's page and polygon. Each entry is a reading, a bare string, or a reading under `entryKey`.
 */
export interface ListFieldSpec {
	/** Put between the entries' values, e.g. ", " or a line break. */
	separator: string;
	/** Older answers wrap each entry's reading in an object under this key, e.g. "text". */
	entryKey?: string;
}

export interface SectionSpec {
	/** GLAIR's section key inside `read` (for a flat document: a name of ours, never sent). */
	key: string;
	label: string;
	fields: readonly FieldSpec[];
	/** Prepended to each field's key to make its flattened column, e.g. "pajak_". */
	columnPrefix?: string;
}

/**
 * A table GLAIR reads off the document: one row per member, transaction or item. GLAIR sends it
 * beside the fields of a flat `read`, as a list of rows (an older answer: one row object).
 */
export interface TableSpec {
	/** GLAIR's key inside `read`, e.g. "table" (a KK's members) or "items". */
	key: string;
	/** Other spellings of the key seen in older answers or SDKs. */
	aliases?: readonly string[];
	/** The list's name in the output, e.g. "members", "line_items": also the prefix of a row's warnings ("members[2].nik: ..."). */
	list: string;
	/** English label with the Indonesian term, e.g. "Family Members (Anggota Keluarga)". */
	label: string;
	/** What one row is to a clerk, numbered from 1 on a review form: "Member" ("Member 3 — NIK ..."). */
	rowLabel: string;
	/** A row's fields, as a flat document's: their columns never repeat a document column, so a row can sit beside them. */
	fields: readonly FieldSpec[];
	/**
	 * Field checks run on each row, the row's values beside the document's (the first column is the
	 * row's, named in the warning with the list and the row: "members[2].nik: ...").
	 */
	checks?: readonly FieldCheck[];
}

/** A page GLAIR can be asked for with the `page` part, and the one section it answers with. */
export interface PageSpec {
	value: number;
	section: string;
	label: string;
}

/** An image GLAIR cuts out of the document (a face photo, a signature), sent as base64. */
export interface ImageSpec {
	/** The field in `read` holding `{ value: <base64> }`, e.g. "foto". */
	key: string;
	/** The key under an older answer's top-level `images` object, e.g. "photo". */
	legacyKey: string;
	label: string;
}

/** A second endpoint that reads the same document and also grades the picture. */
export interface QualitySpec {
	path: string;
	/** Where an older answer puts the grades instead of the top-level `qualities`, e.g. "condition". */
	legacyKey?: string;
	/** Boolean flags GLAIR returns under `qualities` that send a read to review, with the words for it. */
	reviewFlags: Readonly<Record<string, string>>;
	/** Boolean flags copied to quality_* columns without sending the read to review (e.g. "dark"). */
	otherFlags?: readonly string[];
	/** Text-valued entries (`{ value: string }`) copied to columns too. */
	textEntries: readonly string[];
	/** [entry, key] pairs under `qualities` that hold image data: left out of the Raw output. */
	imageEntries?: ReadonlyArray<readonly [string, string]>;
}

export interface DocumentSpec {
	/** The node's `resource` value, e.g. "bpkb". Also the output schema's folder. */
	resource: string;
	/** Resource option in the node, e.g. "BPKB (Vehicle Ownership Book)". */
	displayName: string;
	/** What people call it, e.g. "BPKB", in messages and the action "Read BPKB". */
	shortName: string;
	/** The operation's description in the action list. */
	description: string;
	/** e.g. "/ocr/v1/bpkb". */
	path: string;
	/** Sections in the order a spreadsheet shows them; a flat document has exactly one. */
	sections: readonly SectionSpec[];
	/** GLAIR's `read` holds the fields directly, without sections. */
	flat: boolean;
	/** The files GLAIR takes for this document, checked by their bytes before upload. */
	fileTypes: readonly DocumentFileType[];
	/** Pages one can ask for; absent when the endpoint takes no `page`. */
	pages?: readonly PageSpec[];
	/** Whether one upload may hold several pages (a multi-page PDF). */
	multiPage: boolean;
	/** Its field-check table (documents/<type>/checks.ts). */
	checks: readonly FieldCheck[];
	images?: readonly ImageSpec[];
	/** The tables of a flat document, in output order; the first is the one Table Rows = Items splits into items. */
	tables?: readonly TableSpec[];
	/** Checks over whole tables (rows adding up to a total, one head of the family). */
	tableChecks?: readonly TableCheck[];
	quality?: QualitySpec;
	/**
	 * GLAIR's `reason` for a picture that is not this document (the status is still SUCCESS), when
	 * it is not GLAIR's usual "Some fields are invalid" (NOT_THIS_DOCUMENT_REASON).
	 */
	notThisDocumentReason?: RegExp;
}

/** What GLAIR says of a picture that is not the document asked for, on every endpoint on record. */
export const NOT_THIS_DOCUMENT_REASON = /some fields are invalid/i;
