/**
 * A document by URL: downloads one file through n8n's own HTTP helper (so the instance's SSRF
 * protection and HTTP_PROXY / HTTPS_PROXY / NO_PROXY settings apply), streamed straight into
 * n8n's binary store, with a size cap enforced while the bytes arrive, and the node's one retry
 * loop (per-attempt timeout, back-off) that uploads to GLAIR use too.
 *
 * No text this module produces, returns or logs holds more of a URL than its scheme, host and
 * file name (messages) or its scheme and host (logs): see displayUrl.ts. n8n's error objects are
 * never passed on (axios errors carry the full request URL in their config), only words chosen
 * here. No file name is logged: names often carry a person's name or NIK.
 *
 * A download that fails is an outcome (`kind: 'failed'`), never an exception; only a stopped
 * execution throws (the cancel signal's reason), so the engine can end the run.
 */
import type { IBinaryData, IExecuteFunctions } from 'n8n-workflow';

import { attemptsText, withRetries, type AttemptFailedDetail, type RetrySettings } from '../retryLoop';
import { hostOf, redactUrl } from './displayUrl';
import { downloadAttempt, type DownloadFailure } from './downloadAttempt';

/**
 * The node's own retry settings (`ReadSettings.retry`: Max Retries, Timeout, Retry Delay) plus the
 * size cap and the execution's cancel signal. `timeoutMs` is per attempt, from the request until
 * the last byte is stored; retries follow 429, 5xx, timeouts and network failures.
 */
export interface DownloadLimits extends RetrySettings {
	/** Refuse a file larger than this, as soon as the Content-Length or the bytes so far say so. */
	maxBytes: number;
	/** The execution's cancel signal (`this.getExecutionCancelSignal()`). */
	cancelSignal: AbortSignal;
	/** Called before each back-off; the cause names no URL. */
	onAttemptFailed?: (detail: AttemptFailedDetail) => void;
}

export type DownloadOutcome =
	| {
			kind: 'downloaded';
			/** Stored in n8n's binary store (filesystem, S3, database: whatever the instance uses). */
			binary: IBinaryData;
			fileName: string;
			/** The URL as messages show it: scheme, host and file name (see redactUrl). */
			displayUrl: string;
			bytes: number;
			attempts: number;
			/** The status the file came with (2xx). */
			httpStatus: number;
	  }
	| {
			kind: 'failed';
			/** One sentence, safe to put in an item or an error. */
			reason: string;
			/** The last HTTP status seen, or null when no answer came (network, timeout, refused URL). */
			httpStatus: number | null;
			/** True when the failure was of a kind that trying later may fix (429, 5xx, network). */
			retryable: boolean;
			/** True when the file was refused for its size (by its Content-Length or while streaming). */
			tooLarge?: boolean;
			displayUrl: string;
			attempts: number;
	  };

/** "answered 404 ...", or "redirected to <hop>, which answered 404 ..." when a redirect led there. */
function whatHappened(failure: DownloadFailure): string {
	return failure.hop === undefined ? failure.cause : `redirected to ${failure.hop}, which ${failure.cause}`;
}

/**
 * Downloads `url` into n8n's binary store for the item at `itemIndex`. Resolves with the stored
 * binary or with a failure to report on that item; throws only when the execution is stopped.
 */
export async function downloadToBinary(
	context: IExecuteFunctions,
	itemIndex: number,
	url: unknown,
	limits: DownloadLimits,
): Promise<DownloadOutcome> {
	limits.cancelSignal.throwIfAborted();
	const text = typeof url === 'string' ? url.trim() : '';
	const displayUrl = redactUrl(text);
	const refuse = (reason: string): DownloadOutcome => ({ kind: 'failed', reason, httpStatus: null, retryable: false, displayUrl, attempts: 0 });

	if (text === '') return refuse('No file URL was given: set File URL to the http(s) address of the document.');
	let parsed: URL;
	try {
		parsed = new URL(text);
	} catch {
		return refuse(`"${displayUrl}" is not a URL: File URL must be a full http:// or https:// address.`);
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
		return refuse(`File URL must start with http:// or https:// (got ${parsed.protocol.replace(/:$/, '')}).`);
	}

	const host = hostOf(text);
	const result = await withRetries({
		settings: limits,
		cancelSignal: limits.cancelSignal,
		attempt: async (timer, attempt, maxAttempts) => {
			context.logger.debug(`GLAIR Vision: downloading a file from ${host} (attempt ${attempt} of ${maxAttempts})`, { itemIndex });
			return await downloadAttempt(context, text, limits, timer);
		},
		onAttemptFailed: (detail) => {
			context.logger.warn(`GLAIR Vision: download from ${host} failed (${detail.cause}); trying again in ${detail.delayMs} ms`, { itemIndex });
			limits.onAttemptFailed?.(detail);
		},
	});
	if (result.ok) {
		const { binary, fileName, bytes, httpStatus } = result.value;
		context.logger.debug(`GLAIR Vision: downloaded a file from ${host} (${bytes} bytes)`, { itemIndex });
		return { kind: 'downloaded', binary, fileName, displayUrl, bytes, attempts: result.attempts, httpStatus };
	}
	const { failure, attempts } = result;
	const tried = failure.retryable && attempts > 1 ? ` (gave up after ${attemptsText(attempts)})` : '';
	return {
		kind: 'failed',
		reason: `The file at ${displayUrl} ${whatHappened(failure)}${tried}.`,
		httpStatus: failure.httpStatus,
		retryable: failure.retryable,
		...(failure.tooLarge ? { tooLarge: true } : {}),
		displayUrl,
		attempts,
	};
}
