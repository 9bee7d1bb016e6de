import type { IDataObject } from 'n8n-workflow';

import { BPKB_FIELDS, fieldsForPage, fieldsOfSection, sectionsForPage, type BpkbPage } from './bpkbFields';
import {
	EMPTY_READING,
	type DocumentReadings,
	type DocumentStatus,
	type FieldReading,
} from './responseReader';

export type OutputFormat = 'flattened' | 'nested' | 'raw';

/** Everything known about one document once its answer (or the lack of one) is in. */
export interface DocumentOutcome {
	status: DocumentStatus;
	reason: string;
	fileName: string;
	binaryField: string;
	page: BpkbPage | undefined;
	requestId: string | null;
	httpStatus: number | null;
	attempts: number;
	/** Only for failures: whether sending the same file again later may work. */
	retryable?: boolean;
	read?: DocumentReadings;
	body?: unknown;
}

export interface ShapeOptions {
	format: OutputFormat;
	includeConfidence: boolean;
	includeOriginalValue: boolean;
}

/** Extra columns a check adds beside the fields (never replacing a value). */
export interface DocumentAnnotations {
	companions: Record<string, string | number | boolean>;
	warnings: string[];
	reviewReasons?: string[];
}

/**
 * The leading columns of every item, in a fixed order, so a spreadsheet gets the same header
 * whatever happened to the document.
 */
export function metadataColumns(outcome: DocumentOutcome): IDataObject {
	const columns: IDataObject = {
		status: outcome.status,
		reason: outcome.reason,
		file_name: outcome.fileName,
		binary_field: outcome.binaryField,
		page: outcome.page ?? 'all',
		request_id: outcome.requestId ?? '',
		http_status: outcome.httpStatus,
		attempts: outcome.attempts,
	};
	if (outcome.retryable !== undefined) columns.retryable = outcome.retryable;
	return columns;
}

/** The requested pages' fields, each present even when GLAIR left it out. */
export function readingsFor(read: DocumentReadings, page: BpkbPage | undefined): Array<[string, FieldReading]> {
	return fieldsForPage(page).map((field) => [field.key, read[field.section]?.[field.key] ?? EMPTY_READING]);
}

/**
 * The field a companion column belongs to: the longest field key it starts with
 * (`warna_tnkb_x` is warna_tnkb's, not warna's).
 */
function companionOwner(companion: string): string | undefined {
	let owner: string | undefined;
	for (const { key } of BPKB_FIELDS) {
		if (companion.startsWith(`${key}_`) && (owner === undefined || key.length > owner.length)) owner = key;
	}
	return owner;
}

function flattened(outcome: DocumentOutcome, options: ShapeOptions, annotations?: DocumentAnnotations): IDataObject {
	const row = metadataColumns(outcome);
	if (annotations) {
		row.warnings = annotations.warnings.join('; ');
		if (annotations.reviewReasons) row.review_reasons = annotations.reviewReasons.join('; ');
	}
	const companionsByField = new Map<string, string[]>();
	for (const companion of Object.keys(annotations?.companions ?? {})) {
		const owner = companionOwner(companion);
		if (owner !== undefined) companionsByField.set(owner, [...(companionsByField.get(owner) ?? []), companion]);
	}
	for (const [key, reading] of readingsFor(outcome.read ?? {}, outcome.page)) {
		row[key] = reading.value;
		if (options.includeConfidence) row[`${key}_confidence`] = reading.confidence;
		if (options.includeOriginalValue) row[`${key}_original`] = reading.value_original;
		for (const companion of companionsByField.get(key) ?? []) row[companion] = annotations!.companions[companion];
	}
	return row;
}

function copyReading(reading: FieldReading): IDataObject {
	return { ...reading, polygon: reading.polygon.map((point) => [...point]) };
}

function nested(outcome: DocumentOutcome, annotations?: DocumentAnnotations): IDataObject {
	const item = metadataColumns(outcome);
	if (annotations) {
		item.warnings = annotations.warnings;
		if (annotations.reviewReasons) item.review_reasons = annotations.reviewReasons;
		item.checked = annotations.companions;
	}
	const read: IDataObject = {};
	for (const section of sectionsForPage(outcome.page)) {
		const received = outcome.read?.[section] ?? {};
		const fields: IDataObject = {};
		for (const field of fieldsOfSection(section)) fields[field.key] = copyReading(received[field.key] ?? EMPTY_READING);
		// Fields GLAIR sent that this version does not know yet are kept, not dropped.
		for (const [key, reading] of Object.entries(received)) {
			if (!(key in fields)) fields[key] = copyReading(reading);
		}
		read[section] = fields;
	}
	item.read = read;
	return item;
}

/** The JSON of a successful document's output item. */
export function shapeSuccess(outcome: DocumentOutcome, options: ShapeOptions, annotations?: DocumentAnnotations): IDataObject {
	switch (options.format) {
		case 'raw':
			return { ...metadataColumns(outcome), response: outcome.body as IDataObject };
		case 'nested':
			return nested(outcome, annotations);
		default:
			return flattened(outcome, options, annotations);
	}
}

/** The JSON of a document that went to an error output: what happened, and nothing invented. */
export function shapeFailure(outcome: DocumentOutcome, format: OutputFormat): IDataObject {
	const item: IDataObject = { ...metadataColumns(outcome), retryable: outcome.retryable ?? false };
	if (format === 'raw' && outcome.body !== undefined) item.response = outcome.body as IDataObject;
	return item;
}
