import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

export const JSON_CONTENT_TYPE = 'application/json';

/** What the API gateway in front of GLAIR says when it turns a request away (401 and 403). */
/** From the record (the observed 403 body); the sandbox sends it for 401 too, which is invented. */
export const GATEWAY_DENIED_BODY = { error: 'Access to this API has been disallowed' };

export function sendJson(
	response: ServerResponse,
	status: number,
	body: unknown,
	headers: OutgoingHttpHeaders = {},
): void {
	send(response, status, JSON.stringify(body), { 'Content-Type': JSON_CONTENT_TYPE, ...headers });
}

export function send(
	response: ServerResponse,
	status: number,
	body: string | Buffer,
	headers: OutgoingHttpHeaders = {},
): void {
	if (response.headersSent || response.destroyed) return;
	const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
	response.writeHead(status, { 'Content-Length': bytes.length, ...headers });
	response.end(bytes);
}
