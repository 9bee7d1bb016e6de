import type { IDataObject } from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import type { RetrySettings } from '../../transport/retryLoop';
import type { ReviewSettings } from '../review/reviewReasons';

/** A parameter value the node cannot use; its message says what to put instead. */
export class SettingsError extends Error {}

export type OutputFormat = 'flattened' | 'nested' | 'raw';

export type InputType = 'binary' | 'url';

/** A document with tables: its rows as a list on the document's item, or one item per row. */
export type TableRows = 'list' | 'items';

export interface ReadSettings extends ReviewSettings, CallSettings {
	/** Where the document comes from: the item's binary fields, or a URL downloaded per item. */
	inputType: InputType;
	/** Empty with a URL input. */
	binaryPropertyName: string;
	page: number | undefined;
	format: OutputFormat;
	includeConfidence: boolean;
	includeOriginalValue: boolean;
	validate: boolean;
	skipNonDocuments: boolean;
	/** Documents with images (KTP): pass the face photo and signature on as binary properties. */
	includeImages: boolean;
	/** Documents with a quality endpoint (KTP): read there and review bad pictures. */
	checkImageQuality: boolean;
	/** Documents that may have several pages: all files of an item are one document. */
	combineFiles: boolean;
	/** Documents with tables: 'items' gives one output item per row of the first table. */
	tableRows: TableRows;
	/**
	 * With Combine Files: page photos (JPEG, PNG) are assembled into one PDF and uploaded once (a
	 * book's pages). Off: each file is uploaded on its own and the readings merged (the two sides of
	 * an STNK), so files that contradict each other are seen to.
	 */
	combinePhotos: boolean;
}

export const DEFAULTS = {
	concurrency: 4,
	maxRetries: 3,
	timeoutSeconds: 120,
	retryDelaySeconds: 1,
	maxFileSizeMb: 20,
} as const;

/** `page` comes from a dropdown or an expression: "all", or one of the spec's page numbers. */
export function parsePage(spec: DocumentSpec, value: unknown): number | undefined {
	if (!spec.pages || value === 'all' || value === '' || value === undefined || value === null) return undefined;
	const text = String(value).trim();
	const page = spec.pages.find((candidate) => String(candidate.value) === text);
	if (page) return page.value;
	const numbers = spec.pages.map((candidate) => candidate.value);
	throw new SettingsError(
		`Page must be ${numbers.join(', ')} or "all", but it is "${text.slice(0, 40)}". Pick a page from the list, or make the expression give a number from ${numbers[0]} to ${numbers[numbers.length - 1]}.`,
	);
}

/**
 * Each number option's range. The editor's typeOptions say the same (minValue, maxValue), so the
 * parser refuses only what an expression gave; a unit test keeps the two equal.
 */
export const RANGES = {
	concurrency: { min: 1, max: 32 },
	maxFileSizeMb: { min: 0.001, max: 1024 },
	maxRetries: { min: 0, max: 10 },
	timeout: { min: 0.1, max: 3600 },
	retryDelay: { min: 0, max: 600 },
	reviewBelowConfidence: { min: 0, max: 100 },
	maxSpoofScore: { min: 0, max: 100 },
} as const;

function numberOption(options: IDataObject, name: keyof typeof RANGES, fallback: number, label: string): number {
	const { min, max } = RANGES[name];
	const raw = options[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isFinite(value) || value < min || value > max) {
		throw new SettingsError(`${label} must be a number from ${min} to ${max}, but it is "${String(raw).slice(0, 40)}".`);
	}
	return value;
}

export function parseFormat(value: unknown): OutputFormat {
	if (value === 'flattened' || value === 'nested' || value === 'raw') return value;
	throw new SettingsError(`Output must be "flattened", "nested" or "raw", but it is "${String(value).slice(0, 40)}".`);
}

export function parseInputType(value: unknown): InputType {
	if (value === undefined || value === null || value === '' || value === 'binary') return 'binary';
	if (value === 'url') return 'url';
	throw new SettingsError(`Input must be "binary" or "url", but it is "${String(value).slice(0, 40)}".`);
}

export function parseTableRows(value: unknown): TableRows {
	if (value === undefined || value === null || value === '' || value === 'list') return 'list';
	if (value === 'items') return 'items';
	throw new SettingsError(`Table Rows must be "list" or "items", but it is "${String(value).slice(0, 40)}".`);
}

export function parseReadSettings(spec: DocumentSpec, parameters: {
	inputType?: unknown;
	binaryPropertyName: unknown;
	page: unknown;
	output: unknown;
	options: IDataObject;
}): ReadSettings {
	const { options } = parameters;
	const inputType = parseInputType(parameters.inputType);
	const binaryPropertyName = inputType === 'url' ? '' : String(parameters.binaryPropertyName ?? '').trim();
	if (inputType === 'binary' && binaryPropertyName === '') {
		throw new SettingsError('Input Binary Field is empty. Enter the name of the field holding the scan, e.g. "data" or "attachment_*".');
	}
	return {
		inputType,
		binaryPropertyName,
		page: parsePage(spec, parameters.page),
		format: parseFormat(parameters.output),
		...parseCallSettings(options),
		includeConfidence: options.includeConfidence === true,
		includeOriginalValue: options.includeOriginalValue === true,
		validate: options.validate !== false,
		...parseReviewSettings(options),
		skipNonDocuments: options.skipNonDocuments === true,
		includeImages: spec.images !== undefined && options.includeImages === true,
		checkImageQuality: spec.quality !== undefined && options.checkImageQuality === true,
		// A URL is one file: there is nothing on the item to combine.
		combineFiles: inputType === 'binary' && spec.multiPage && options.combineFiles === true,
		tableRows: spec.tables?.length ? parseTableRows(options.tableRows) : 'list',
		combinePhotos: true,
	};
}

/** When a read goes to Needs Review: Read's options, and Apply Review's for a corrected read. */
export function parseReviewSettings(options: IDataObject): ReviewSettings {
	return {
		reviewPoorReads: options.reviewPoorReads !== false,
		reviewBelowConfidence: numberOption(options, 'reviewBelowConfidence', 0, 'Review Below Confidence'),
		reviewOnWarnings: options.reviewOnWarnings === true,
	};
}

/** What every GLAIR call of an operation shares with a Read: the files' size limit, the retries, passing the files on. */
export interface CallSettings {
	maxFileSizeMb: number;
	retry: RetrySettings;
	includeBinary: boolean;
}

export function parseCallSettings(options: IDataObject): CallSettings {
	return {
		maxFileSizeMb: numberOption(options, 'maxFileSizeMb', DEFAULTS.maxFileSizeMb, 'Max File Size (MB)'),
		retry: {
			maxRetries: numberOption(options, 'maxRetries', DEFAULTS.maxRetries, 'Max Retries'),
			timeoutMs: numberOption(options, 'timeout', DEFAULTS.timeoutSeconds, 'Timeout (Seconds)') * 1000,
			initialDelayMs: numberOption(options, 'retryDelay', DEFAULTS.retryDelaySeconds, 'Retry Delay (Seconds)') * 1000,
		},
		includeBinary: options.includeBinary !== false,
	};
}

/** Passive liveness: a maximum spoof score (0-100) set in Options, or undefined when not set. */
export function parseMaxSpoofScore(options: IDataObject): number | undefined {
	return options.maxSpoofScore === undefined || options.maxSpoofScore === '' ? undefined : numberOption(options, 'maxSpoofScore', 0, 'Max Spoof Score');
}

export function parseConcurrency(options: IDataObject): number {
	return Math.round(numberOption(options, 'concurrency', DEFAULTS.concurrency, 'Concurrency'));
}

/** `text` as an http(s) address, or undefined when it is none (another scheme, or no URL at all). */
export function parseHttpUrl(text: string): URL | undefined {
	try {
		const url = new URL(text);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
	} catch {
		return undefined;
	}
}

/** GLAIR is reached over HTTP(S) only; anything else is a typo in the credential. */
export function checkBaseUrl(baseUrl: unknown): string {
	const text = String(baseUrl ?? '').trim();
	if (!parseHttpUrl(text)) {
		throw new SettingsError(
			`The Base URL in the GLAIR Vision credential must start with https:// (or http:// for a local stand-in), but it is "${text.slice(0, 80)}". The usual value is https://api.vision.glair.ai.`,
		);
	}
	return text;
}
