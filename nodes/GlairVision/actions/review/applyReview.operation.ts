import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import type { OutputEntry } from '../../engine/output/outputs';
import { parseReviewSettings, SettingsError } from '../../engine/plan/readSettings';
import { applyDocumentReview, ReviewInputError } from '../../engine/review/applyReview';
import type { ReviewedItem, ReviewOptions } from '../../engine/review/reviewRecord';
import type { Run } from '../../engine/run/run';
import { runOperation } from '../../engine/run/runOperation';

export { applyReviewDescription as description, applyReviewOption as option } from './applyReview.description';

/** An item that could not be reviewed: what to do, then the item as it came (its answers left out). */
function refusal(item: IDataObject, message: string, correctionsField: string): IDataObject {
	const rest = Object.fromEntries(Object.entries(item).filter(([key]) => !['outcome', 'reason', correctionsField].includes(key)));
	return { reason: message, ...rest };
}

function reviewEntry(run: Run, itemIndex: number, apply: (input: IDataObject, options: ReviewOptions) => ReviewedItem): OutputEntry {
	const { context } = run;
	const item = run.items[itemIndex];
	const correctionsField = String(context.getNodeParameter('correctionsField', itemIndex, 'data') ?? '').trim() || 'data';
	const binary = item.binary ? { binary: item.binary } : {};
	try {
		const settings = parseReviewSettings((context.getNodeParameter('options', itemIndex, {}) ?? {}) as IDataObject);
		return { ...apply(item.json, { correctionsField, settings, now: new Date() }), ...binary };
	} catch (error) {
		if (!(error instanceof ReviewInputError || error instanceof SettingsError)) throw new NodeOperationError(context.getNode(), error as Error, { itemIndex });
		return { route: 'FAILED', json: refusal(item.json, error.message, correctionsField), ...binary };
	}
}

/**
 * Apply Review: each input item, reviewed by a person, comes out once, corrected and judged again,
 * on Success or Needs Review; an item that is not one goes to Not Read, saying why. Nothing is sent
 * to GLAIR, and no credential is read.
 */
export async function reviewItems(context: IExecuteFunctions, noun: string, apply: (input: IDataObject, options: ReviewOptions) => ReviewedItem): Promise<INodeExecutionData[][]> {
	return await runOperation(context, {
		noun: `reviewed ${noun}`,
		plan: (run) => run.items.map((_, itemIndex) => ({ itemIndex })),
		perform: async (unit) => unit,
		finish: async (itemIndex, _done, run) => [reviewEntry(run, itemIndex, apply)],
		failedRow: (_itemIndex, _unit, failure) => ({ reason: failure.reason, http_status: failure.httpStatus }),
	});
}

/** Apply Review <document>. */
export async function execute(this: IExecuteFunctions, spec: DocumentSpec): Promise<INodeExecutionData[][]> {
	return await reviewItems(this, 'document', (input, options) => applyDocumentReview(spec, input, options));
}
