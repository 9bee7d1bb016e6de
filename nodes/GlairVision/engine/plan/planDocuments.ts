import {
	NodeOperationError,
	type IBinaryData,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import { localOutcome, type DocumentOutcome } from '../outcome';
import { naturalOrder, selectBinaryFields } from './binaryFields';
import { SettingsError, parseReadSettings, type ReadSettings } from './readSettings';

/** One file to read: an input item's binary field, or the reason it cannot be read at all. */
export interface DocumentJob {
	itemIndex: number;
	binaryField: string;
	/** Undefined only when the item's own parameters could not be read. */
	settings?: ReadSettings;
	/** Set when the document is refused before any file is opened (bad settings, no such field). */
	refusal?: DocumentOutcome;
	/** Matched by a wildcard, so it may be skipped when it is not a document. */
	fromWildcard: boolean;
	/** Combine Files: the item's fields, in natural order, read as this one document. */
	combinedFields?: string[];
	/** Input "File URL": the address to download (never shown as is: see redactUrl). */
	fileUrl?: string;
	/**
	 * The file this job reads when it is not on the input item: a URL's download, stored in n8n's
	 * binary store. Set on the job's copy once downloaded; n8n's input items are never changed.
	 */
	binary?: IBinaryData;
}

/** What reading a job gave: the document's outcome, and/or a note on files skipped as not documents at all. */
export interface DocumentResult {
	job: DocumentJob;
	outcome?: DocumentOutcome;
	skippedNote?: string;
}

/** How tool mode (the node run by an AI Agent) changes a run: compact items, no binary. */
export interface PlanOptions {
	toolMode: boolean;
}

function readItemSettings(context: IExecuteFunctions, spec: DocumentSpec, itemIndex: number, plan: PlanOptions): ReadSettings {
	// A workflow saved before the URL input existed has no inputType: a binary file, as then.
	const inputType = context.getNodeParameter('inputType', itemIndex, 'binary');
	const settings = parseReadSettings(spec, {
		inputType,
		binaryPropertyName: inputType === 'url' ? '' : context.getNodeParameter('binaryPropertyName', itemIndex),
		page: spec.pages ? context.getNodeParameter('page', itemIndex) : undefined,
		output: context.getNodeParameter('output', itemIndex),
		options: context.getNodeParameter('options', itemIndex, {}) as IDataObject,
	});
	if (!plan.toolMode) return settings;
	// A model reads text: one flat row per document, no files, no images, no GLAIR answer.
	return { ...settings, format: 'flattened', includeBinary: false, includeImages: false };
}

/** Splits every input item into the documents it holds, in a stable order. */
export function planDocuments(
	context: IExecuteFunctions,
	spec: DocumentSpec,
	items: INodeExecutionData[],
	plan: PlanOptions = { toolMode: false },
): DocumentJob[] {
	const jobs: DocumentJob[] = [];
	items.forEach((item, itemIndex) => {
		let settings: ReadSettings;
		try {
			settings = readItemSettings(context, spec, itemIndex, plan);
		} catch (error) {
			if (!(error instanceof SettingsError)) throw new NodeOperationError(context.getNode(), error as Error, { itemIndex });
			jobs.push({ itemIndex, binaryField: '', fromWildcard: false, refusal: localOutcome('FAILED', error.message, '', undefined) });
			return;
		}

		if (settings.inputType === 'url') {
			// One document per item, downloaded when its turn comes (readDocument).
			const fileUrl = context.getNodeParameter('fileUrl', itemIndex, '');
			jobs.push({ itemIndex, binaryField: '', settings, fromWildcard: false, fileUrl: typeof fileUrl === 'string' ? fileUrl : String(fileUrl ?? '') });
			return;
		}

		jobs.push(...binaryJobs(item, itemIndex, settings));
	});
	return jobs;
}

/**
 * The documents an item's binary fields hold under these settings: one per selected field, or
 * one for all of them with Combine Files; a name that is not there is refused, naming what is.
 */
export function binaryJobs(item: INodeExecutionData, itemIndex: number, settings: ReadSettings, parameter = 'Input Binary Field'): DocumentJob[] {
	const jobs: DocumentJob[] = [];
	const pattern = settings.binaryPropertyName;
	const available = Object.keys(item.binary ?? {});
	const { fields, missing } = selectBinaryFields(pattern, available);
	const itemHas = available.length
		? `This item has: ${available.join(', ')}.`
		: 'This item has no binary data at all: check the node before this one (e.g. that the email had attachments).';
	const refuse = (binaryField: string, reason: string, fromWildcard: boolean) =>
		jobs.push({ itemIndex, binaryField, settings, fromWildcard, refusal: localOutcome('NO_FILE', reason, binaryField, settings.page) });

	if (settings.combineFiles) {
		// One item, one document, one output item: a page that is not there makes the book incomplete.
		const names = missing.map((name) => `"${name}"`).join(', ');
		if (missing.length > 0) {
			refuse(missing.join(', '), `No binary field ${names} on this item, so the document is incomplete. ${itemHas} Put the right names in ${parameter}.`, false);
		} else if (fields.length === 0) {
			refuse(pattern, `No binary field matches "${pattern}". ${itemHas}`, true);
		} else {
			const combinedFields = [...fields].sort(naturalOrder);
			jobs.push({ itemIndex, binaryField: combinedFields.join(', '), settings, fromWildcard: pattern.includes('*'), combinedFields });
		}
		return jobs;
	}
	for (const binaryField of missing) {
		refuse(binaryField, `No binary field "${binaryField}" on this item. ${itemHas} Put the right name in ${parameter}.`, false);
	}
	if (fields.length === 0 && missing.length === 0) {
		refuse(pattern, `No binary field matches "${pattern}". ${itemHas}`, true);
	}
	for (const binaryField of fields) {
		jobs.push({ itemIndex, binaryField, settings, fromWildcard: pattern.includes('*') });
	}
	return jobs;
}
