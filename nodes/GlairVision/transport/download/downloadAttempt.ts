import type { IBinaryData, IExecuteFunctions } from 'n8n-workflow';
import { Readable, Transform, pipeline } from 'node:stream';

import type { AttemptSignal } from '../attemptSignal';
import { formatMegabytes } from '../byteSize';
import { classifyNetworkError, timeoutWords } from '../networkErrors';
import type { AttemptFailure, AttemptResult } from '../retryLoop';
import { isRetryableStatus, parseRetryAfter } from '../retryPolicy';
import { redactUrl } from './displayUrl';
import { DEFAULT_FILE_NAME, fileNameFromContentDisposition, fileNameFromUrl, mimeTypeFrom } from './fileNames';

const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

const STATUS_TEXT: Record<number, string> = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	405: 'Method Not Allowed',
	408: 'Request Timeout',
	410: 'Gone',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
	504: 'Gateway Timeout',
};

/** Why one attempt gave no file. `cause` reads after "The file at <url> ". */
export interface DownloadFailure extends AttemptFailure {
	tooLarge?: boolean;
	/** Where a redirect led when that address, not the one given, failed (as redactUrl shows it). */
	hop?: string;
}

export interface StoredFile {
	binary: IBinaryData;
	fileName: string;
	bytes: number;
	/** The status the file came with (2xx). */
	httpStatus: number;
}

/** What the attempt needs of the download's limits. */
export interface AttemptLimits {
	maxBytes: number;
	timeoutMs: number;
	cancelSignal: AbortSignal;
}

interface FullResponse {
	body: unknown;
	headers: Record<string, unknown>;
	statusCode: number;
}

/** Thrown into the body stream when the file grows past the limit. */
class TooLargeError extends Error {
	constructor(readonly bytesSoFar: number) {
		super('too large');
	}
}

function header(headers: Record<string, unknown> | undefined, name: string): string | undefined {
	const value = headers?.[name] ?? headers?.[name.toLowerCase()];
	if (Array.isArray(value)) return value.length ? String(value[0]) : undefined;
	return value === undefined || value === null ? undefined : String(value);
}

function statusReason(status: number): string {
	const text = STATUS_TEXT[status];
	const base = `answered ${status}${text ? ` (${text})` : ''}`;
	if (status === 401 || status === 403) return `${base}: the file is not public, or a signed link has expired`;
	if (status === 404 || status === 410) return `${base}: check the link`;
	return base;
}

function failed(failure: DownloadFailure): AttemptResult<StoredFile, DownloadFailure> {
	return { ok: false, failure };
}

/** An exception from n8n's HTTP helper or the body stream, in the one vocabulary; never its message. */
function requestFailure(error: unknown, timer: AttemptSignal, timeoutMs: number): DownloadFailure {
	if (timer.timedOut()) return { retryable: true, httpStatus: null, cause: `could not be downloaded: ${timeoutWords(timeoutMs)}` };
	const failure = classifyNetworkError(error, timeoutMs, 'fileServer');
	const cause = failure.kind === 'blocked' ? `was ${failure.words}` : `could not be downloaded: ${failure.words}`;
	return { retryable: failure.retryable, httpStatus: null, cause };
}

function destroyQuietly(body: unknown): void {
	if (body instanceof Readable) {
		body.on('error', () => {});
		body.destroy();
	}
}

/**
 * Requests `url` and follows its redirects, one request per hop, so that every hop goes through
 * n8n's helper (and its SSRF check) and the final address is known: its path names the file
 * better than the /download?id=... it was redirected from.
 */
async function followRedirects(
	context: IExecuteFunctions,
	url: string,
	limits: AttemptLimits,
	timer: AttemptSignal,
): Promise<{ response: FullResponse; finalUrl: string } | { failure: DownloadFailure }> {
	let currentUrl = url;
	for (let hop = 0; ; hop++) {
		let response: FullResponse;
		try {
			response = (await context.helpers.httpRequest({
				url: currentUrl,
				method: 'GET',
				encoding: 'stream',
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				disableFollowRedirect: true,
				abortSignal: timer.signal,
				headers: { accept: 'application/pdf, image/png, image/jpeg, image/tiff, */*;q=0.5' },
			})) as FullResponse;
		} catch (error) {
			limits.cancelSignal.throwIfAborted();
			const failure = requestFailure(error, timer, limits.timeoutMs);
			return { failure: hop === 0 ? failure : { ...failure, hop: redactUrl(currentUrl) } };
		}
		const location = header(response.headers, 'location');
		if (!REDIRECT_STATUSES.has(response.statusCode) || !location) {
			return { response, finalUrl: currentUrl };
		}
		destroyQuietly(response.body);
		const redirected = { retryable: false, httpStatus: response.statusCode };
		if (hop === MAX_REDIRECTS) return { failure: { ...redirected, cause: `redirected more than ${MAX_REDIRECTS} times` } };
		let next: URL | undefined;
		try {
			next = new URL(location, currentUrl);
		} catch {
			next = undefined;
		}
		if (next?.protocol !== 'http:' && next?.protocol !== 'https:') {
			return { failure: { ...redirected, cause: 'redirected to an address that is not an http(s) URL' } };
		}
		currentUrl = next.toString();
	}
}

/**
 * Streams the body into n8n's binary store, counting while it flows: past `maxBytes` the stream
 * is stopped, so the rest is never downloaded and nothing is kept.
 */
async function store(
	context: IExecuteFunctions,
	body: Readable,
	fileName: string,
	mimeType: string | undefined,
	limits: AttemptLimits,
	timer: AttemptSignal,
): Promise<Omit<StoredFile, 'httpStatus'> | { error: unknown }> {
	let bytes = 0;
	const counter = new Transform({
		transform(chunk: Buffer, _encoding, callback) {
			bytes += chunk.length;
			if (bytes > limits.maxBytes) callback(new TooLargeError(bytes));
			else callback(null, chunk);
		},
	});
	// The counter, not the response itself, goes to n8n: given an IncomingMessage and no name,
	// prepareBinaryData records its full response URL (query string and all) as `directory`.
	const onAbort = () => body.destroy(new Error('aborted'));
	timer.signal.addEventListener('abort', onAbort, { once: true });
	let streamError: unknown;
	pipeline(body, counter, (error) => {
		if (error) streamError ??= error;
	});
	try {
		const binary = await context.helpers.prepareBinaryData(counter, fileName, mimeType);
		if (streamError) throw streamError;
		return { binary, fileName, bytes };
	} catch (error) {
		limits.cancelSignal.throwIfAborted();
		return { error: streamError instanceof TooLargeError ? streamError : (streamError ?? error) };
	} finally {
		timer.signal.removeEventListener('abort', onAbort);
		destroyQuietly(body);
	}
}

/** One attempt at a download: the request (and its redirects), then the file into the store. */
export async function downloadAttempt(
	context: IExecuteFunctions,
	url: string,
	limits: AttemptLimits,
	timer: AttemptSignal,
): Promise<AttemptResult<StoredFile, DownloadFailure>> {
	const reached = await followRedirects(context, url, limits, timer);
	if ('failure' in reached) return failed(reached.failure);
	const { response, finalUrl } = reached;
	const { statusCode, headers, body } = response;
	const hop = finalUrl === url ? {} : { hop: redactUrl(finalUrl) };
	if (statusCode < 200 || statusCode > 299) {
		destroyQuietly(body);
		return failed({
			retryable: isRetryableStatus(statusCode),
			httpStatus: statusCode,
			cause: statusCode >= 300 && statusCode < 400 ? `answered ${statusCode} without a usable redirect` : statusReason(statusCode),
			retryAfterMs: parseRetryAfter(header(headers, 'retry-after')),
			...hop,
		});
	}
	if (!(body instanceof Readable)) return failed({ retryable: false, httpStatus: statusCode, cause: 'answered without a body' });

	const declared = Number(header(headers, 'content-length'));
	if (Number.isFinite(declared) && declared > limits.maxBytes) {
		destroyQuietly(body);
		const cause = `is ${formatMegabytes(declared)}, over the ${formatMegabytes(limits.maxBytes)} limit (nothing was downloaded)`;
		return failed({ retryable: false, httpStatus: statusCode, tooLarge: true, cause });
	}

	const fileName =
		fileNameFromContentDisposition(header(headers, 'content-disposition')) ??
		fileNameFromUrl(finalUrl) ??
		fileNameFromUrl(url) ??
		DEFAULT_FILE_NAME;
	const stored = await store(context, body, fileName, mimeTypeFrom(header(headers, 'content-type')), limits, timer);
	if (!('error' in stored)) return { ok: true, value: { ...stored, httpStatus: statusCode } };
	if (stored.error instanceof TooLargeError) {
		const cause = `is larger than the ${formatMegabytes(limits.maxBytes)} limit (the download was stopped after ${formatMegabytes(stored.error.bytesSoFar)})`;
		return failed({ retryable: false, httpStatus: statusCode, tooLarge: true, cause });
	}
	return failed({ ...requestFailure(stored.error, timer, limits.timeoutMs), ...hop });
}
