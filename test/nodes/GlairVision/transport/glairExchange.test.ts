/**
 * The general exchange with GLAIR (the shapes the face, identity and session endpoints need)
 * against a real HTTP server on loopback that parses what arrives with busboy. Nothing is mocked.
 */
import busboy from 'busboy';
import { createHash } from 'node:crypto';
import { mkdtempSync, readlinkSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import { closeAllDispatchers } from '../../../../nodes/GlairVision/transport/dispatcher';
import { exchangeWithGlair, type GlairExchange } from '../../../../nodes/GlairVision/transport/glairExchange';
import type { FormPart, UploadSource } from '../../../../nodes/GlairVision/transport/multipart';
import { RequestGate } from '../../../../nodes/GlairVision/transport/requestGate';

interface ReceivedFile {
	filename: string;
	mimeType: string;
	bytes: number;
	sha256: string;
}

interface Received {
	method: string;
	url: string;
	headers: IncomingMessage['headers'];
	files: Record<string, ReceivedFile>;
	fields: Record<string, string>;
	/** The raw body, for anything that is not multipart. */
	text: string;
}

/** How the server answers one request: JSON, or a hold (headers read, body not, no answer). */
type Answer = { status?: number; body?: unknown; headers?: Record<string, string> } | 'hold';

class MultipartServer {
	readonly received: Received[] = [];
	readonly arrived: IncomingMessage[] = [];
	private answers: Answer[] = [];

	private constructor(
		private readonly server: Server,
		readonly baseUrl: string,
	) {}

	static async start(): Promise<MultipartServer> {
		const holder: { instance?: MultipartServer } = {};
		const server = createServer((request, response) => holder.instance!.handle(request, response));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		holder.instance = new MultipartServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
		return holder.instance;
	}

	/** The next requests' answers, in turn; after them, 200 `{"status":"SUCCESS"}`. */
	script(...answers: Answer[]): void {
		this.answers = answers;
	}

	reset(): void {
		this.received.length = 0;
		this.arrived.length = 0;
		this.answers = [];
	}

	async close(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise((resolve) => this.server.close(resolve));
	}

	private handle(request: IncomingMessage, response: ServerResponse): void {
		this.arrived.push(request);
		const answer = this.answers.shift() ?? {};
		if (answer === 'hold') {
			// Read nothing of the body and never answer: the client's timeout or Stop ends it.
			request.pause();
			return;
		}
		void this.read(request).then((received) => {
			this.received.push(received);
			const body = JSON.stringify(answer.body ?? { status: 'SUCCESS' });
			response.writeHead(answer.status ?? 200, { 'content-type': 'application/json', 'request-id': `req-${this.received.length}`, ...answer.headers });
			response.end(body);
		});
	}

	private async read(request: IncomingMessage): Promise<Received> {
		const received: Received = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, files: {}, fields: {}, text: '' };
		if (!request.headers['content-type']?.startsWith('multipart/form-data')) {
			const chunks: Buffer[] = [];
			for await (const chunk of request) chunks.push(chunk as Buffer);
			received.text = Buffer.concat(chunks).toString('utf8');
			return received;
		}
		await new Promise<void>((resolve, reject) => {
			const parser = busboy({ headers: request.headers });
			const files: Array<Promise<void>> = [];
			parser.on('file', (name, stream, info) => {
				const hash = createHash('sha256');
				let bytes = 0;
				files.push(
					new Promise((done) => {
						stream.on('data', (chunk: Buffer) => {
							bytes += chunk.length;
							hash.update(chunk);
						});
						stream.on('end', () => {
							received.files[name] = { filename: info.filename ?? '', mimeType: info.mimeType, bytes, sha256: hash.digest('hex') };
							done();
						});
					}),
				);
			});
			parser.on('field', (name, value) => (received.fields[name] = value));
			parser.on('close', () => void Promise.all(files).then(() => resolve()));
			parser.on('error', reject);
			request.pipe(parser);
		});
		return received;
	}
}

const MB = 1024 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const dir = mkdtempSync(join(tmpdir(), 'glair-exchange-'));

/** A file on disk opened the way n8n's filesystem binary store opens one (a FileHandle's stream), counting opens. */
function diskFile(name: string, bytes: Buffer, mimeType: string): UploadSource & { path: string; opens: number } {
	const path = join(dir, name);
	writeFileSync(path, bytes);
	const source = {
		path,
		opens: 0,
		fileName: name,
		mimeType,
		size: bytes.length,
		open: async () => {
			source.opens++;
			return (await open(path, 'r')).createReadStream();
		},
	};
	return source;
}

function memoryFile(name: string, bytes: Buffer, mimeType: string): UploadSource {
	return { fileName: name, mimeType, size: bytes.length, open: async () => Readable.from([bytes]) };
}

/** Descriptors of this process that point at `path` (Linux's /proc). */
function openDescriptorsOf(path: string): number {
	return readdirSync('/proc/self/fd').filter((fd) => {
		try {
			return readlinkSync(`/proc/self/fd/${fd}`) === path;
		} catch {
			return false;
		}
	}).length;
}

async function settle(): Promise<void> {
	for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 10));
}

let server: MultipartServer;
beforeAll(async () => {
	server = await MultipartServer.start();
});
afterAll(async () => {
	await closeAllDispatchers();
	await server.close();
	rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => server.reset());

const credentials = () => ({ username: 'user', password: 'pass', apiKey: 'key-1', baseUrl: server.baseUrl });

function exchange(request: Pick<GlairExchange, 'method' | 'path' | 'body'> & Partial<GlairExchange>) {
	return exchangeWithGlair({
		credentials: credentials(),
		settings: { maxRetries: 2, timeoutMs: 5_000, initialDelayMs: 1 },
		gate: new RequestGate(4),
		cancelSignal: new AbortController().signal,
		...request,
	});
}

const STORED = Buffer.alloc(40_000, 1);
const CAPTURED = Buffer.alloc(3 * MB + 17, 2);

describe('multipart with several named parts', () => {
	it('face match: two files under their own part names, with their names, types and lengths (one buffered, one streamed)', async () => {
		const captured = diskFile('selfie.jpg', CAPTURED, 'image/jpeg');
		const parts: FormPart[] = [
			{ name: 'stored_image', file: memoryFile('foto.png', STORED, 'image/png') },
			{ name: 'captured_image', file: captured },
		];
		const outcome = await exchange({ method: 'POST', path: '/face/v1/match', body: { kind: 'multipart', parts } });

		expect(outcome).toMatchObject({ kind: 'answered', httpStatus: 200, attempts: 1, requestId: 'req-1' });
		const [request] = server.received;
		expect(request).toMatchObject({ method: 'POST', url: '/face/v1/match', fields: {} });
		expect(request.files).toEqual({
			stored_image: { filename: 'foto.png', mimeType: 'image/png', bytes: STORED.length, sha256: sha256(STORED) },
			captured_image: { filename: 'selfie.jpg', mimeType: 'image/jpeg', bytes: CAPTURED.length, sha256: sha256(CAPTURED) },
		});
		expect(Number(request.headers['content-length'])).toBeGreaterThan(STORED.length + CAPTURED.length);
		expect(request.headers).toMatchObject({ authorization: `Basic ${Buffer.from('user:pass').toString('base64')}`, 'x-api-key': 'key-1' });
		await settle();
		expect(openDescriptorsOf(captured.path)).toBe(0);
	});

	it('active liveness: the file `image` and the text part `gesture-code`', async () => {
		const parts: FormPart[] = [
			{ name: 'image', file: memoryFile('selfie.jpg', STORED, 'image/jpeg') },
			{ name: 'gesture-code', text: 'HAND_01000' },
		];
		await exchange({ method: 'POST', path: '/face/v1/active-liveness', body: { kind: 'multipart', parts } });

		expect(server.received[0].files).toEqual({ image: expect.objectContaining({ filename: 'selfie.jpg', bytes: STORED.length }) });
		expect(server.received[0].fields).toEqual({ 'gesture-code': 'HAND_01000' });
	});

	it('identity: text parts only, or text parts and the file `face_image`', async () => {
		const person = { nik: '3171014405900001', name: 'BUDI SANTOSO', date_of_birth: '04-05-1990', mother_maiden_name: 'SITI' };
		const text: FormPart[] = Object.entries(person).map(([name, text]) => ({ name, text }));
		await exchange({ method: 'POST', path: '/identity/v1/verification', body: { kind: 'multipart', parts: text } });
		const face: FormPart = { name: 'face_image', file: memoryFile('selfie.jpg', STORED, 'image/jpeg') };
		await exchange({ method: 'POST', path: '/identity/v1/face-verification', body: { kind: 'multipart', parts: [...text, face] } });

		expect(server.received.map((request) => [request.url, request.fields, Object.keys(request.files)])).toEqual([
			['/identity/v1/verification', person, []],
			['/identity/v1/face-verification', person, ['face_image']],
		]);
	});
});

describe('JSON and GET', () => {
	it('posts a JSON document (a hosted session) and reads one back with a GET', async () => {
		const session = { success_url: 'https://n8n.example/webhook-waiting/42', cancel_url: 'https://n8n.example/cancel', qualities_detector: true };
		server.script({ status: 201, body: { status: 'PENDING', url: 'https://glair.example/s/abc' } }, { body: { status: 'FINISHED', result: {} } });
		const created = await exchange({ method: 'POST', path: '/ocr/v1/ktp-sessions', body: { kind: 'json', value: session } });
		const read = await exchange({ method: 'GET', path: '/ocr/v1/ktp-sessions/abc', body: { kind: 'empty' } });

		expect(created).toMatchObject({ kind: 'answered', httpStatus: 201 });
		expect(created.kind === 'answered' && JSON.parse(created.bodyText)).toEqual({ status: 'PENDING', url: 'https://glair.example/s/abc' });
		expect(server.received[0]).toMatchObject({ method: 'POST', url: '/ocr/v1/ktp-sessions', text: JSON.stringify(session) });
		expect(server.received[0].headers).toMatchObject({ 'content-type': 'application/json', 'content-length': String(JSON.stringify(session).length) });
		expect(read).toMatchObject({ kind: 'answered', httpStatus: 200 });
		expect(server.received[1]).toMatchObject({ method: 'GET', url: '/ocr/v1/ktp-sessions/abc', text: '' });
		expect(server.received[1].headers['content-type']).toBeUndefined();
		expect(server.received[1].headers['x-api-key']).toBe('key-1');
	});
});

describe('retries, cancellation and what is left open', () => {
	it('re-opens every file for every attempt and sends all of each again', async () => {
		const stored = diskFile('foto.png', STORED, 'image/png');
		const captured = diskFile('selfie.jpg', CAPTURED, 'image/jpeg');
		server.script({ status: 503 }, { status: 429, headers: { 'retry-after': '0' } });
		const parts: FormPart[] = [
			{ name: 'stored_image', file: stored },
			{ name: 'captured_image', file: captured },
		];
		const outcome = await exchange({ method: 'POST', path: '/face/v1/match', body: { kind: 'multipart', parts } });

		expect(outcome).toMatchObject({ kind: 'answered', httpStatus: 200, attempts: 3 });
		expect([stored.opens, captured.opens]).toEqual([3, 3]);
		expect(server.received.map((request) => [request.files.stored_image.bytes, request.files.captured_image.sha256])).toEqual(
			Array.from({ length: 3 }, () => [STORED.length, sha256(CAPTURED)]),
		);
		await settle();
		expect(openDescriptorsOf(stored.path) + openDescriptorsOf(captured.path)).toBe(0);
	});

	it('ends at once when the execution is stopped mid-upload, with the stop reason, and closes the file', async () => {
		const captured = diskFile('selfie-stopped.jpg', Buffer.alloc(8 * MB, 3), 'image/jpeg');
		server.script('hold');
		const controller = new AbortController();
		const reason = new Error('stopped by the user');
		const sending = exchange({
			method: 'POST',
			path: '/face/v1/passive-liveness',
			body: { kind: 'multipart', parts: [{ name: 'image', file: captured }] },
			cancelSignal: controller.signal,
			settings: { maxRetries: 3, timeoutMs: 60_000, initialDelayMs: 1 },
		});
		while (server.arrived.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
		const stoppedAt = Date.now();
		controller.abort(reason);

		await expect(sending).rejects.toBe(reason);
		expect(Date.now() - stoppedAt).toBeLessThan(1_000);
		expect(server.arrived).toHaveLength(1);
		await settle();
		expect(openDescriptorsOf(captured.path)).toBe(0);
	});

	it('closes a streamed file whose upload timed out, without waiting for the garbage collector', async () => {
		const captured = diskFile('selfie-timeout.jpg', Buffer.alloc(8 * MB, 4), 'image/jpeg');
		server.script('hold', 'hold');
		const outcome = await exchange({
			method: 'POST',
			path: '/face/v1/passive-liveness',
			body: { kind: 'multipart', parts: [{ name: 'image', file: captured }] },
			settings: { maxRetries: 1, timeoutMs: 300, initialDelayMs: 1 },
		});

		expect(outcome).toEqual({ kind: 'gaveUp', attempts: 2, httpStatus: null, requestId: null, reason: 'timed out after 0.3 s (gave up after 2 attempts)', retryable: true });
		expect(captured.opens).toBe(2);
		await settle();
		expect(openDescriptorsOf(captured.path)).toBe(0);
	});
});
