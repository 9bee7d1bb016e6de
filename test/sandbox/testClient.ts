import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlairSandbox, SandboxCredentials } from './server';
import { DEFAULT_SAMPLES_DIRECTORY } from './sampleDocuments';

/** Just enough of a GLAIR client for the sandbox's own tests: Node's fetch, FormData and Blob. */

export function sample(fileName: string): Buffer {
	return readFileSync(join(DEFAULT_SAMPLES_DIRECTORY, fileName));
}

export function authHeaders(credentials: SandboxCredentials): Record<string, string> {
	const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
	return { Authorization: `Basic ${basic}`, 'x-api-key': credentials.apiKey };
}

export interface UploadRequest {
	file?: Buffer;
	fileName?: string;
	contentType?: string;
	page?: string;
	headers?: Record<string, string>;
	signal?: AbortSignal;
}

export function uploadForm(request: UploadRequest): FormData {
	const form = new FormData();
	if (request.file) {
		form.append(
			'image',
			new Blob([request.file], { type: request.contentType ?? 'application/octet-stream' }),
			request.fileName ?? 'upload.bin',
		);
	}
	if (request.page !== undefined) form.append('page', request.page);
	return form;
}

export function postBpkb(sandbox: GlairSandbox, request: UploadRequest): Promise<Response> {
	return postTo(sandbox, '/ocr/v1/bpkb', request);
}

export function postTo(sandbox: GlairSandbox, path: string, request: UploadRequest): Promise<Response> {
	return fetch(`${sandbox.baseUrl}${path}`, {
		method: 'POST',
		headers: request.headers ?? authHeaders(sandbox.credentials),
		body: uploadForm(request),
		signal: request.signal,
	});
}

/** Polls until `condition` holds: the server notices a client leaving a moment after the client does. */
export async function eventually(condition: () => boolean, timeoutMs = 3000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error('condition not met in time');
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/** A parsed answer, loosely typed: the tests are here to find out what is in it. */
export interface AnswerJson {
	status?: unknown;
	reason?: unknown;
	read: Record<string, Record<string, unknown>>;
	[key: string]: unknown;
}

export async function readJson(response: Response): Promise<AnswerJson> {
	return (await response.json()) as AnswerJson;
}
