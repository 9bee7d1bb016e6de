import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { BpkbPage } from '../helpers/bpkbSpec';
import { failedEnvelope, invalidFormatEnvelope, noFileEnvelope } from './envelopes';
import { GATEWAY_DENIED_BODY, JSON_CONTENT_TYPE, send, sendJson } from './respond';

/** The success answers of the endpoint a request came to, in the sandbox's current spelling. */
export interface EndpointAnswers {
	/** The document's sample answer (whatever was uploaded), for the requested page. */
	sample(page: BpkbPage | undefined): Record<string, unknown>;
	/** A success with every field empty: "Some fields are invalid". */
	empty(page: BpkbPage | undefined): Record<string, unknown>;
	/** "Some fields are invalid" with the sample's first section filled and the rest empty. */
	partlyRead(page: BpkbPage | undefined): Record<string, unknown>;
	/** The document is read without sections. */
	flat: boolean;
}

/**
 * A scripted step: how the sandbox answers one request instead of behaving normally.
 *
 * Answers (sent once the upload has been read in full, after the configured latency):
 * - `envelope`: a GLAIR envelope as if the document had read that way. SUCCESS is the endpoint's
 *   sample answer (the vendor's for the BPKB, whatever was uploaded); SOME_FIELDS_INVALID_PARTLY_READ
 *   is "Some fields are invalid" with the first section of the sample filled (the BPKB's owner page)
 *   and the rest empty (invented: the record shows that reason only with empty fields; a flat
 *   document's one section is all of it); SOME_FIELDS_INVALID is 200 SUCCESS with every field
 *   empty; NO_FILE 400; FILE_INVALID_FORMAT 415; FAILED 200 (see `envelopeStatusCode`).
 *   All of them honour the request's `page` the way the real API does.
 * - `http`: a JSON error. Default bodies: 401/403 the gateway's `{"error": ...}`, 429 a rate-limit
 *   message, anything else `{"error": "<reason phrase>"}`. `retryAfter` sets Retry-After, in
 *   seconds (number) or verbatim (string, e.g. an HTTP date).
 * - `html`: a gateway's HTML error page (default 502), Content-Type text/html.
 * - `truncated`: 200 whose Content-Length promises the full sample answer; half of it is sent,
 *   then the connection ends.
 * - `malformed`: 200 application/json whose body is wrong in one way (see MalformedVariant).
 * - `raw`: anything else, verbatim. Request-Id is still added unless `headers` overrides it.
 * Timing and transport:
 * - `delay`: wait `ms` (instead of the latency option), then answer normally. Use it beyond a
 *   client's timeout; the wait ends early if the client goes away.
 * - `reset`: the connection is reset (TCP RST), no answer. `during: 'headers'` resets before any
 *   of the file is read; `during: 'upload'` after `afterBytes` of the file (default 64 KiB), or at
 *   its end if the file is smaller.
 */
export type Fault =
	| { kind: 'envelope'; status: ScriptedEnvelopeStatus }
	| { kind: 'http'; status: number; retryAfter?: number | string; body?: unknown }
	| { kind: 'html'; status?: number }
	| { kind: 'truncated' }
	| { kind: 'malformed'; variant: MalformedVariant }
	| { kind: 'raw'; status: number; headers?: Record<string, string>; body: string | Buffer }
	| { kind: 'delay'; ms: number }
	| { kind: 'reset'; during: 'headers' | 'upload'; afterBytes?: number };

export type ScriptedEnvelopeStatus =
	| 'SUCCESS'
	| 'SOME_FIELDS_INVALID'
	| 'SOME_FIELDS_INVALID_PARTLY_READ'
	| 'NO_FILE'
	| 'FILE_INVALID_FORMAT'
	| 'FAILED';

/**
 * - `not-json`: plain text where JSON should be (what a proxy says when the upstream drops).
 * - `no-status`: the sample answer without `status`.
 * - `unknown-status`: the sample answer with a status outside the documented four.
 * - `bare-string-field`: the sample answer with the first field of each section given as a bare
 *   string, as an older version of the docs had it.
 * - `nomor_ktp_tdp`: the sample answer with `no_ktp_tdp` spelled as one of the SDKs spells it.
 */
export type MalformedVariant = 'not-json' | 'no-status' | 'unknown-status' | 'bare-string-field' | 'nomor_ktp_tdp';

export const DEFAULT_RESET_AFTER_BYTES = 64 * 1024;

/** A short label for the request log, e.g. "http:429", "reset:upload", "malformed:not-json". */
export function describeFault(fault: Fault): string {
	switch (fault.kind) {
		case 'envelope':
			return `envelope:${fault.status}`;
		case 'http':
		case 'raw':
			return `${fault.kind}:${fault.status}`;
		case 'html':
			return `html:${fault.status ?? 502}`;
		case 'malformed':
			return `malformed:${fault.variant}`;
		case 'delay':
			return `delay:${fault.ms}`;
		case 'reset':
			return `reset:${fault.during}`;
		case 'truncated':
			return 'truncated';
	}
}

/**
 * FAILED is sent with 200: the record does not say which code comes with it, and a 200 whose
 * envelope says FAILED is the case a client gets wrong if it trusts the HTTP status alone.
 */
function envelopeStatusCode(envelope: Record<string, unknown>): number {
	return ({ SUCCESS: 200, FAILED: 200, NO_FILE: 400, FILE_INVALID_FORMAT: 415 } as Record<string, number>)[String(envelope.status)];
}

/** Sends the answer a scripted step stands for. `delay` and `reset` are the server's to carry out. */
export function answerWithFault(
	fault: Exclude<Fault, { kind: 'delay' } | { kind: 'reset' }>,
	response: ServerResponse,
	page: BpkbPage | undefined,
	answers: EndpointAnswers,
): void {
	switch (fault.kind) {
		case 'envelope': {
			const envelope = scriptedEnvelope(fault.status, page, answers);
			sendJson(response, envelopeStatusCode(envelope), envelope);
			return;
		}
		case 'http': {
			const headers = fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) };
			sendJson(response, fault.status, fault.body ?? defaultErrorBody(fault.status), headers);
			return;
		}
		case 'html':
			send(response, fault.status ?? 502, gatewayErrorPage(fault.status ?? 502), {
				'Content-Type': 'text/html',
			});
			return;
		case 'truncated':
			sendTruncated(response, JSON.stringify(answers.sample(page)));
			return;
		case 'malformed':
			sendMalformed(response, fault.variant, page, answers);
			return;
		case 'raw':
			send(response, fault.status, fault.body, fault.headers);
			return;
	}
}

function scriptedEnvelope(status: ScriptedEnvelopeStatus, page: BpkbPage | undefined, answers: EndpointAnswers): Record<string, unknown> {
	switch (status) {
		case 'SUCCESS':
			return answers.sample(page);
		case 'SOME_FIELDS_INVALID_PARTLY_READ':
			return answers.partlyRead(page);
		case 'SOME_FIELDS_INVALID':
			return answers.empty(page);
		case 'NO_FILE':
			return { ...noFileEnvelope() };
		case 'FILE_INVALID_FORMAT':
			return { ...invalidFormatEnvelope() };
		case 'FAILED':
			return { ...failedEnvelope() };
	}
}

export function defaultErrorBody(status: number): unknown {
	if (status === 401 || status === 403) return GATEWAY_DENIED_BODY;
	// Invented: the record shows no 429 body; this is a common gateway's.
	if (status === 429) return { message: 'API rate limit exceeded' };
	return { error: STATUS_CODES[status] ?? 'Error' };
}

/** Invented: the record says a gateway 502/504 "may answer with an HTML page", not which; nginx's is typical. */
function gatewayErrorPage(status: number): string {
	const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
	return [
		'<html>',
		`<head><title>${title}</title></head>`,
		'<body>',
		`<center><h1>${title}</h1></center>`,
		'<hr><center>nginx</center>',
		'</body>',
		'</html>',
		'',
	].join('\r\n');
}

function sendTruncated(response: ServerResponse, body: string): void {
	const bytes = Buffer.from(body, 'utf8');
	response.writeHead(200, { 'Content-Type': JSON_CONTENT_TYPE, 'Content-Length': bytes.length });
	response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => response.socket?.end());
}

/** Invented: what an Envoy proxy says when GLAIR drops the connection: text, whatever the Content-Type claims. */
const PROXY_UPSTREAM_ERROR =
	'upstream connect error or disconnect/reset before headers. reset reason: connection termination';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function sendMalformed(response: ServerResponse, variant: MalformedVariant, page: BpkbPage | undefined, answers: EndpointAnswers): void {
	if (variant === 'not-json') {
		send(response, 200, PROXY_UPSTREAM_ERROR, { 'Content-Type': JSON_CONTENT_TYPE });
		return;
	}
	const envelope = answers.sample(page);
	const read = (isObject(envelope.read) ? envelope.read : {}) as Record<string, Record<string, unknown>>;
	switch (variant) {
		case 'no-status':
			delete envelope.status;
			break;
		case 'unknown-status':
			envelope.status = 'PARTIALLY_READ';
			break;
		case 'bare-string-field':
			for (const fields of answers.flat ? [read] : Object.values(read).filter(isObject)) {
				const [firstKey] = Object.keys(fields);
				if (isObject(fields[firstKey])) fields[firstKey] = (fields[firstKey] as { value: string }).value;
			}
			break;
		case 'nomor_ktp_tdp': {
			const owner = read.identitas_pemilik;
			if (owner) {
				owner.nomor_ktp_tdp = owner.no_ktp_tdp;
				delete owner.no_ktp_tdp;
			}
			break;
		}
	}
	sendJson(response, 200, envelope);
}
