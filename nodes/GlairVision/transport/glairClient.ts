import { request } from 'undici';

import { MAX_ANSWER_BYTES, readAnswerText } from './answerBody';
import { dispatcherFor } from './dispatcher';
import { buildMultipartForm, type FormPart, type MultipartBody } from './multipart';

export interface GlairCredentials {
	username: string;
	password: string;
	apiKey: string;
	baseUrl: string;
}

export interface GlairHttpAnswer {
	httpStatus: number;
	contentType: string;
	retryAfter: string | undefined;
	requestId: string | null;
	bodyText: string;
}

/**
 * What is sent to GLAIR:
 * - `multipart`: form parts in order, files and text fields (an OCR read: file `image` and text
 *   `page`; face match: files `stored_image` and `captured_image`; identity: text `nik`, ...).
 * - `json`: a JSON document (a hosted session's `{ success_url, cancel_url, ... }`).
 * - `empty`: nothing (a GET; a POST with no body, as the credential test sends).
 */
export type GlairRequestBody =
	| { kind: 'multipart'; parts: readonly FormPart[] }
	| { kind: 'json'; value: unknown }
	| { kind: 'empty' };

export interface GlairRequest {
	method: 'GET' | 'POST';
	/** The endpoint's path, e.g. `/ocr/v1/bpkb` or `/ocr/v1/ktp-sessions/<sid>`, below the Base URL. */
	path: string;
	body: GlairRequestBody;
	/** The largest answer read (default MAX_ANSWER_BYTES); past it the exchange fails. */
	maxAnswerBytes?: number;
}

/** undici gives repeated headers as arrays; GLAIR's are single-valued. */
function header(headers: Record<string, string | string[] | undefined>, name: string) {
	const value = headers[name];
	return Array.isArray(value) ? value[0] : value;
}

export function authHeaders(credentials: GlairCredentials): Record<string, string> {
	const token = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
	return { authorization: `Basic ${token}`, 'x-api-key': credentials.apiKey };
}

export function endpointUrl(baseUrl: string, path: string): URL {
	return new URL(path, baseUrl.replace(/\/+$/, '') + '/');
}

async function encode(body: GlairRequestBody, method: GlairRequest['method'], signal: AbortSignal): Promise<MultipartBody> {
	const nothingToDispose = () => {};
	if (body.kind === 'multipart') return await buildMultipartForm(body.parts, signal);
	if (body.kind === 'json') {
		const bytes = Buffer.from(JSON.stringify(body.value));
		const headers = { 'content-type': 'application/json', 'content-length': String(bytes.length) };
		return { body: bytes, headers, dispose: nothingToDispose };
	}
	// A POST says it has no body; a GET says nothing.
	return { body: Buffer.alloc(0), headers: method === 'POST' ? { 'content-length': '0' } : {}, dispose: nothingToDispose };
}

/**
 * One exchange with GLAIR: one request, one answer. Resolves with whatever HTTP answer came back,
 * whatever its status; rejects when no complete answer arrived (network error, timeout,
 * cancellation, an answer over the size cap: AnswerTooLargeError). Whichever way it ends, every
 * file it opened is closed before it returns.
 */
export async function exchangeOnce(
	credentials: GlairCredentials,
	glairRequest: GlairRequest,
	signal: AbortSignal,
	timeoutMs: number,
): Promise<GlairHttpAnswer> {
	const url = endpointUrl(credentials.baseUrl, glairRequest.path);
	const encoded = await encode(glairRequest.body, glairRequest.method, signal);
	try {
		const response = await request(url, {
			method: glairRequest.method,
			dispatcher: dispatcherFor(url.origin),
			headers: { ...encoded.headers, ...authHeaders(credentials), accept: 'application/json' },
			body: glairRequest.body.kind === 'empty' ? undefined : encoded.body,
			signal,
			headersTimeout: timeoutMs,
			bodyTimeout: timeoutMs,
		});
		const requestId = header(response.headers, 'request-id') ?? null;
		const bodyText = await readAnswerText(
			response.body,
			{ httpStatus: response.statusCode, requestId, contentLength: header(response.headers, 'content-length') },
			glairRequest.maxAnswerBytes ?? MAX_ANSWER_BYTES,
		);
		return {
			httpStatus: response.statusCode,
			contentType: header(response.headers, 'content-type') ?? '',
			retryAfter: header(response.headers, 'retry-after'),
			requestId,
			bodyText,
		};
	} finally {
		encoded.dispose();
	}
}
