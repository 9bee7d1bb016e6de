/**
 * GLAIR's answer is read with a size cap: against a raw loopback server (a declared length, a
 * chunked stream), then through the whole node in n8n's engine against the sandbox.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { MAX_ANSWER_BYTES } from '../../../../nodes/GlairVision/transport/answerBody';
import { closeAllDispatchers } from '../../../../nodes/GlairVision/transport/dispatcher';
import { exchangeWithGlair } from '../../../../nodes/GlairVision/transport/glairExchange';
import { RequestGate } from '../../../../nodes/GlairVision/transport/requestGate';
import { itemWith, sample } from '../../../helpers/documents';
import { runGlairVision } from '../../../helpers/engine';
import { useSandbox } from '../../../helpers/sandboxSuite';

const MB = 1024 * 1024;

describe('reading an answer with a size cap', () => {
	let server: Server;
	let baseUrl: string;
	let answer: (response: ServerResponse) => void;
	/** Resolves, for the last request, with whether the client went away before the whole answer. */
	let closedEarly: Promise<boolean>;
	let sentBytes = 0;

	beforeAll(async () => {
		server = createServer((request, response) => {
			request.resume();
			closedEarly = new Promise((resolve) => response.on('close', () => resolve(!response.writableFinished)));
			answer(response);
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		await closeAllDispatchers();
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	});

	const send = (maxAnswerBytes?: number) =>
		exchangeWithGlair({
			credentials: { username: 'u', password: 'p', apiKey: 'k', baseUrl },
			method: 'POST',
			path: '/ocr/v1/ktp',
			body: { kind: 'empty' },
			maxAnswerBytes,
			settings: { maxRetries: 2, timeoutMs: 10_000, initialDelayMs: 1 },
			gate: new RequestGate(2),
			cancelSignal: new AbortController().signal,
		});

	/** Streams `total` bytes of JSON-ish filler in 64 KiB chunks, honouring back-pressure. */
	const stream = (total: number, declare: boolean) => (response: ServerResponse) => {
		response.writeHead(200, { 'content-type': 'application/json', 'request-id': 'big-1', ...(declare ? { 'content-length': String(total) } : {}) });
		let sent = 0;
		const pump = () => {
			while (sent < total && !response.destroyed) {
				const size = Math.min(64 * 1024, total - sent);
				sent += size;
				sentBytes = sent;
				if (!response.write(Buffer.alloc(size, 0x20))) return void response.once('drain', pump);
			}
			if (sent >= total) response.end();
		};
		pump();
	};

	it('is far above any real answer (64 MB: a KTP with its images is a few MB)', () => {
		expect(MAX_ANSWER_BYTES).toBe(64 * MB);
	});

	it('refuses an answer that declares 400 MB before reading it: FAILED with a clear reason, not retried', async () => {
		answer = stream(400 * MB, true);
		const outcome = await send();
		expect(outcome).toEqual({
			kind: 'gaveUp',
			attempts: 1,
			httpStatus: 200,
			requestId: 'big-1',
			retryable: false,
			reason: "GLAIR's answer (HTTP 200) is larger than 64 MB, far beyond any document's reading: it was not read. Quote the request id to GLAIR support",
		});
		expect(await closedEarly).toBe(true);
	});

	it('stops reading a chunked answer once it passes the cap', async () => {
		answer = stream(256 * MB, false);
		const outcome = await send(1 * MB);
		expect(outcome).toMatchObject({ kind: 'gaveUp', attempts: 1, retryable: false, reason: expect.stringMatching(/^GLAIR's answer \(HTTP 200\) is larger than 1 MB/) });
		// The rest was never sent: what the sockets buffer, not the 256 MB.
		expect(await closedEarly).toBe(true);
		expect(sentBytes).toBeLessThan(32 * MB);
	});

	it('reads an answer of exactly the cap', async () => {
		answer = stream(1 * MB, false);
		const outcome = await send(1 * MB);
		expect(outcome).toMatchObject({ kind: 'answered', httpStatus: 200 });
		expect(outcome.kind === 'answered' && outcome.bodyText.length).toBe(MB);
	});
});

describe('in the engine: an oversized answer and an endless reason', () => {
	const suite = useSandbox();
	const FILE = 'bpkb-sample.pdf';
	const run = async (output = 'flattened') =>
		await runGlairVision({
			parameters: { binaryPropertyName: 'data', page: 'all', output, options: { retryDelay: 0.01, maxRetries: 2 } },
			credentials: suite.credentials,
			documents: [itemWith(sample(FILE))],
		});

	it('a 65 MB answer is a Not Read item with a reason that says why, sent once', async () => {
		suite.sandbox.script(FILE, [{ kind: 'raw', status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.alloc(65 * MB, 0x20) }]);
		const result = await run();

		expect(result.error).toBeUndefined();
		expect(result.byOutput['Not Read']).toHaveLength(1);
		const [item] = result.byOutput['Not Read'];
		expect(item.json).toMatchObject({ status: 'FAILED', http_status: 200, attempts: 1 });
		expect(item.json.reason).toMatch(/^GLAIR's answer \(HTTP 200\) is larger than 64 MB/);
		expect(suite.sandbox.attempts(FILE)).toBe(1);
	});

	it("GLAIR's 2 MB reason becomes at most 500 characters, in the item and in the Raw answer", async () => {
		const reason = `Document rejected ${'r'.repeat(2 * MB)}`;
		const body = JSON.stringify({ status: 'FAILED', reason, read: null });
		for (const output of ['flattened', 'raw']) {
			suite.sandbox.script(FILE, [{ kind: 'raw', status: 200, headers: { 'content-type': 'application/json' }, body }]);
			const result = await run(output);
			const [item] = result.byOutput['Not Read'];
			expect(item.json.status).toBe('FAILED');
			expect(item.json.reason).toBe(`${reason.slice(0, 499)}…`);
			expect(JSON.stringify(item.json).length).toBeLessThan(10_000);
		}
	});
});
