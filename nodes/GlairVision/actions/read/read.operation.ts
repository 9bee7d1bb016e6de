import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import { localOutcome } from '../../engine/outcome';
import { outputIndexes, configuredOutputs, type Route } from '../../engine/output/outputs';
import { toOutputItem } from '../../engine/output/outputItem';
import { shapeFailure } from '../../engine/output/shape';
import { planDocuments, type DocumentJob } from '../../engine/plan/planDocuments';
import { parseConcurrency } from '../../engine/plan/readSettings';
import { mapInOrder } from '../../engine/run/mapInOrder';
import { readDocument, type DocumentResult } from '../../engine/run/readDocument';
import { openRun } from '../../engine/run/openRun';
import { RequestGate } from '../../transport/requestGate';

export { readDescription as description } from './read.description';

/** Tool mode: every document on the one output an AI Agent reads, whatever happened to it. */
const TOOL_ROUTES: Record<Route, number> = { success: 0, needsReview: 0, NO_FILE: 0, FILE_INVALID_FORMAT: 0, FAILED: 0 };

/**
 * Whether n8n runs this node as an AI Agent's tool. The tool variant n8n generates from
 * `usableAsTool` is the type name + "Tool", on both of n8n's tool paths and in n8n 1.x; the
 * base node's type does not end in "Tool" (docs/ai-agent-tool.md).
 */
export function isToolMode(context: IExecuteFunctions): boolean {
	return context.getNode().type.endsWith('Tool');
}

/**
 * Read <document>: every document of every input item is read (a few at a time), and each yields
 * exactly one output item on exactly one output, paired to its input item.
 */
export async function execute(this: IExecuteFunctions, spec: DocumentSpec): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const nodeParameters = this.getNode().parameters;
	const toolMode = isToolMode(this);
	const outputs: INodeExecutionData[][] = toolMode ? [[]] : configuredOutputs(nodeParameters).map(() => []);
	const routeIndex = toolMode ? TOOL_ROUTES : outputIndexes(nodeParameters);

	let jobs: DocumentJob[] = [];
	let results: DocumentResult[];
	try {
		const concurrency = parseConcurrency(this.getNodeParameter('options', 0, {}) as IDataObject);
		jobs = planDocuments(this, spec, items, { toolMode });
		const run = await openRun(this, spec, new RequestGate(concurrency));
		results = await mapInOrder(jobs, concurrency, async (job) => await readDocument(this, job, run));
	} catch (caught) {
		const error =
			caught instanceof NodeApiError || caught instanceof NodeOperationError
				? caught
				: new NodeOperationError(this.getNode(), caught as Error);
		if (this.getExecutionCancelSignal()?.aborted) throw error;
		// The agent reads only the first output, and on n8n 1.x a tool's throw stops the whole
		// workflow: as a tool the node tells the agent what went wrong instead.
		if (!toolMode && !this.continueOnFail()) throw error;
		const failedJobs = jobs.length ? jobs : items.map((_, itemIndex) => ({ itemIndex, binaryField: '', fromWildcard: false }));
		return everyDocumentFailed(this, failedJobs, error, outputs, routeIndex, toolMode);
	}

	const byItem = new Map<number, DocumentResult[]>();
	for (const result of results) byItem.set(result.job.itemIndex, [...(byItem.get(result.job.itemIndex) ?? []), result]);
	for (const [itemIndex, ofItem] of byItem) {
		const skippedNotes = ofItem.flatMap((result) => (result.skippedNote ? [result.skippedNote] : []));
		const read = ofItem.filter((result) => result.outcome !== undefined);
		if (read.length === 0) {
			// Every file was skipped: the item still yields one item, so no input vanishes.
			const job = { ...ofItem[0].job, binaryField: '' };
			const reason = `Every file on this item was skipped as not a document: ${skippedNotes.join('; ')}.`;
			read.push({ job, outcome: localOutcome('NO_FILE', reason, '', job.settings?.page) });
		}
		for (const { job, outcome } of read) {
			const { route, item } = await toOutputItem(this, spec, job, outcome!, items[itemIndex], skippedNotes);
			const index = routeIndex[route];
			if (index < 0) throw new NodeOperationError(this.getNode(), `Internal error: no output for the route "${route}"`);
			outputs[index].push(item);
		}
	}
	return outputs;
}

/**
 * Settings > On Error is set to continue (or the node is an AI Agent's tool), and the run as a
 * whole failed (a refused credential, an unusable setting): every document still comes out once. "Continue (using error output)"
 * puts them on n8n's own Error output, as n8n's nodes do: the engine moves an item whose JSON
 * is only `error` and `details` there. "Continue" puts them on the node's Not Read (or Failed)
 * output, as flat rows like every other failure.
 */
function everyDocumentFailed(
	context: IExecuteFunctions,
	jobs: Array<Pick<DocumentJob, 'itemIndex' | 'binaryField' | 'settings'>>,
	error: NodeApiError | NodeOperationError,
	outputs: INodeExecutionData[][],
	routeIndex: Record<Route, number>,
	toolMode: boolean,
): INodeExecutionData[][] {
	const toErrorOutput = !toolMode && context.getNode().onError === 'continueErrorOutput';
	const target = outputs[toErrorOutput ? routeIndex.success : routeIndex.FAILED];
	const httpStatus = error instanceof NodeApiError ? Number(error.httpCode) || null : null;
	// An agent cannot open the error's details: what to do about it goes into the reason.
	const reason = toolMode && error.description ? `${error.message}. ${error.description}` : error.message;
	for (const job of jobs) {
		const outcome = { ...localOutcome('FAILED', reason, job.binaryField, job.settings?.page), httpStatus };
		const row = shapeFailure(outcome, 'flattened');
		target.push({
			json: toErrorOutput ? { error: error.message, details: row } : { ...row, error: error.message },
			pairedItem: { item: job.itemIndex },
		});
	}
	return outputs;
}
