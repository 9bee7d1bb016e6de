import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { localOutcome, planDocuments, type DocumentJob } from '../../helpers/documentPlan';
import { mapInOrder } from '../../helpers/mapInOrder';
import { toOutputItem } from '../../helpers/outputItem';
import { configuredOutputs, outputIndexes, type Route } from '../../helpers/outputs';
import { checkBaseUrl, parseConcurrency } from '../../helpers/readSettings';
import { readDocument, type DocumentResult, type RunContext } from '../../helpers/readDocument';
import { shapeFailure } from '../../helpers/shapeOutput';
import { RequestGate } from '../../transport/requestGate';
import { readDescription } from './read.description';

export const description = readDescription;

async function runContext(context: IExecuteFunctions, concurrency: number): Promise<RunContext> {
	const credential = await context.getCredentials('glairVisionApi');
	const run: RunContext = {
		gate: new RequestGate(concurrency),
		cancelSignal: context.getExecutionCancelSignal() ?? new AbortController().signal,
	};
	try {
		run.credentials = {
			username: String(credential.username ?? ''),
			password: String(credential.password ?? ''),
			apiKey: String(credential.apiKey ?? ''),
			baseUrl: checkBaseUrl(credential.baseUrl),
		};
	} catch (error) {
		// Reported on every document rather than thrown, so the run still accounts for each one.
		run.credentialProblem = (error as Error).message;
	}
	return run;
}

/**
 * Read BPKB: every document of every input item is read (a few at a time), and each yields
 * exactly one output item on exactly one output, paired to its input item.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const nodeParameters = this.getNode().parameters;
	const outputs: INodeExecutionData[][] = configuredOutputs(nodeParameters).map(() => []);
	const routeIndex = outputIndexes(nodeParameters);

	let concurrency: number;
	try {
		concurrency = parseConcurrency(this.getNodeParameter('options', 0, {}) as IDataObject);
	} catch (error) {
		throw new NodeOperationError(this.getNode(), (error as Error).message);
	}
	const run = await runContext(this, concurrency);
	const jobs = planDocuments(this, items);

	let results: DocumentResult[];
	try {
		results = await mapInOrder(jobs, concurrency, async (job) => await readDocument(this, job, run));
	} catch (error) {
		if (error instanceof NodeApiError && this.continueOnFail()) {
			return credentialRefusedOnEveryDocument(jobs, error, outputs, routeIndex);
		}
		throw error instanceof NodeApiError ? error : new NodeOperationError(this.getNode(), error as Error);
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
			read.push({ job, outcome: localOutcome('NO_FILE', reason, '', job.settings) });
		}
		for (const { job, outcome } of read) {
			const { route, item } = toOutputItem(job, outcome!, items[itemIndex], skippedNotes);
			outputs[routeIndex[route]].push(item);
		}
	}
	return outputs;
}

/** n8n's "On Error: Continue": a refused credential puts every document on the error path. */
function credentialRefusedOnEveryDocument(
	jobs: DocumentJob[],
	error: NodeApiError,
	outputs: INodeExecutionData[][],
	routeIndex: Record<Route, number>,
): INodeExecutionData[][] {
	const failed = outputs[routeIndex.FAILED];
	for (const job of jobs) {
		const outcome = { ...localOutcome('FAILED', error.message, job.binaryField, job.settings), httpStatus: Number(error.httpCode) || null };
		failed.push({ json: { ...shapeFailure(outcome, 'flattened'), error: error.message }, pairedItem: { item: job.itemIndex } });
	}
	return outputs;
}
