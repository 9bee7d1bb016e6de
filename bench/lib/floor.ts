/**
 * The floor: a bare undici loop, no n8n. Same multipart (part `image`, same bytes and file
 * name, Basic + x-api-key), a keep-alive pool, `concurrency` workers. The body is built once in
 * memory per document, the cheapest way to send it. A 429 waits for Retry-After and goes again,
 * so the floor never loses a document; it only shows what the API allows.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';

import { Agent, request } from 'undici';

import type { SourceFile } from './benchNodes';
import { startCpuSpan, type CpuSpan } from './cpu';
import { peakSinceWindowStart, startPeakWindow } from './memory';
import type { Endpoint } from './workflows';

export interface FloorRun {
	wallMs: number;
	ok: number;
	failed: number;
	rateLimited: number;
	peakMiB: number;
	baselineMiB: number;
	/** This process's CPU over the same span as wallMs (see ./cpu). */
	cpu: CpuSpan;
}

function multipart(file: SourceFile, bytes: Buffer): { body: Buffer; contentType: string } {
	const boundary = `----bench${randomBytes(12).toString('hex')}`;
	const head = Buffer.from(
		`--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="${file.fileName}"\r\nContent-Type: ${file.mimeType}\r\n\r\n`,
	);
	const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
	return { body: Buffer.concat([head, bytes, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function runFloor(endpoint: Endpoint, files: SourceFile[], concurrency: number): Promise<FloorRun> {
	const contents = new Map<string, Buffer>();
	const bodies = files.map((file) => {
		let bytes = contents.get(file.path);
		if (!bytes) contents.set(file.path, (bytes = readFileSync(file.path)));
		return multipart(file, bytes);
	});
	const url = new URL('/ocr/v1/bpkb', endpoint.baseUrl);
	const auth = `Basic ${Buffer.from(`${endpoint.username}:${endpoint.password}`).toString('base64')}`;
	const agent = new Agent({ keepAliveTimeout: 30_000 });
	const { baselineMiB } = startPeakWindow();
	let ok = 0;
	let failed = 0;
	let rateLimited = 0;
	let next = 0;
	const started = performance.now();
	const cpuSpan = startCpuSpan();
	const worker = async () => {
		while (next < files.length) {
			const { body, contentType } = bodies[next++];
			for (;;) {
				const response = await request(url, {
					method: 'POST',
					dispatcher: agent,
					headers: { 'content-type': contentType, authorization: auth, 'x-api-key': endpoint.apiKey, accept: 'application/json' },
					body,
				});
				const text = await response.body.text();
				if (response.statusCode === 429) {
					rateLimited++;
					await delay(Number(response.headers['retry-after'] ?? 1) * 1000);
					continue;
				}
				if (response.statusCode === 200 && (JSON.parse(text) as { status?: string }).status === 'SUCCESS') ok++;
				else failed++;
				break;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
	const wallMs = performance.now() - started;
	const cpu = cpuSpan.stop();
	const peakMiB = peakSinceWindowStart();
	await agent.close();
	return { wallMs, ok, failed, rateLimited, peakMiB, baselineMiB, cpu };
}
