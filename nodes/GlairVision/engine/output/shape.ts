import type { IDataObject } from 'n8n-workflow';

import { fieldsForPage, sectionsForPage } from '../../documents/fieldList';
import type { DocumentSpec } from '../../documents/spec';
import type { CheckWarning } from '../../checks/runChecks';
import type { DocumentOutcome } from '../outcome';
import type { OutputFormat } from '../plan/readSettings';
import { EMPTY_READING, type DocumentReadings, type FieldReading } from '../response/readings';
import type { ReviewField } from '../review/reviewFields';
import type { ReviewReason } from '../review/reviewReasons';
import { reviewColumns } from '../review/reviewColumns';
import { companionOwner, flattenedTables, nestedTables, type RowCompanions } from './tables';

export interface ShapeOptions {
	format: OutputFormat;
	includeConfidence: boolean;
	includeOriginalValue: boolean;
}

/** What the checks and the review add beside the fields (never replacing a value). */
export interface DocumentAnnotations {
	/** By field column: the companion columns that follow it, e.g. pada_tanggal -> { pada_tanggal_iso }. */
	companions: Record<string, string | number | boolean>;
	warnings: CheckWarning[];
	reviewReasons?: ReviewReason[];
	/** The columns the reasons name, with their values: what a person must look at. */
	reviewFields?: ReviewField[];
	/** The picture's grades (quality_* columns), when the quality check ran. */
	quality?: Record<string, string | number | boolean | null>;
	/** A document with tables: what each row's checks added, by list. */
	rowCompanions?: RowCompanions;
}

/** Why the item went where it did: the first thing a person reads, after the skeleton's `outcome`. */
function leadingColumns(outcome: DocumentOutcome): IDataObject {
	return { reason: outcome.reason };
}

/**
 * What identifies the read (the file, GLAIR's status and request id, how it went): the last
 * columns of every item, in a fixed order, so a spreadsheet gets the same header whatever happened
 * to the document. `page` only for documents that have pages.
 */
export function technicalColumns(spec: DocumentSpec, outcome: DocumentOutcome): IDataObject {
	const columns: IDataObject = {
		status: outcome.status,
		file_name: outcome.fileName,
		file_sha256: outcome.fileSha256,
		binary_field: outcome.binaryField,
	};
	if (spec.pages) columns.page = outcome.page ?? 'all';
	Object.assign(columns, {
		request_id: outcome.requestId ?? '',
		http_status: outcome.httpStatus,
		attempts: outcome.attempts,
	});
	if (outcome.retryable !== undefined) columns.retryable = outcome.retryable;
	return columns;
}

/**
 * The sections (pages) of a sectioned document that hold at least one field read: a page whose
 * fields are all empty or absent was not in the picture (an STNK card photographed without its tax
 * notice). Empty for a flat document, which has no pages to tell apart.
 */
export function pagesRead(spec: DocumentSpec, read: DocumentReadings, page: number | undefined): string[] {
	if (spec.flat) return [];
	return sectionsForPage(spec, page)
		.filter((section) => section.fields.some((field) => (read[section.key]?.[field.key]?.value ?? '').trim() !== ''))
		.map((section) => section.key);
}

/** The requested pages' fields by column, each present even when GLAIR left it out. */
export function readingsFor(
	spec: DocumentSpec,
	read: DocumentReadings,
	page: number | undefined,
): Array<readonly [string, FieldReading]> {
	return fieldsForPage(spec, page).map((field) => [field.column, read[field.section]?.[field.key] ?? EMPTY_READING] as const);
}

function flattened(spec: DocumentSpec, outcome: DocumentOutcome, options: ShapeOptions, annotations?: DocumentAnnotations): IDataObject {
	const row = leadingColumns(outcome);
	if (annotations) {
		if (annotations.reviewReasons) Object.assign(row, reviewColumns(annotations.reviewReasons, annotations.reviewFields ?? [], 'flattened'));
		row.warnings = annotations.warnings.map((warning) => warning.text).join('; ');
		Object.assign(row, annotations.quality);
	}
	const fields = fieldsForPage(spec, outcome.page);
	const columns = fields.map((field) => field.column);
	const companionsByField = new Map<string, string[]>();
	for (const companion of Object.keys(annotations?.companions ?? {})) {
		const owner = companionOwner(columns, companion);
		if (owner !== undefined) companionsByField.set(owner, [...(companionsByField.get(owner) ?? []), companion]);
	}
	const read = outcome.read ?? {};
	for (const field of fields) {
		const reading = read[field.section]?.[field.key] ?? EMPTY_READING;
		row[field.column] = reading.value;
		if (options.includeConfidence) row[`${field.column}_confidence`] = reading.confidence;
		if (options.includeOriginalValue) row[`${field.column}_original`] = reading.value_original;
		for (const companion of companionsByField.get(field.column) ?? []) row[companion] = annotations!.companions[companion];
		// Combine Files: the file each field was read from.
		if (outcome.fieldFiles) row[`${field.column}_file`] = outcome.fieldFiles[field.section]?.[field.key] ?? '';
	}
	Object.assign(row, flattenedTables(spec, outcome, options, annotations?.rowCompanions));
	Object.assign(row, technicalColumns(spec, outcome));
	if (!spec.flat) row.pages_read = pagesRead(spec, read, outcome.page).join(', ');
	return row;
}

function copyReading(reading: FieldReading): IDataObject {
	return { ...reading, polygon: reading.polygon.map((point) => [...point]) };
}

function nestedSection(
	section: DocumentSpec['sections'][number],
	received: Record<string, FieldReading>,
	files: Record<string, string> | undefined,
): IDataObject {
	const fields: IDataObject = {};
	for (const field of section.fields) fields[field.key] = copyReading(received[field.key] ?? EMPTY_READING);
	// Fields GLAIR sent that this version does not know yet are kept, not dropped.
	for (const [key, reading] of Object.entries(received)) {
		if (!(key in fields)) fields[key] = copyReading(reading);
	}
	// Combine Files: the file each reading came from.
	if (files) for (const key of Object.keys(fields)) (fields[key] as IDataObject).file_name = files[key] ?? '';
	return fields;
}

function nested(spec: DocumentSpec, outcome: DocumentOutcome, annotations?: DocumentAnnotations): IDataObject {
	const item = leadingColumns(outcome);
	if (annotations) {
		if (annotations.reviewReasons) Object.assign(item, reviewColumns(annotations.reviewReasons, annotations.reviewFields ?? [], 'nested'));
		item.warnings = annotations.warnings.map((warning) => warning.text);
		item.checked = { ...annotations.companions, ...annotations.rowCompanions };
		if (annotations.quality) item.quality = annotations.quality;
	}
	const sections = sectionsForPage(spec, outcome.page);
	if (spec.flat) {
		item.read = { ...nestedSection(sections[0], outcome.read?.[sections[0].key] ?? {}, outcome.fieldFiles?.[sections[0].key]), ...nestedTables(spec, outcome) };
	} else {
		const read: IDataObject = {};
		for (const section of sections) read[section.key] = nestedSection(section, outcome.read?.[section.key] ?? {}, outcome.fieldFiles?.[section.key]);
		item.read = read;
	}
	Object.assign(item, technicalColumns(spec, outcome));
	if (!spec.flat) item.pages_read = pagesRead(spec, outcome.read ?? {}, outcome.page);
	return item;
}

/** The JSON of a successful document's output item. */
export function shapeSuccess(
	spec: DocumentSpec,
	outcome: DocumentOutcome,
	options: ShapeOptions,
	annotations?: DocumentAnnotations,
): IDataObject {
	switch (options.format) {
		case 'raw':
			return { ...leadingColumns(outcome), ...technicalColumns(spec, outcome), response: outcome.body as IDataObject };
		case 'nested':
			return nested(spec, outcome, annotations);
		default:
			return flattened(spec, outcome, options, annotations);
	}
}

/** The JSON of a document that went to an error output: what happened, and nothing invented. */
export function shapeFailure(spec: DocumentSpec, outcome: DocumentOutcome, format: OutputFormat): IDataObject {
	const item: IDataObject = { ...leadingColumns(outcome), ...technicalColumns(spec, outcome), retryable: outcome.retryable ?? false };
	if (format === 'raw' && outcome.body !== undefined) item.response = outcome.body as IDataObject;
	return item;
}
