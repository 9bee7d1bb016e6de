/**
 * A document by URL: downloads one file through n8n's own HTTP helper (so the instance's SSRF
 * protection and HTTP_PROXY / HTTPS_PROXY / NO_PROXY settings apply), streamed straight into
 * n8n's binary store, with a size cap enforced while the bytes arrive, a per-attempt timeout and
 * the same back-off as uploads to GLAIR.
 *
 * Signed URLs carry their token in the query string (X-Amz-Signature=..., sig=...). No text this
 * module produces, returns or logs contains a query string, a fragment or user:password@: every
 * URL goes through `redactUrl` first. n8n's error objects are never passed on (axios errors
 * carry the full request URL in their config), only words chosen here.
 *
 * A download that fails is an outcome (`kind: 'failed'`), never an exception; only a stopped
 * execution throws (the cancel signal's reason), so the engine can end the run.
 */
import type { IBinaryData, IExecuteFunctions } from 'n8n-workflow';
import { Readable, Transform, pipeline } from 'node:stream';

import { backoffDelayMs, isRetryableStatus, parseRetryAfter } from '../../transport/retryPolicy';
import type { RetrySettings } from '../../transport/sendWithRetries';
import { sleep } from '../../transport/sleep';

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
	/** Called before each back-off; the cause names the URL only as redactUrl shows it. */
	onAttemptFailed?: (detail: { attempt: number; httpStatus: number | null; delayMs: number; cause: string }) => void;
}

export type DownloadOutcome =
	| {
			kind: 'downloaded';
			/** Stored in n8n's binary store (filesystem, S3, database: whatever the instance uses). */
			binary: IBinaryData;
			fileName: string;
			/** The URL without query string, fragment or credentials. */
			displayUrl: string;
			bytes: number;
			attempts: number;
	  }
	| {
			kind: 'failed';
			/** One sentence, safe to put in an item, an error or a log. */
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

const MEGABYTE = 1024 * 1024;
const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const MAX_FILE_NAME_LENGTH = 200;
const DEFAULT_FILE_NAME = 'document';

/** http(s)://host/path, without user:password@, query string or fragment. */
export function redactUrl(url: string): string {
	let parsed: URL;
	try {
		parsed = new URL(url.trim());
	} catch {
		// Not a URL: keep what comes before any '?' or '#', and no more than a line of it.
		const cut = url.trim().split(/[?#]/, 1)[0].replace(/^[^/]*@/, '');
		return cut.length > 120 ? `${cut.slice(0, 120)}…` : cut;
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `${parsed.protocol}…`;
	return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
}

/** A file name safe to store and show: no directories, no control characters, not too long. */
export function sanitizeFileName(name: string | undefined): string | undefined {
	if (name === undefined) return undefined;
	const cleaned = name.replace(/[\u0000-\u001f\u007f]/g, '').split(/[/\\]/).pop()!.replace(/[<>:"|?*]/g, '_').trim();
	if (cleaned === '' || cleaned === '.' || cleaned === '..') return undefined;
	return cleaned.length > MAX_FILE_NAME_LENGTH ? cleaned.slice(cleaned.length - MAX_FILE_NAME_LENGTH) : cleaned;
}

function decodeOrKeep(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** `filename*=UTF-8''...` (RFC 6266 / 5987) wins over `filename="..."`. */
export function fileNameFromContentDisposition(header: string | undefined): string | undefined {
	if (!header) return undefined;
	const extended = /filename\*\s*=\s*([^;]+)/i.exec(header);
	if (extended) {
		const value = extended[1].trim().replace(/^"(.*)"$/, '$1');
		const match = /^([\w-]*)'[^']*'(.*)$/.exec(value);
		const name = sanitizeFileName(decodeOrKeep(match ? match[2] : value));
		if (name) return name;
	}
	const plain = /(?:^|;)\s*filename\s*=\s*("((?:\\.|[^"\\])*)"|[^;]*)/i.exec(header);
	if (plain) {
		const value = plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : plain[1].trim();
		return sanitizeFileName(value);
	}
	return undefined;
}

/** The last segment of the URL's path, decoded; never anything of its query string. */
export function fileNameFromUrl(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		const segments = new URL(url).pathname.split('/').filter((segment) => segment !== '');
		return sanitizeFileName(decodeOrKeep(segments.at(-1) ?? ''));
	} catch {
		return undefined;
	}
}

function header(headers: Record<string, unknown> | undefined, name: string): string | undefined {
	const value = headers?.[name] ?? headers?.[name.toLowerCase()];
	if (Array.isArray(value)) return value.length ? String(value[0]) : undefined;
	return value === undefined || value === null ? undefined : String(value);
}

function mimeTypeFrom(contentType: string | undefined): string | undefined {
	const media = contentType?.split(';')[0].trim().toLowerCase();
	// A generic type says nothing: let n8n guess from the file name instead.
	if (!media || media === 'application/octet-stream' || !/^[\w.+-]+\/[\w.+-]+$/.test(media)) return undefined;
	return media;
}

function megabytes(bytes: number): string {
	const mb = bytes / MEGABYTE;
	return mb >= 10 ? mb.toFixed(0) : mb.toFixed(1).replace(/\.0$/, '');
}

function errorCode(error: unknown): string | undefined {
	const seen = new Set<unknown>();
	let current: unknown = error;
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string' && code !== '') return code;
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}

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

function statusReason(status: number): string {
	const text = STATUS_TEXT[status];
	const base = `answered ${status}${text ? ` (${text})` : ''}`;
	if (status === 401 || status === 403) return `${base}: the file is not public, or a signed link has expired`;
	if (status === 404 || status === 410) return `${base}: check the link`;
	return base;
}

interface AttemptFailure {
	kind: 'attemptFailed';
	retryable: boolean;
	httpStatus: number | null;
	/** Words that follow the URL, e.g. "answered 404 (Not Found)". */
	cause: string;
	retryAfterMs?: number;
	tooLarge?: boolean;
}

interface AttemptSuccess {
	kind: 'stored';
	binary: IBinaryData;
	fileName: string;
	bytes: number;
}

/** Thrown into the body stream when the file grows past the limit. */
class TooLargeError extends Error {
	constructor(readonly bytesSoFar: number) {
		super('too large');
	}
}

/** Describes an exception from n8n's HTTP helper or the body stream, without its message. */
function describeRequestError(error: unknown, timedOut: boolean, timeoutMs: number): AttemptFailure {
	if (timedOut) {
		return { kind: 'attemptFailed', retryable: true, httpStatus: null, cause: `did not finish within ${timeoutMs / 1000} s` };
	}
	const name = (error as { name?: unknown })?.name;
	if (name === 'SsrfBlockedIpError' || name === 'SsrfBlockedHostnameError') {
		return {
			kind: 'attemptFailed',
			retryable: false,
			httpStatus: null,
			cause:
				name === 'SsrfBlockedIpError'
					? "was blocked by this n8n's SSRF protection (the host resolves to a restricted IP address; an administrator can allow it with N8N_SSRF_ALLOWED_IP_RANGES or N8N_SSRF_ALLOWED_HOSTNAMES)"
					: "was blocked by this n8n's SSRF protection (the host name is on the deny-list N8N_SSRF_BLOCKED_HOSTNAMES)",
		};
	}
	const code = errorCode(error);
	switch (code) {
		case 'ERR_INVALID_URL':
			return { kind: 'attemptFailed', retryable: false, httpStatus: null, cause: 'is not a valid http(s) URL' };
		case 'ECONNREFUSED':
			return { kind: 'attemptFailed', retryable: true, httpStatus: null, cause: 'refused the connection (is the server up and reachable from this n8n?)' };
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return { kind: 'attemptFailed', retryable: true, httpStatus: null, cause: 'has a host name that could not be resolved (check the link, DNS or proxy settings)' };
		case 'ECONNRESET':
		case 'EPIPE':
		case 'ECONNABORTED':
		case 'ERR_STREAM_PREMATURE_CLOSE':
		case 'UND_ERR_SOCKET':
			return { kind: 'attemptFailed', retryable: true, httpStatus: null, cause: 'closed the connection before the whole file arrived' };
		case 'ETIMEDOUT':
		case 'ESOCKETTIMEDOUT':
			return { kind: 'attemptFailed', retryable: true, httpStatus: null, cause: `did not finish within ${timeoutMs / 1000} s` };
		case 'CERT_HAS_EXPIRED':
		case 'DEPTH_ZERO_SELF_SIGNED_CERT':
		case 'SELF_SIGNED_CERT_IN_CHAIN':
		case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
		case 'ERR_TLS_CERT_ALTNAME_INVALID':
			return { kind: 'attemptFailed', retryable: false, httpStatus: null, cause: `has a TLS certificate this n8n does not trust (${code})` };
		default:
			return {
				kind: 'attemptFailed',
				retryable: true,
				httpStatus: null,
				cause: `could not be downloaded: a network error (${code ?? (typeof name === 'string' ? name : 'unknown')})`,
			};
	}
}

interface FullResponse {
	body: unknown;
	headers: Record<string, unknown>;
	statusCode: number;
}

function destroyQuietly(body: unknown): void {
	if (body instanceof Readable) {
		body.on('error', () => {});
		body.destroy();
	}
}

async function attemptDownload(
	context: IExecuteFunctions,
	url: string,
	limits: DownloadLimits,
	attemptSignal: AbortSignal,
	timedOut: () => boolean,
): Promise<AttemptSuccess | AttemptFailure> {
	// Redirects are followed here, one request per hop, so that every hop goes through n8n's
	// helper (and its SSRF check) and the final address is known: its path names the file
	// better than the /download?id=... it was redirected from.
	let currentUrl = url;
	let response: FullResponse;
	for (let hop = 0; ; hop++) {
		try {
			response = (await context.helpers.httpRequest({
				url: currentUrl,
				method: 'GET',
				encoding: 'stream',
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				disableFollowRedirect: true,
				abortSignal: attemptSignal,
				headers: { accept: 'application/pdf, image/png, image/jpeg, image/tiff, */*;q=0.5' },
			})) as FullResponse;
		} catch (error) {
			limits.cancelSignal.throwIfAborted();
			return describeRequestError(error, timedOut(), limits.timeoutMs);
		}
		const location = header(response.headers, 'location');
		if (!REDIRECT_STATUSES.has(response.statusCode) || !location) break;
		destroyQuietly(response.body);
		if (hop === MAX_REDIRECTS) {
			return { kind: 'attemptFailed', retryable: false, httpStatus: response.statusCode, cause: `redirected more than ${MAX_REDIRECTS} times` };
		}
		let next: URL;
		try {
			next = new URL(location, currentUrl);
		} catch {
			next = new URL('invalid:');
		}
		if (next.protocol !== 'http:' && next.protocol !== 'https:') {
			return {
				kind: 'attemptFailed',
				retryable: false,
				httpStatus: response.statusCode,
				cause: 'redirected to an address that is not an http(s) URL',
			};
		}
		currentUrl = next.toString();
	}

	const { statusCode, headers, body } = response;
	if (statusCode < 200 || statusCode > 299) {
		destroyQuietly(body);
		return {
			kind: 'attemptFailed',
			retryable: isRetryableStatus(statusCode),
			httpStatus: statusCode,
			cause: statusCode >= 300 && statusCode < 400 ? `answered ${statusCode} without a usable redirect` : statusReason(statusCode),
			retryAfterMs: parseRetryAfter(header(headers, 'retry-after')),
		};
	}
	if (!(body instanceof Readable)) {
		return { kind: 'attemptFailed', retryable: false, httpStatus: statusCode, cause: 'answered without a body' };
	}

	const declared = Number(header(headers, 'content-length'));
	if (Number.isFinite(declared) && declared > limits.maxBytes) {
		destroyQuietly(body);
		return {
			kind: 'attemptFailed',
			retryable: false,
			httpStatus: statusCode,
			tooLarge: true,
			cause: `is ${megabytes(declared)} MB, over the ${megabytes(limits.maxBytes)} MB limit (nothing was downloaded)`,
		};
	}

	const fileName =
		fileNameFromContentDisposition(header(headers, 'content-disposition')) ??
		fileNameFromUrl(currentUrl) ??
		fileNameFromUrl(url) ??
		DEFAULT_FILE_NAME;

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
	attemptSignal.addEventListener('abort', onAbort, { once: true });
	let streamError: unknown;
	pipeline(body, counter, (error) => {
		if (error) streamError ??= error;
	});
	try {
		const binary = await context.helpers.prepareBinaryData(counter, fileName, mimeTypeFrom(header(headers, 'content-type')));
		if (streamError) throw streamError;
		return { kind: 'stored', binary, fileName, bytes };
	} catch (error) {
		limits.cancelSignal.throwIfAborted();
		const cause = streamError instanceof TooLargeError ? streamError : error;
		if (cause instanceof TooLargeError) {
			return {
				kind: 'attemptFailed',
				retryable: false,
				httpStatus: statusCode,
				tooLarge: true,
				cause: `is larger than the ${megabytes(limits.maxBytes)} MB limit (the download was stopped after ${megabytes(cause.bytesSoFar)} MB)`,
			};
		}
		return describeRequestError(streamError ?? error, timedOut(), limits.timeoutMs);
	} finally {
		attemptSignal.removeEventListener('abort', onAbort);
		destroyQuietly(body);
	}
}

function attemptsText(attempts: number): string {
	return attempts === 1 ? '1 attempt' : `${attempts} attempts`;
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

	const maxAttempts = Math.max(0, Math.floor(limits.maxRetries)) + 1;
	let last: AttemptFailure | undefined;
	for (let attempt = 1; attempt <= maxAttempts; attempt++) {
		const timeout = AbortSignal.timeout(limits.timeoutMs);
		const attemptSignal = AbortSignal.any([limits.cancelSignal, timeout]);
		context.logger.debug(`GLAIR Vision: downloading ${displayUrl} (attempt ${attempt} of ${maxAttempts})`, { itemIndex });
		const result = await attemptDownload(context, text, limits, attemptSignal, () => timeout.aborted);
		limits.cancelSignal.throwIfAborted();
		if (result.kind === 'stored') {
			context.logger.debug(`GLAIR Vision: downloaded ${displayUrl} as "${result.fileName}" (${result.bytes} bytes)`, { itemIndex });
			return { kind: 'downloaded', binary: result.binary, fileName: result.fileName, displayUrl, bytes: result.bytes, attempts: attempt };
		}
		last = result;
		if (!result.retryable || attempt === maxAttempts) {
			const tried = result.retryable && maxAttempts > 1 ? ` (gave up after ${attemptsText(maxAttempts)})` : '';
			return {
				kind: 'failed',
				reason: `The file at ${displayUrl} ${result.cause}${tried}.`,
				httpStatus: result.httpStatus,
				retryable: result.retryable,
				...(result.tooLarge ? { tooLarge: true } : {}),
				displayUrl,
				attempts: attempt,
			};
		}
		const delayMs = backoffDelayMs(attempt, limits.initialDelayMs, result.retryAfterMs);
		context.logger.warn(`GLAIR Vision: download of ${displayUrl} failed (${result.cause}); trying again in ${delayMs} ms`, { itemIndex });
		limits.onAttemptFailed?.({ attempt, httpStatus: result.httpStatus, delayMs, cause: result.cause });
		await sleep(delayMs, limits.cancelSignal);
	}
	// Unreachable: the loop returns on its last attempt.
	return {
		kind: 'failed',
		reason: `The file at ${displayUrl} ${last?.cause ?? 'could not be downloaded'}.`,
		httpStatus: last?.httpStatus ?? null,
		retryable: last?.retryable ?? false,
		displayUrl,
		attempts: maxAttempts,
	};
}
