import { NodeApiError, type IExecuteFunctions, type JsonObject } from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import type { GlairCredentials } from '../../transport/glairClient';
import type { RequestGate } from '../../transport/requestGate';
import { sendWithRetries } from '../../transport/sendWithRetries';
import { prepareDocument } from '../input/prepareDocument';
import { localOutcome, type DocumentOutcome } from '../outcome';
import type { DocumentJob } from '../plan/planDocuments';
import { readGlairAnswer } from '../response/readAnswer';

/** What the documents of one run share. */
export interface RunContext {
	spec: DocumentSpec;
	/** Undefined when the credential's Base URL is unusable; `credentialProblem` says why. */
	credentials?: GlairCredentials;
	credentialProblem?: string;
	gate: RequestGate;
	cancelSignal: AbortSignal;
}

export type DocumentResult = { job: DocumentJob } & (
	| { outcome: DocumentOutcome; skippedNote?: undefined }
	| { outcome?: undefined; skippedNote: string }
);

function credentialRefusal(httpStatus: number, spec: DocumentSpec): { message: string; description: string } {
	return httpStatus === 401
		? {
				message: 'GLAIR refused the credential (401): wrong username or password, or a missing API key',
				description:
					"Open the GLAIR Vision credential and check Username, Password and API Key as GLAIR issued them. Use the credential's Test button to confirm.",
			}
		: {
				message: `GLAIR refused the credential (403): it is not allowed to use the ${spec.shortName} endpoint`,
				description: `The login works, but this account may not call Read ${spec.shortName}. Ask GLAIR to enable the ${spec.shortName} product for your API key.`,
			};
}

/**
 * Reads one document: checks the file, sends it (with retries) and turns GLAIR's answer into
 * an outcome. Only a refused credential throws: it is the same for every document of the run.
 */
export async function readDocument(context: IExecuteFunctions, job: DocumentJob, run: RunContext): Promise<DocumentResult> {
	if (job.refusal) return { job, outcome: job.refusal };
	const settings = job.settings!;
	const { spec } = run;
	if (!run.credentials) {
		return { job, outcome: localOutcome('FAILED', run.credentialProblem ?? 'No GLAIR Vision credential', job.binaryField, settings.page) };
	}

	const prepared = await prepareDocument(context, job.itemIndex, job.binaryField, settings.maxFileSizeMb, spec.fileTypes);
	if (prepared.kind === 'rejected') {
		if (prepared.notADocument && settings.skipNonDocuments && job.fromWildcard) {
			return { job, skippedNote: `${prepared.fileName} (${prepared.whatItIs})` };
		}
		return { job, outcome: localOutcome(prepared.status, prepared.reason, job.binaryField, settings.page, prepared.fileName) };
	}

	const sent = await sendWithRetries({
		credentials: run.credentials,
		path: settings.checkImageQuality && spec.quality ? spec.quality.path : spec.path,
		upload: prepared.upload,
		page: settings.page,
		settings: settings.retry,
		gate: run.gate,
		cancelSignal: run.cancelSignal,
		onAttemptFailed: ({ attempt, httpStatus, delayMs, cause }) =>
			context.logger.debug('GLAIR Vision: retrying a document', { attempt, httpStatus, delayMs, cause }),
	});
	const document = { fileName: prepared.fileName, binaryField: job.binaryField, page: settings.page };
	if (sent.kind === 'gaveUp') {
		const { reason, requestId, httpStatus, attempts } = sent;
		return { job, outcome: { ...document, status: 'FAILED', reason, requestId, httpStatus, attempts, retryable: true } };
	}
	if (sent.httpStatus === 401 || sent.httpStatus === 403) {
		const refusal = credentialRefusal(sent.httpStatus, spec);
		throw new NodeApiError(context.getNode(), { message: refusal.message, httpCode: sent.httpStatus } as unknown as JsonObject, {
			message: refusal.message,
			description: `${refusal.description}${sent.requestId ? ` Request id: ${sent.requestId}.` : ''}`,
			httpCode: String(sent.httpStatus),
			itemIndex: job.itemIndex,
		});
	}

	const reading = readGlairAnswer(spec, sent.httpStatus, sent.contentType, sent.bodyText);
	// Ids and statuses only: response bodies hold names, NIK and addresses.
	context.logger.debug('GLAIR Vision: document answered', {
		requestId: sent.requestId,
		httpStatus: sent.httpStatus,
		attempts: sent.attempts,
		status: reading.kind === 'document' ? reading.status : 'unreadable',
	});
	const answered = { ...document, requestId: sent.requestId, httpStatus: sent.httpStatus, attempts: sent.attempts, body: reading.body };
	if (reading.kind === 'unreadable') {
		return { job, outcome: { ...answered, status: 'FAILED', reason: reading.reason, retryable: false } };
	}
	const { status, reason, read, images, qualities } = reading;
	return {
		job,
		outcome: { ...answered, status, reason, read, images, qualities, ...(status === 'SUCCESS' ? {} : { retryable: false }) },
	};
}
