import {
	NodeApiError,
	NodeOperationError,
	type IBinaryKeyData,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { configuredOutputs, outputIndexes, type OutputEntry, type Route } from '../output/outputs';
import { parseConcurrency } from '../plan/readSettings';
import { mapInOrder } from './mapInOrder';
import { isToolMode, openRun, type Run } from './run';

/** Where an output item went, in the words of its first column. */
export type Outcome = 'SUCCESS' | 'NEEDS_REVIEW' | 'NOT_READ';

export function outcomeOf(route: Route): Outcome {
	return route === 'success' ? 'SUCCESS' : route === 'needsReview' ? 'NEEDS_REVIEW' : 'NOT_READ';
}

/** A problem of the whole run (a refused credential, an unusable setting), as each item reports it. */
export interface RunFailure {
	message: string;
	/** What the row's `reason` says: for an AI Agent, which cannot open the error, with what to do. */
	reason: string;
	httpStatus: number | null;
}

/**
 * What an operation tells the run skeleton. The skeleton plans once, runs every unit within the
 * run's concurrency, finishes each input item in order and routes its entries; continue-on-fail,
 * n8n's error output, tool mode, pairing, the `outcome` column, the run's hint and cancellation
 * are the skeleton's, written once for every operation.
 */
export interface Operation<Unit extends { itemIndex: number }, Done> {
	/** What the run's hint counts, e.g. "document", "vehicle file". */
	noun: string;
	/** The units of work of every input item (a document, an applicant ...). Per-item problems are units too. */
	plan(run: Run): Unit[];
	/** Does one unit. Throws only for a problem of the whole run (a refused credential) or a stop. */
	perform(unit: Unit, run: Run): Promise<Done>;
	/** An input item's output entries from its units' results, in planned order. At least one. */
	finish(itemIndex: number, done: readonly Done[], run: Run): Promise<OutputEntry[]>;
	/** The row a unit (or an item that was not planned) gives when the run as a whole failed. */
	failedRow(itemIndex: number, unit: Unit | undefined, failure: RunFailure): IDataObject;
}

/** Tool mode: every item on the one output an AI Agent reads, whatever happened to it. */
const TOOL_ROUTES: Record<Route, number> = { success: 0, needsReview: 0, NO_FILE: 0, FILE_INVALID_FORMAT: 0, FAILED: 0 };

/** A hint quotes one reason; a whole GLAIR answer or a long list stays in the row. */
const HINT_REASON_LENGTH = 240;

function asRunError(context: IExecuteFunctions, caught: unknown): NodeApiError | NodeOperationError {
	return caught instanceof NodeApiError || caught instanceof NodeOperationError ? caught : new NodeOperationError(context.getNode(), caught as Error);
}

function firstReason(json: IDataObject, outcome: Outcome): string {
	const details = (json.details ?? json) as IDataObject;
	const reviewReasons = details.review_reasons;
	const text = outcome === 'NEEDS_REVIEW' && reviewReasons ? (Array.isArray(reviewReasons) ? reviewReasons.join('; ') : String(reviewReasons)) : String(details.reason ?? json.error ?? '');
	const trimmed = text.trim().replace(/\.$/, '');
	return trimmed.length > HINT_REASON_LENGTH ? `${trimmed.slice(0, HINT_REASON_LENGTH)}…` : trimmed;
}

/**
 * A run whose items went to Not Read (or every one to Needs Review) says so where the user looks:
 * n8n shows an execution hint above the output panel, whichever output it opens on.
 */
function addRunHint(context: IExecuteFunctions, noun: string, placed: ReadonlyArray<{ outcome: Outcome; json: IDataObject }>): void {
	const notRead = placed.filter((entry) => entry.outcome === 'NOT_READ');
	const needsReview = placed.filter((entry) => entry.outcome === 'NEEDS_REVIEW');
	const plural = `${noun}s`;
	let message: string | undefined;
	if (notRead.length > 0) {
		message = `${notRead.length} of ${placed.length} ${plural} not read: ${firstReason(notRead[0].json, 'NOT_READ')}`;
	} else if (placed.length > 0 && needsReview.length === placed.length) {
		message = `${placed.length === 1 ? `The ${noun} needs` : `All ${placed.length} ${plural} need`} a person's review: ${firstReason(needsReview[0].json, 'NEEDS_REVIEW')}`;
	}
	// addExecutionHints is missing on n8n versions that predate execution hints.
	if (message) context.addExecutionHints?.({ message, type: 'warning', location: 'outputPane' });
}

/**
 * Runs an operation on every input item: every unit it plans yields its item's entries exactly
 * once, on exactly one output, paired to the input item, whatever happens to the others.
 */
export async function runOperation<Unit extends { itemIndex: number }, Done>(
	context: IExecuteFunctions,
	operation: Operation<Unit, Done>,
): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const parameters = context.getNode().parameters;
	const toolMode = isToolMode(context);
	const outputs: INodeExecutionData[][] = toolMode ? [[]] : configuredOutputs(parameters).map(() => []);
	const routeIndex = toolMode ? TOOL_ROUTES : outputIndexes(parameters);
	const placed: Array<{ outcome: Outcome; json: IDataObject }> = [];
	const place = (index: number, json: IDataObject, itemIndex: number, outcome: Outcome, binary?: IBinaryKeyData) => {
		if (index < 0) throw new NodeOperationError(context.getNode(), `Internal error: no output for the outcome "${outcome}"`);
		outputs[index].push({ json, pairedItem: { item: itemIndex }, ...(binary ? { binary } : {}) });
		placed.push({ outcome, json });
	};

	let run: Run;
	let units: Unit[] = [];
	let done: Done[];
	try {
		const concurrency = parseConcurrency((context.getNodeParameter('options', 0, {}) ?? {}) as IDataObject);
		run = openRun(context, concurrency);
		units = operation.plan(run);
		done = await mapInOrder(units, concurrency, async (unit) => await operation.perform(unit, run));
	} catch (caught) {
		const error = asRunError(context, caught);
		if (context.getExecutionCancelSignal()?.aborted) throw error;
		// The agent reads only the first output, and on n8n 1.x a tool's throw stops the whole
		// workflow: as a tool the node tells the agent what went wrong instead.
		if (!toolMode && !context.continueOnFail()) throw error;
		const failure: RunFailure = {
			message: error.message,
			reason: toolMode && error.description ? `${error.message}. ${error.description}` : error.message,
			httpStatus: error instanceof NodeApiError ? Number(error.httpCode) || null : null,
		};
		// "Continue (using error output)" puts them on n8n's own Error output, as n8n's nodes do: the
		// engine moves an item whose JSON is only `error` and `details` there. "Continue" puts them
		// on the node's Not Read (or Failed) output, as rows like every other failure.
		const toErrorOutput = !toolMode && context.getNode().onError === 'continueErrorOutput';
		const failed: Array<[number, Unit | undefined]> = units.length ? units.map((unit) => [unit.itemIndex, unit]) : items.map((_, itemIndex) => [itemIndex, undefined]);
		for (const [itemIndex, unit] of failed) {
			const row = { outcome: 'NOT_READ' as Outcome, ...operation.failedRow(itemIndex, unit, failure) };
			if (toErrorOutput) place(routeIndex.success, { error: error.message, details: row }, itemIndex, 'NOT_READ');
			else place(routeIndex.FAILED, { ...row, error: error.message }, itemIndex, 'NOT_READ');
		}
		addRunHint(context, operation.noun, placed);
		return outputs;
	}

	const byItem: Done[][] = items.map(() => []);
	units.forEach((unit, index) => byItem[unit.itemIndex].push(done[index]));
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const entries = await operation.finish(itemIndex, byItem[itemIndex], run);
		// An input item that yields nothing would vanish from the run without a trace.
		if (entries.length === 0) throw new NodeOperationError(context.getNode(), `Internal error: item ${itemIndex} gave no output`, { itemIndex });
		for (const { route, json, binary } of entries) {
			const outcome = outcomeOf(route);
			place(routeIndex[route], { outcome, ...json }, itemIndex, outcome, binary);
		}
	}
	addRunHint(context, operation.noun, placed);
	return outputs;
}
