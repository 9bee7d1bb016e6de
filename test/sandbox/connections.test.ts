import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { seededRandom } from './random';
import { GlairSandbox } from './server';
import { authHeaders, eventually, postBpkb, sample } from './testClient';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MiB = 1024 * 1024;

/** A deterministic "image" of any size: a PNG signature, then a repeating pattern. */
function patternChunk(seed: number): Buffer {
	const next = seededRandom(seed);
	return Buffer.from(Array.from({ length: MiB }, () => Math.floor(next() * 256)));
}

describe('large uploads', () => {
	let sandbox: GlairSandbox;
	beforeAll(async () => {
		sandbox = await GlairSandbox.start();
	});
	afterAll(() => sandbox.close());

	it('hashes a 20 MB upload correctly', async () => {
		const chunk = patternChunk(20);
		const file = Buffer.concat([PNG_SIGNATURE, ...Array.from({ length: 20 }, () => chunk)]);
		const response = await postBpkb(sandbox, { file, fileName: 'big.png', contentType: 'image/png' });
		expect(response.status).toBe(200);
		await response.arrayBuffer();
		expect(sandbox.requests.at(-1)).toMatchObject({
			bytes: file.length,
			sha256: createHash('sha256').update(file).digest('hex'),
			detectedType: 'png',
		});
	});

	it('streams a 100 MB upload without holding it in memory', async () => {
		const chunk = patternChunk(100);
		const boundary = 'sandbox-test-boundary';
		const expectedHash = createHash('sha256');
		let peakGrowth = 0;
		const baseline = memoryInUse();
		const sampler = setInterval(() => {
			peakGrowth = Math.max(peakGrowth, memoryInUse() - baseline);
		}, 10);

		const status = await new Promise<number>((resolve, reject) => {
			const upload = httpRequest(`${sandbox.baseUrl}/ocr/v1/bpkb`, {
				method: 'POST',
				headers: {
					...authHeaders(sandbox.credentials),
					'Content-Type': `multipart/form-data; boundary=${boundary}`,
				},
			});
			upload.on('response', (response) => {
				response.resume();
				response.on('end', () => resolve(response.statusCode ?? 0));
			});
			upload.on('error', reject);
			(async () => {
				await write(
					upload,
					Buffer.from(
						`--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="huge.png"\r\nContent-Type: image/png\r\n\r\n`,
					),
				);
				await write(upload, PNG_SIGNATURE);
				expectedHash.update(PNG_SIGNATURE);
				for (let written = 0; written < 100; written++) {
					await write(upload, chunk);
					expectedHash.update(chunk);
				}
				upload.end(`\r\n--${boundary}--\r\n`);
			})().catch(reject);
		});
		clearInterval(sampler);

		expect(status).toBe(200);
		expect(sandbox.requests.at(-1)).toMatchObject({
			fileName: 'huge.png',
			bytes: 100 * MiB + PNG_SIGNATURE.length,
			sha256: expectedHash.digest('hex'),
		});
		// Buffering the file would add at least 100 MB. Streaming measures 25-40 MB here, all of it
		// chunks already read and waiting for the garbage collector.
		expect(peakGrowth).toBeLessThan(80 * MiB);
	});
});

describe('connections', () => {
	let sandbox: GlairSandbox;
	beforeEach(async () => {
		sandbox = await GlairSandbox.start();
	});
	afterEach(() => sandbox.close());

	// undici's fetch opens a second connection for the second streamed body it sends (it does so
	// against a bare Node server too), then reuses both: so "reused" here means at most two.
	it('keeps connections alive between requests', async () => {
		for (let attempt = 0; attempt < 6; attempt++) {
			const response = await postBpkb(sandbox, { file: sample('bpkb-sample.pdf'), fileName: 'bpkb-sample.pdf' });
			await response.arrayBuffer();
		}
		expect(sandbox.requests.map((request) => request.httpStatus)).toEqual([200, 200, 200, 200, 200, 200]);
		expect(sandbox.openConnections()).toBeLessThanOrEqual(2);
	});

	it('keeps the connection usable after turning a request away unread', async () => {
		const turnedAway = await postBpkb(sandbox, { file: Buffer.alloc(3 * MiB, 1), fileName: 'x.png', headers: {} });
		expect(turnedAway.status).toBe(401);
		await turnedAway.arrayBuffer();
		const next = await postBpkb(sandbox, { file: sample('bpkb-sample.pdf'), fileName: 'bpkb-sample.pdf' });
		expect(next.status).toBe(200);
		await next.arrayBuffer();
		expect(sandbox.openConnections()).toBeLessThanOrEqual(2);
	});

	it('sees a cancelled request go', async () => {
		sandbox.script('*', [{ kind: 'delay', ms: 10_000 }]);
		const cancel = new AbortController();
		const pending = postBpkb(sandbox, { file: sample('bpkb-sample.pdf'), fileName: 'a.pdf', signal: cancel.signal });
		await eventually(() => sandbox.requests.length === 1 && sandbox.requests[0].fileName === 'a.pdf');
		expect(sandbox.openConnections()).toBe(1);
		expect(sandbox.inFlightRequests()).toBe(1);
		cancel.abort();
		await expect(pending).rejects.toThrow();
		await eventually(() => sandbox.inFlightRequests() === 0);
		expect(sandbox.requests[0].endedAt).toBeDefined();
		expect(sandbox.requests[0].httpStatus).toBe(0);
	});

	it('close() ends requests still in progress', async () => {
		sandbox.script('*', [{ kind: 'delay', ms: 10_000 }]);
		const pending = postBpkb(sandbox, { file: sample('bpkb-sample.pdf'), fileName: 'a.pdf' });
		await eventually(() => sandbox.requests.length === 1);
		const started = Date.now();
		await sandbox.close();
		expect(Date.now() - started).toBeLessThan(1000);
		await expect(pending).rejects.toThrow();
		expect(sandbox.openConnections()).toBe(0);
	});
});

describe('rate limit and latency', () => {
	it('answers 429 with Retry-After to the request beyond maxInFlight', async () => {
		const sandbox = await GlairSandbox.start({ maxInFlight: 1, latencyMs: 300, retryAfterSeconds: 7 });
		try {
			const first = postBpkb(sandbox, { file: sample('bpkb-sample.pdf'), fileName: 'first.pdf' });
			await eventually(() => sandbox.requests.length === 1);
			const second = await postBpkb(sandbox, { file: sample('bpkb-sample.pdf'), fileName: 'second.pdf' });
			expect(second.status).toBe(429);
			expect(second.headers.get('retry-after')).toBe('7');
			expect(await second.json()).toEqual({ message: 'API rate limit exceeded' });
			expect((await first).status).toBe(200);
			expect(sandbox.requests[1]).toMatchObject({ fault: 'rate-limit', httpStatus: 429, authenticated: true });
			const third = await postBpkb(sandbox, { file: sample('bpkb-sample.pdf'), fileName: 'third.pdf' });
			expect(third.status).toBe(200);
		} finally {
			await sandbox.close();
		}
	});

	it('waits latencyMs before each answer, drawn within the range', async () => {
		const sandbox = await GlairSandbox.start({ latencyMs: { min: 60, max: 120 }, seed: 7 });
		try {
			for (let attempt = 0; attempt < 3; attempt++) {
				await (await postBpkb(sandbox, { file: sample('bpkb-sample.pdf'), fileName: 'a.pdf' })).arrayBuffer();
			}
			for (const request of sandbox.requests) {
				const took = (request.endedAt ?? 0) - request.startedAt;
				expect(took).toBeGreaterThanOrEqual(55);
				expect(took).toBeLessThan(500);
			}
		} finally {
			await sandbox.close();
		}
	});

	it('draws the same latencies from the same seed', () => {
		const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
		expect(draw(7)).toEqual(draw(7));
		expect(draw(7)).not.toEqual(draw(8));
		for (const value of draw(7)) expect(value).toBeGreaterThanOrEqual(0);
		for (const value of draw(7)) expect(value).toBeLessThan(1);
	});
});

function memoryInUse(): number {
	const usage = process.memoryUsage();
	return usage.heapUsed + usage.arrayBuffers;
}

/** Writes with backpressure; a write error surfaces through the request's 'error' handler. */
function write(stream: NodeJS.WritableStream, bytes: Buffer): Promise<void> {
	return new Promise((resolve) => {
		if (stream.write(bytes)) resolve();
		else stream.once('drain', resolve);
	});
}
