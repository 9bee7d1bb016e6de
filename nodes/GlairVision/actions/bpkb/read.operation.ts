import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';

import { annotateDocument } from '../../helpers/annotateDocument';
import { selectBinaryFields } from '../../helpers/binaryFields';
import { prepareDocument } from '../../helpers/documentInput';
import { mapInOrder } from '../../helpers/mapInOrder';
import { configuredOutputs, outputIndexFor, type Route } from '../../helpers/outputs';
import {
	SettingsError,
	checkBaseUrl,
	parseConcurrency,
	parseReadSettings,
	type ReadSettings,
} from '../../helpers/readSettings';
import { readGlairAnswer } from '../../helpers/responseReader';
import { shapeFailure, shapeSuccess, type DocumentOutcome } from '../../helpers/shapeOutput';
import { BPKB_PATH, type GlairCredentials } from '../../transport/glairClient';
import { RequestGate } from '../../transport/requestGate';
import { sendWithRetries } from '../../transport/sendWithRetries';
import { readDescription } from './read.description';

export const description = readDescription;

/** One file to read: an input item's binary field, or a reason it cannot be read at all. */
interface DocumentJob {
	itemIndex: number;
	binaryField: string;
	settings?: ReadSettings;
	/** Set when the item is refused before any file is opened (bad settings, no such field). */
	refusal?: DocumentOutcome;
	/** Matched by a wildcard, so it may be skipped when it is not a document. */
	fromWildcard: boolean;
}

interface DocumentResult {
	job: DocumentJob;
	outcome?: DocumentOutcome;
	skippedNote?: string;
}

function localOutcome(
	status: DocumentOutcome['status'],
	reason: string,
	binaryField: string,
	fileName = '',
	settings?: ReadSettings,
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

function credentialRefusal(httpStatus: number): { message: string; description: string } {
	return httpStatus === 401
		? {
				message: 'GLAIR refused the credential (401): wrong username or password, or a missing API key',
				description:
					'Open the GLAIR Vision credential and check Username, Password and API Key as GLAIR issued them. Use the credential\'s Test button to confirm.',
			}
		: {
				message: 'GLAIR refused the credential (403): it is not allowed to use the BPKB endpoint',
				description:
					'The login works, but this account may not call Read BPKB. Ask GLAIR to enable the BPKB product for your API key.',
			};
}

/** Splits every input item into the documents it holds, in a stable order. */
function planDocuments(context: IExecuteFunctions, items: INodeExecutionData[]): DocumentJob[] {
	const jobs: DocumentJob[] = [];
	items.forEach((item, itemIndex) => {
		let settings: ReadSettings;
		try {
			settings = parseReadSettings({
				binaryPropertyName: context.getNodeParameter('binaryPropertyName', itemIndex),
				page: context.getNodeParameter('page', itemIndex),
				output: context.getNodeParameter('output', itemIndex),
				options: context.getNodeParameter('options', itemIndex, {}) as IDataObject,
			});
		} catch (error) {
			if (!(error instanceof SettingsError)) throw new NodeOperationError(context.getNode(), error as Error, { itemIndex });
			jobs.push({ itemIndex, binaryField: '', fromWildcard: false, refusal: localOutcome('FAILED', error.message, '') });
			return;
		}
		const available = Object.keys(item.binary ?? {});
		const { fields, missing } = selectBinaryFields(settings.binaryPropertyName, available);
		const has = available.length
			? `This item has: ${available.join(', ')}.`
			: 'This item has no binary data at all: check the node before this one (e.g. that the email had attachments).';
		for (const binaryField of missing) {
			const reason = `No binary field "${binaryField}" on this item. ${has} Put the right name in Input Binary Field.`;
			jobs.push({ itemIndex, binaryField, fromWildcard: false, settings, refusal: localOutcome('NO_FILE', reason, binaryField, '', settings) });
		}
		if (fields.length === 0 && missing.length === 0) {
			const reason = `No binary field matches "${settings.binaryPropertyName}". ${has}`;
			jobs.push({
				itemIndex,
				binaryField: settings.binaryPropertyName,
				fromWildcard: true,
				settings,
				refusal: localOutcome('NO_FILE', reason, settings.binaryPropertyName, '', settings),
			});
		}
		for (const binaryField of fields) {
			jobs.push({ itemIndex, binaryField, settings, fromWildcard: settings.binaryPropertyName.includes('*') });
		}
	});
	return jobs;
}

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const nodeParameters = this.getNode().parameters;
	const outputs: INodeExecutionData[][] = configuredOutputs(nodeParameters).map(() => []);
	const rawCredentials = await this.getCredentials('glairVisionApi');
	const cancelSignal = this.getExecutionCancelSignal() ?? new AbortController().signal;

	let concurrency: number;
	try {
		concurrency = parseConcurrency(this.getNodeParameter('options', 0, {}) as IDataObject);
	} catch (error) {
		throw new NodeOperationError(this.getNode(), (error as Error).message);
	}

	let baseUrlProblem: string | undefined;
	let credentials: GlairCredentials | undefined;
	try {
		credentials = {
			username: String(rawCredentials.username ?? ''),
			password: String(rawCredentials.password ?? ''),
			apiKey: String(rawCredentials.apiKey ?? ''),
			baseUrl: checkBaseUrl(rawCredentials.baseUrl),
		};
	} catch (error) {
		baseUrlProblem = (error as Error).message;
	}

	const gate = new RequestGate(concurrency);

	const readOne = async (job: DocumentJob): Promise<DocumentResult> => {
		if (job.refusal) return { job, outcome: job.refusal };
		const settings = job.settings!;
		if (baseUrlProblem || !credentials) {
			return { job, outcome: localOutcome('FAILED', baseUrlProblem ?? 'No credential', job.binaryField, '', settings) };
		}
		const prepared = await prepareDocument(this, job.itemIndex, job.binaryField, settings.maxFileSizeMb);
		if (prepared.kind === 'rejected') {
			if (prepared.notADocument && settings.skipNonDocuments && job.fromWildcard) {
				return { job, skippedNote: `${prepared.fileName} (${prepared.whatItIs})` };
			}
			return { job, outcome: localOutcome(prepared.status, prepared.reason, job.binaryField, prepared.fileName, settings) };
		}

		const base = {
			fileName: prepared.fileName,
			binaryField: job.binaryField,
			page: settings.page,
		};
		const sent = await sendWithRetries({
			credentials,
			path: BPKB_PATH,
			upload: prepared.upload,
			page: settings.page,
			settings: settings.retry,
			gate,
			cancelSignal,
			onAttemptFailed: ({ attempt, httpStatus, delayMs, cause }) =>
				this.logger.debug('GLAIR Vision: retrying a document', { attempt, httpStatus, delayMs, cause }),
		});
		if (sent.kind === 'gaveUp') {
			return {
				job,
				outcome: { ...base, status: 'FAILED', reason: sent.reason, requestId: sent.requestId, httpStatus: sent.httpStatus, attempts: sent.attempts, retryable: true },
			};
		}
		if (sent.httpStatus === 401 || sent.httpStatus === 403) {
			const refusal = credentialRefusal(sent.httpStatus);
			throw new NodeApiError(this.getNode(), { message: refusal.message, httpCode: sent.httpStatus } as unknown as JsonObject, {
				message: refusal.message,
				description: `${refusal.description}${sent.requestId ? ` Request id: ${sent.requestId}.` : ''}`,
				httpCode: String(sent.httpStatus),
				itemIndex: job.itemIndex,
			});
		}
		const reading = readGlairAnswer(sent.httpStatus, sent.contentType, sent.bodyText);
		const answered = { ...base, requestId: sent.requestId, httpStatus: sent.httpStatus, attempts: sent.attempts };
		this.logger.debug('GLAIR Vision: document answered', {
			requestId: sent.requestId,
			httpStatus: sent.httpStatus,
			attempts: sent.attempts,
			status: reading.kind === 'document' ? reading.status : 'unreadable',
		});
		if (reading.kind === 'unreadable') {
			return { job, outcome: { ...answered, status: 'FAILED', reason: reading.reason, retryable: false, body: reading.body } };
		}
		return {
			job,
			outcome: {
				...answered,
				status: reading.status,
				reason: reading.reason,
				read: reading.read,
				body: reading.body,
				...(reading.status === 'SUCCESS' ? {} : { retryable: false }),
			},
		};
	};

	const toItem = (result: DocumentResult, outcome: DocumentOutcome, skipped: string[]) => {
		const { job } = result;
		const settings = job.settings;
		let route: Route;
		let json: IDataObject;
		if (outcome.status === 'SUCCESS' && settings) {
			const annotations = annotateDocument(outcome, settings);
			route = annotations?.reviewReasons?.length ? 'needsReview' : 'success';
			json = shapeSuccess(outcome, { format: settings.format, includeConfidence: settings.includeConfidence, includeOriginalValue: settings.includeOriginalValue }, annotations);
		} else {
			route = outcome.status === 'SUCCESS' ? 'FAILED' : outcome.status;
			json = shapeFailure(outcome, settings?.format ?? 'flattened');
		}
		if (settings?.skipNonDocuments) json.skipped = skipped.join('; ');
		const item: INodeExecutionData = { json, pairedItem: { item: job.itemIndex } };
		const binary = items[job.itemIndex].binary?.[job.binaryField];
		if (binary && settings?.includeBinary !== false) item.binary = { [job.binaryField]: binary };
		outputs[outputIndexFor(route, nodeParameters)].push(item);
	};

	const jobs = planDocuments(this, items);
	let results: DocumentResult[];
	try {
		results = await mapInOrder(jobs, concurrency, readOne);
	} catch (error) {
		if (error instanceof NodeApiError && this.continueOnFail()) {
			// n8n's "On Error: Continue": every document of the run lands on the error path.
			for (const job of jobs) {
				const outcome = localOutcome('FAILED', error.message, job.binaryField, '', job.settings);
				outputs[outputIndexFor('FAILED', nodeParameters)].push({
					json: { ...shapeFailure({ ...outcome, httpStatus: Number(error.httpCode) || null }, 'flattened'), error: error.message },
					pairedItem: { item: job.itemIndex },
				});
			}
			return outputs;
		}
		throw error instanceof NodeApiError ? error : new NodeOperationError(this.getNode(), error as Error);
	}

	// Skipped files are noted on their item's documents; an item with nothing left still
	// yields one item, so no input disappears without a trace.
	items.forEach((_item, itemIndex) => {
		const ofItem = results.filter((result) => result.job.itemIndex === itemIndex);
		const skipped = ofItem.flatMap((result) => (result.skippedNote ? [result.skippedNote] : []));
		const read = ofItem.filter((result) => result.outcome);
		if (read.length === 0 && ofItem.length > 0) {
			const job = ofItem[0].job;
			const reason = `Every file on this item was skipped as not a document: ${skipped.join('; ')}.`;
			toItem({ job: { ...job, binaryField: '' } }, localOutcome('NO_FILE', reason, '', '', job.settings), skipped);
			return;
		}
		for (const result of read) toItem(result, result.outcome!, skipped);
	});
	return outputs;
}
