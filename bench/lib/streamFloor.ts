/**
 * The memory floor: one upload of a file with undici, the multipart body streamed straight from
 * disk (fs.createReadStream, known Content-Length), no n8n. What streaming costs in Node itself.
 */
import { createReadStream, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

import { request } from 'undici';

import { peakSinceWindowStart, startPeakWindow } from './memory';
import type { Endpoint } from './workflows';

async function uploadOnce(endpoint: Endpoint, path: string, fileName: string): Promise<number> {
	const boundary = `----bench${randomBytes(12).toString('hex')}`;
	const head = Buffer.from(
		`--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`,
	);
	const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
	const size = statSync(path).size;
	async function* body() {
		yield head;
		for await (const chunk of createReadStream(path)) yield chunk as Buffer;
		yield tail;
	}
	const response = await request(new URL('/ocr/v1/bpkb', endpoint.baseUrl), {
		method: 'POST',
		headers: {
			'content-type': `multipart/form-data; boundary=${boundary}`,
			'content-length': String(head.length + size + tail.length),
			authorization: `Basic ${Buffer.from(`${endpoint.username}:${endpoint.password}`).toString('base64')}`,
			'x-api-key': endpoint.apiKey,
		},
		body: Readable.from(body()),
	});
	await response.body.text();
	return response.statusCode;
}

export async function streamFloor(endpoint: Endpoint, warmUpPath: string, path: string, fileName: string) {
	await uploadOnce(endpoint, warmUpPath, 'warm-up.pdf');
	const { baselineMiB } = startPeakWindow();
	const started = performance.now();
	const status = await uploadOnce(endpoint, path, fileName);
	const wallMs = performance.now() - started;
	return { baselineMiB, peakMiB: peakSinceWindowStart(), ok: status === 200 ? 1 : 0, wallMs };
}
