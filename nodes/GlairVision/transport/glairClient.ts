import { request } from 'undici';

import { dispatcherFor } from './dispatcher';
import { buildMultipartBody, type UploadSource } from './multipart';

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

/**
 * One POST to GLAIR. Resolves with whatever HTTP answer came back, whatever its status;
 * rejects only when no complete answer arrived (network error, timeout, cancellation).
 */
export async function postMultipart(options: {
	credentials: GlairCredentials;
	path: string;
	upload?: UploadSource;
	page?: number;
	signal: AbortSignal;
	timeoutMs: number;
}): Promise<GlairHttpAnswer> {
	const url = endpointUrl(options.credentials.baseUrl, options.path);
	const multipart = options.upload
		? await buildMultipartBody(options.upload, options.page, options.signal)
		: { body: undefined, headers: { 'content-length': '0' } };

	const response = await request(url, {
		method: 'POST',
		dispatcher: dispatcherFor(url.origin),
		headers: {
			...multipart.headers,
			...authHeaders(options.credentials),
			accept: 'application/json',
		},
		body: multipart.body,
		signal: options.signal,
		headersTimeout: options.timeoutMs,
		bodyTimeout: options.timeoutMs,
	});
	const bodyText = await response.body.text();
	return {
		httpStatus: response.statusCode,
		contentType: header(response.headers, 'content-type') ?? '',
		retryAfter: header(response.headers, 'retry-after'),
		requestId: header(response.headers, 'request-id') ?? null,
		bodyText,
	};
}
