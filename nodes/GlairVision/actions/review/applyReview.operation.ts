import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import type { OutputEntry } from '../../engine/output/outputs';
import { parseReviewSettings, SettingsError } from '../../engine/plan/readSettings';
import { applyDocumentReview, ReviewInputError } from '../../engine/review/applyReview';
import type { Run } from '../../engine/run/run';
import { runOperation } from '../../engine/run/runOperation';

export { applyReviewDescription as description, applyReviewOption as option } from './applyReview.description';

/** An item that could not be reviewed: what to do, then the item as it came (its answers left out). */
function refusal(item: IDataObject, message: string, correctionsField: string): IDataObject {
	const rest = Object.fromEntries(Object.entries(item).filter(([key]) => !['outcome', 'reason', correctionsField].includes(key)));
	return { reason: message, ...rest };
}

function reviewEntry(run: Run, spec: DocumentSpec, itemIndex: number): OutputEntry {
	const { context } = run;
	const item = run.items[itemIndex];
	const correctionsField = String(context.getNodeParameter('correctionsField', itemIndex, 'data') ?? '').trim() || 'data';
	const binary = item.binary ? { binary: item.binary } : {};
	try {
		const settings = parseReviewSettings((context.getNodeParameter('options', itemIndex, {}) ?? {}) as IDataObject);
		return { ...applyDocumentReview(spec, item.json, { correctionsField, settings, now: new Date() }), ...binary };
	} catch (error) {
		if (!(error instanceof ReviewInputError || error instanceof SettingsError)) throw new NodeOperationError(context.getNode(), error as Error, { itemIndex });
		return { route: 'FAILED', json: refusal(item.json, error.message, correctionsField), ...binary };
	}
}

/**
 * Apply Review <document>: each input item, a read a person reviewed, comes out once, corrected
 * and judged again, on Success or Needs Review; an item that is not one goes to Not Read, saying
 * why. Nothing is sent to GLAIR, and no credential is read.
 */
export async function execute(this: IExecuteFunctions, spec: DocumentSpec): Promise<INodeExecutionData[][]> {
	return await runOperation(this, {
		noun: 'reviewed document',
		plan: (run) => run.items.map((_, itemIndex) => ({ itemIndex })),
		perform: async (unit) => unit,
		finish: async (itemIndex, _done, run) => [reviewEntry(run, spec, itemIndex)],
		failedRow: (_itemIndex, _unit, failure) => ({ reason: failure.reason, http_status: failure.httpStatus }),
	});
}
