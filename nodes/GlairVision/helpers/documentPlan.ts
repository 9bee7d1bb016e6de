import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { selectBinaryFields } from './binaryFields';
import { SettingsError, parseReadSettings, type ReadSettings } from './readSettings';
import type { DocumentOutcome } from './shapeOutput';

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
}

/** An outcome decided here, without asking GLAIR. */
export function localOutcome(
	status: DocumentOutcome['status'],
	reason: string,
	binaryField: string,
	settings?: ReadSettings,
	fileName = '',
): DocumentOutcome {
	return {
		status,
		reason,
		fileName,
		binaryField,
		page: settings?.page,
		requestId: null,
		httpStatus: null,
		attempts: 0,
		retryable: false,
	};
}

function readItemSettings(context: IExecuteFunctions, itemIndex: number): ReadSettings {
	return parseReadSettings({
		binaryPropertyName: context.getNodeParameter('binaryPropertyName', itemIndex),
		page: context.getNodeParameter('page', itemIndex),
		output: context.getNodeParameter('output', itemIndex),
		options: context.getNodeParameter('options', itemIndex, {}) as IDataObject,
	});
}

/** Splits every input item into the documents it holds, in a stable order. */
export function planDocuments(context: IExecuteFunctions, items: INodeExecutionData[]): DocumentJob[] {
	const jobs: DocumentJob[] = [];
	items.forEach((item, itemIndex) => {
		let settings: ReadSettings;
		try {
			settings = readItemSettings(context, itemIndex);
		} catch (error) {
			if (!(error instanceof SettingsError)) throw new NodeOperationError(context.getNode(), error as Error, { itemIndex });
			jobs.push({ itemIndex, binaryField: '', fromWildcard: false, refusal: localOutcome('FAILED', error.message, '') });
			return;
		}

		const pattern = settings.binaryPropertyName;
		const available = Object.keys(item.binary ?? {});
		const { fields, missing } = selectBinaryFields(pattern, available);
		const itemHas = available.length
			? `This item has: ${available.join(', ')}.`
			: 'This item has no binary data at all: check the node before this one (e.g. that the email had attachments).';
		const refuse = (binaryField: string, reason: string, fromWildcard: boolean) =>
			jobs.push({ itemIndex, binaryField, settings, fromWildcard, refusal: localOutcome('NO_FILE', reason, binaryField, settings) });

		for (const binaryField of missing) {
			refuse(binaryField, `No binary field "${binaryField}" on this item. ${itemHas} Put the right name in Input Binary Field.`, false);
		}
		if (fields.length === 0 && missing.length === 0) {
			refuse(pattern, `No binary field matches "${pattern}". ${itemHas}`, true);
		}
		for (const binaryField of fields) {
			jobs.push({ itemIndex, binaryField, settings, fromWildcard: pattern.includes('*') });
		}
	});
	return jobs;
}
