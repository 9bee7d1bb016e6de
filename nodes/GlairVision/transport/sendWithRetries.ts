import type { GlairCredentials } from './glairClient';
import { exchangeWithGlair, type SendOutcome } from './glairExchange';
import { ocrParts, type UploadSource } from './multipart';
import type { RequestGate } from './requestGate';
import type { AttemptFailedDetail, RetrySettings } from './retryLoop';

export type { RetrySettings } from './retryLoop';
export type { SendOutcome } from './glairExchange';

/** One OCR read: a document's file to an OCR endpoint, optionally one page of it. */
export interface SendRequest {
	credentials: GlairCredentials;
	path: string;
	upload: UploadSource;
	page: number | undefined;
	settings: RetrySettings;
	gate: RequestGate;
	/** The execution's cancel signal: stopping the workflow ends uploads and back-offs at once. */
	cancelSignal: AbortSignal;
	onAttemptFailed?: (detail: AttemptFailedDetail) => void;
}

/**
 * Uploads one document to an OCR endpoint (file part `image`, text part `page` when one page is
 * asked for), with the retries of exchangeWithGlair.
 */
export async function sendWithRetries(request: SendRequest): Promise<SendOutcome> {
	const { upload, page, ...exchange } = request;
	return await exchangeWithGlair({ ...exchange, method: 'POST', body: { kind: 'multipart', parts: ocrParts(upload, page) } });
}
