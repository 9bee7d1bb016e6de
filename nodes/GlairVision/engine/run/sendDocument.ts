import type { DocumentSpec } from '../../documents/spec';
import type { UploadSource } from '../../transport/multipart';
import { sendWithRetries } from '../../transport/sendWithRetries';
import type { DocumentOutcome } from '../outcome';
import type { ReadSettings } from '../plan/readSettings';
import { parseGlairAnswer } from '../response/parseAnswer';
import { refuseCredential } from './callGlair';
import type { Run } from './run';

/** Which upload this is, for the outcome: everything known before GLAIR answers. */
export interface UploadedDocument {
	fileName: string;
	binaryField: string;
	page: number | undefined;
	itemIndex: number;
}

/**
 * Sends one upload (with retries) and turns GLAIR's answer into an outcome. Only a refused
 * credential throws: it is the same for every document of the run.
 */
export async function sendDocument(
	run: Run,
	spec: DocumentSpec,
	settings: ReadSettings,
	upload: UploadSource,
	uploaded: UploadedDocument,
): Promise<DocumentOutcome> {
	const { context } = run;
	const sent = await sendWithRetries({
		credentials: await run.credentials(),
		path: settings.checkImageQuality && spec.quality ? spec.quality.path : spec.path,
		upload,
		page: uploaded.page,
		settings: settings.retry,
		gate: run.gate,
		cancelSignal: run.cancelSignal,
		onAttemptFailed: ({ attempt, httpStatus, delayMs, cause }) =>
			context.logger.debug('GLAIR Vision: retrying a document', { attempt, httpStatus, delayMs, cause }),
	});
	const document = { fileName: uploaded.fileName, binaryField: uploaded.binaryField, page: uploaded.page, fileSha256: '' };
	if (sent.kind === 'gaveUp') {
		const { reason, requestId, httpStatus, attempts, retryable } = sent;
		return { ...document, status: 'FAILED', reason, requestId, httpStatus, attempts, retryable };
	}
	if (sent.httpStatus === 401 || sent.httpStatus === 403) {
		const product = { endpoint: `the ${spec.shortName} endpoint`, action: `Read ${spec.shortName}`, product: spec.shortName };
		refuseCredential(run, sent.httpStatus, sent.requestId, product, uploaded.itemIndex);
	}

	const reading = parseGlairAnswer(spec, sent.httpStatus, sent.contentType, sent.bodyText);
	// Ids and statuses only: response bodies hold names, NIK and addresses.
	context.logger.debug('GLAIR Vision: document answered', {
		requestId: sent.requestId,
		httpStatus: sent.httpStatus,
		attempts: sent.attempts,
		status: reading.kind === 'document' ? reading.status : 'unreadable',
	});
	const answered = { ...document, requestId: sent.requestId, httpStatus: sent.httpStatus, attempts: sent.attempts, body: reading.body };
	if (reading.kind === 'unreadable') return { ...answered, status: 'FAILED', reason: reading.reason, retryable: false };
	const { status, reason, read, tables, images, qualities } = reading;
	return { ...answered, status, reason, read, tables, images, qualities, ...(status === 'SUCCESS' ? {} : { retryable: false }) };
}

