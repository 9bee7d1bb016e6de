/**
 * The URL input, inside n8n-core's real WorkflowExecute: n8n's own HTTP helper (axios through
 * @n8n/backend-network), n8n's binary store in filesystem mode, and a real HTTP server on
 * loopback. Nothing is mocked.
 */
import { SsrfProtectionConfig } from '@n8n/config';
import { Container } from '@n8n/di';
import { BinaryDataConfig, BinaryDataService } from 'n8n-core';
import type { IBinaryData } from 'n8n-workflow';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { loadPackage } from '../../../../helpers/engine';
import { FileServer } from '../../../../helpers/fileServer';
import { runDownloads } from '../../../../helpers/urlDownload.node';

const SAMPLE = readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'samples', 'bpkb-sample.pdf'));
const MB = 1024 * 1024;

let server: FileServer;

beforeAll(async () => {
	await loadPackage();
	server = await FileServer.start();
});
afterAll(async () => {
	await server.close();
});
beforeEach(() => server.reset());

const download = runDownloads;

async function storedBytes(binary: IBinaryData): Promise<Buffer> {
	return await Container.get(BinaryDataService).getAsBuffer(binary);
}

function leftoverTempFiles(): string[] {
	const root = Container.get(BinaryDataConfig).localStoragePath;
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir)) {
			const path = join(dir, entry);
			if (statSync(path).isDirectory()) walk(path);
			else if (entry.includes('.tmp.')) found.push(path);
		}
	};
	walk(root);
	return found;
}

describe('downloadToBinary in the real engine', () => {
	it('stores a good file in the binary store byte for byte, named after the URL path', async () => {
		const url = server.route('/files/bpkb-sample.pdf', { body: SAMPLE, headers: { 'content-type': 'application/pdf' } });
		const { items } = await download([url]);

		expect(items).toHaveLength(1);
		expect(url).toBe(`${server.baseUrl}/files/bpkb-sample.pdf`);
		expect(items[0].json).toMatchObject({ kind: 'downloaded', fileName: 'bpkb-sample.pdf', bytes: SAMPLE.length, attempts: 1, displayUrl: `${server.baseUrl}/…/bpkb-sample.pdf` });
		const binary = items[0].binary!.data;
		expect(binary.id).toMatch(/^filesystem/);
		expect(binary).toMatchObject({ fileName: 'bpkb-sample.pdf', mimeType: 'application/pdf', bytes: SAMPLE.length });
		expect(binary.directory).toBeUndefined();
		expect((await storedBytes(binary)).equals(SAMPLE)).toBe(true);
	});

	it('reports a 404 as that item\'s failure, without retrying, and goes on with the next item', async () => {
		const missing = server.route('/files/missing.pdf', { status: 404, body: 'not here' });
		const good = server.route('/files/bpkb-sample.pdf', { body: SAMPLE });
		const { items } = await download([missing, good]);

		expect(items).toHaveLength(2);
		expect(items[0].json).toMatchObject({ kind: 'failed', httpStatus: 404, retryable: false, attempts: 1 });
		expect(items[0].json.reason).toBe(`The file at ${server.baseUrl}/…/missing.pdf answered 404 (Not Found): check the link.`);
		expect(items[0].binary).toBeUndefined();
		expect(server.hitsOf('/files/missing.pdf')).toBe(1);
		expect(items[1].json).toMatchObject({ kind: 'downloaded', bytes: SAMPLE.length });
	});

	it('tries again after a 500 and a 429, with the upload back-off, and then succeeds', async () => {
		const url = server.route('/files/flaky.pdf', {
			sequence: [{ status: 500, body: 'oops' }, { status: 429, body: 'slow down', headers: { 'retry-after': '0' } }, { body: SAMPLE }],
		});
		const { items, logs } = await download([url], { maxRetries: 2 });

		expect(items[0].json).toMatchObject({ kind: 'downloaded', attempts: 3, bytes: SAMPLE.length });
		expect(server.hitsOf('/files/flaky.pdf')).toBe(3);
		expect((await storedBytes(items[0].binary!.data)).equals(SAMPLE)).toBe(true);
		const retries = logs.filter((l) => l.level === 'warn' && l.message.includes('trying again'));
		expect(retries.map((l) => l.message)).toEqual([
			expect.stringContaining('answered 500 (Internal Server Error)'),
			expect.stringContaining('answered 429 (Too Many Requests)'),
		]);
	});

	it('gives up after the configured retries and says so', async () => {
		const url = server.route('/files/down.pdf', { status: 503, body: 'maintenance' });
		const { items } = await download([url], { maxRetries: 1 });

		expect(items[0].json).toMatchObject({ kind: 'failed', httpStatus: 503, retryable: true, attempts: 2 });
		expect(items[0].json.reason).toBe(`The file at ${server.baseUrl}/…/down.pdf answered 503 (Service Unavailable) (gave up after 2 attempts).`);
		expect(server.hitsOf('/files/down.pdf')).toBe(2);
	});

	it('follows a redirect and names the file after where it ended up', async () => {
		server.route('/files/bpkb-sample.pdf', { body: SAMPLE, headers: { 'content-type': 'application/pdf' } });
		const url = server.route('/download', { redirectTo: '/files/bpkb-sample.pdf' });
		const { items } = await download([`${url}?id=42`]);

		expect(items[0].json).toMatchObject({ kind: 'downloaded', fileName: 'bpkb-sample.pdf', displayUrl: url });
		expect((await storedBytes(items[0].binary!.data)).equals(SAMPLE)).toBe(true);
		expect(server.requests.map((r) => r.url)).toEqual(['/download?id=42', '/files/bpkb-sample.pdf']);
	});

	it('stops a redirect loop and a redirect away from http(s), as that item\'s failure', async () => {
		const loop = server.route('/loop', { redirectTo: '/loop' });
		const away = server.route('/away', { redirectTo: 'file:///etc/passwd' });
		const { items } = await download([loop, away]);

		expect(items[0].json).toMatchObject({ kind: 'failed', retryable: false, httpStatus: 302 });
		expect(items[0].json.reason).toBe(`The file at ${loop} redirected more than 10 times.`);
		expect(server.hitsOf('/loop')).toBe(11);
		expect(items[1].json.reason).toBe(`The file at ${away} redirected to an address that is not an http(s) URL.`);
	});

	it('takes the file name from Content-Disposition, filename* first', async () => {
		const url = server.route('/export', {
			body: SAMPLE,
			headers: {
				'content-type': 'application/octet-stream',
				'content-disposition': `attachment; filename="BPKB Budi.pdf"; filename*=UTF-8''BPKB%20Budi%20%E2%80%93%20asli.pdf`,
			},
		});
		const plain = server.route('/export-plain', { body: SAMPLE, headers: { 'content-disposition': 'attachment; filename="../../etc/BPKB Siti.pdf"' } });
		const { items } = await download([url, plain]);

		expect(items[0].json).toMatchObject({ kind: 'downloaded', fileName: 'BPKB Budi – asli.pdf' });
		// application/octet-stream says nothing: n8n takes the type from the name.
		expect(items[0].binary!.data.mimeType).toBe('application/pdf');
		// A path in the header is never a path in the store.
		expect(items[1].json).toMatchObject({ kind: 'downloaded', fileName: 'BPKB Siti.pdf' });
		expect(items[1].binary!.data.directory).toBeUndefined();
	});

	it('refuses an oversize file while it streams: the rest is never downloaded, nothing is kept', async () => {
		// 256 MB offered without a Content-Length; the limit is 1 MB.
		const url = server.route('/files/huge.pdf', { streamBytes: 256 * MB });
		const { items } = await download([url], { maxBytes: 1 * MB });

		expect(items[0].json).toMatchObject({ kind: 'failed', retryable: false, httpStatus: 200, attempts: 1 });
		expect(items[0].json.reason).toMatch(/^The file at http:\/\/127\.0\.0\.1:\d+\/…\/huge\.pdf is larger than the 1 MB limit \(the download was stopped after 1(\.\d)? MB\)\.$/);
		expect(server.hitsOf('/files/huge.pdf')).toBe(1);
		// The server got to send what the client read plus what the sockets buffer, not the file.
		const [streamed] = server.streams;
		expect(streamed.bytesSent).toBeLessThan(32 * MB);
		await new Promise((resolve) => setImmediate(resolve));
		expect(leftoverTempFiles()).toEqual([]);
	});

	it('refuses a file whose Content-Length is over the limit before reading it', async () => {
		const url = server.route('/files/declared.pdf', { streamBytes: 64 * MB, declareLength: true });
		const { items } = await download([url], { maxBytes: 2 * MB });

		expect(items[0].json).toMatchObject({ kind: 'failed', retryable: false, httpStatus: 200 });
		expect(items[0].json.reason).toBe(`The file at ${server.baseUrl}/…/declared.pdf is 64 MB, over the 2 MB limit (nothing was downloaded).`);
		expect(server.streams[0].bytesSent).toBeLessThan(32 * MB);
	});

	it('times out a server that sends headers and then nothing, and retries it', async () => {
		const url = server.route('/files/stalled.pdf', { stall: true });
		const { items } = await download([url], { timeoutMs: 300, maxRetries: 1 });

		expect(items[0].json).toMatchObject({ kind: 'failed', retryable: true, httpStatus: null, attempts: 2 });
		expect(items[0].json.reason).toBe(`The file at ${server.baseUrl}/…/stalled.pdf could not be downloaded: timed out after 0.3 s (gave up after 2 attempts).`);
		expect(server.hitsOf('/files/stalled.pdf')).toBe(2);
	});

	it('stops at once when the execution is stopped, mid-download and mid-back-off', async () => {
		const stalled = server.route('/files/stalled.pdf', { stall: true });
		const mid = await download([stalled], { timeoutMs: 60_000 }, () => server.hitsOf('/files/stalled.pdf') > 0);
		expect(mid.status).toBe('canceled');

		const down = server.route('/files/down.pdf', { status: 503 });
		const backOff = await download([down], { maxRetries: 3, initialDelayMs: 60_000 }, () => server.hitsOf('/files/down.pdf') > 0);
		expect(backOff.status).toBe('canceled');
		expect(server.hitsOf('/files/down.pdf')).toBe(1);
	});

	it('reports a refused connection as a network failure, not a crash', async () => {
		const closed = await FileServer.start();
		const url = closed.route('/files/gone.pdf', { body: SAMPLE });
		await closed.close();
		const { items } = await download([url], { maxRetries: 0 });

		expect(items[0].json).toMatchObject({ kind: 'failed', retryable: true, httpStatus: null, attempts: 1 });
		expect(items[0].json.reason).toBe(
			`The file at ${closed.baseUrl}/…/gone.pdf could not be downloaded: the connection was refused (is the server up and reachable from this n8n?).`,
		);
	});

	it('refuses what is not an http(s) URL without a request', async () => {
		const { items } = await download(['', 'file:///etc/passwd', 'not a url?token=secret', 42]);

		expect(items.map((i) => i.json.kind)).toEqual(['failed', 'failed', 'failed', 'failed']);
		expect(items[0].json.reason).toBe('No file URL was given: set File URL to the http(s) address of the document.');
		expect(items[1].json.reason).toBe('File URL must start with http:// or https:// (got file).');
		expect(items[2].json.reason).toBe('"not a url" is not a URL: File URL must be a full http:// or https:// address.');
		expect(items[3].json.reason).toBe('No file URL was given: set File URL to the http(s) address of the document.');
		expect(server.requests).toEqual([]);
	});

	it('never lets a signed URL\'s query string into an item, an error or a log', async () => {
		const secret = 'X-Amz-Signature=secret';
		server.route('/signed/bpkb.pdf', { body: SAMPLE });
		server.route('/signed/expired.pdf', { status: 403, body: `<Error>signature ${secret} expired</Error>` });
		server.route('/signed/flaky.pdf', { sequence: [{ status: 502 }, { status: 502 }] });
		server.route('/signed/big.pdf', { streamBytes: 8 * MB });
		server.route('/signed/hop', { redirectTo: `/signed/bpkb.pdf?${secret}&hop=2` });
		const base = `${server.baseUrl}/signed`;
		const urls = [
			`${base}/bpkb.pdf?${secret}&X-Amz-Credential=AKIAEXAMPLE#frag-secret`,
			`${base}/expired.pdf?${secret}`,
			`${base}/flaky.pdf?${secret}`,
			`${base}/big.pdf?${secret}`,
			`${base}/hop?${secret}`,
			`http://user:password-secret@127.0.0.1:1/signed/none.pdf?${secret}`,
		];
		const { items, logs, runText } = await download(urls, { maxRetries: 1, maxBytes: 1 * MB });

		expect(items.map((i) => i.json.kind)).toEqual(['downloaded', 'failed', 'failed', 'failed', 'downloaded', 'failed']);
		// The server did get the signature: the download used the URL as given.
		expect(server.requests.filter((r) => r.url.includes(secret))).toHaveLength(server.requests.length);
		expect(items[0].json.displayUrl).toBe(`${server.baseUrl}/…/bpkb.pdf`);
		expect(items[5].json.displayUrl).toBe('http://127.0.0.1:1/…/none.pdf');
		expect((await storedBytes(items[0].binary!.data)).equals(SAMPLE)).toBe(true);

		const logText = JSON.stringify(logs);
		expect(logs.length).toBeGreaterThan(0);
		for (const text of [runText, logText]) {
			expect(text).not.toContain('secret');
			expect(text).not.toContain('X-Amz');
			expect(text).not.toContain('AKIAEXAMPLE');
			expect(text).not.toContain('hop=2');
		}
	});
});

describe('a download is named by its host and file name, never its path, query or the names it carries', () => {
	it("never echoes a token in the URL's path (a Telegram bot file URL answering 503)", async () => {
		const path = '/file/bot7312045589:AAH-telegram-path-token_x9/documents/file_7.pdf';
		server.route(path, { status: 503, body: 'Service Unavailable' });
		const { items, logs, runText } = await download([`${server.baseUrl}${path}`], { maxRetries: 1 });

		expect(items[0].json).toMatchObject({ kind: 'failed', httpStatus: 503, attempts: 2, displayUrl: `${server.baseUrl}/…/file_7.pdf` });
		expect(items[0].json.reason).toBe(`The file at ${server.baseUrl}/…/file_7.pdf answered 503 (Service Unavailable) (gave up after 2 attempts).`);
		// The retry was logged, by host only.
		expect(logs.filter((log) => log.level === 'warn').map((log) => log.message)).toEqual([
			expect.stringContaining(`download from ${server.baseUrl} failed (answered 503 (Service Unavailable))`),
		]);
		for (const text of [runText, JSON.stringify(logs)]) {
			expect(text).not.toContain('AAH-telegram-path-token');
			expect(text).not.toContain('7312045589');
			expect(text).not.toContain('/documents/');
		}
	});

	it('logs no file name at any level, from Content-Disposition or from the URL', async () => {
		const named = server.route('/scans/KTP-3171015508900002-SITI-AMINAH.pdf', {
			body: SAMPLE,
			headers: { 'content-disposition': 'attachment; filename="KTP 3171014405900001 BUDI SANTOSO.pdf"' },
		});
		const plain = server.route('/scans/BPKB-3171015508900003-DEWI.pdf', { body: SAMPLE });
		const { items, logs } = await download([named, plain]);

		expect(items.map((item) => item.json.fileName)).toEqual(['KTP 3171014405900001 BUDI SANTOSO.pdf', 'BPKB-3171015508900003-DEWI.pdf']);
		expect(logs.filter((log) => log.level === 'debug' && log.message.includes(`from ${server.baseUrl}`)).length).toBeGreaterThanOrEqual(4);
		const logText = JSON.stringify(logs);
		for (const personal of ['3171014405900001', 'BUDI', '3171015508900002', 'SITI', '3171015508900003', 'DEWI']) {
			expect(logText).not.toContain(personal);
		}
	});
});

describe('the instance\'s network rules apply, because the download goes through n8n\'s helper', () => {
	it('is blocked by n8n\'s SSRF protection when the instance turns it on (N8N_SSRF_PROTECTION_ENABLED)', async () => {
		const config = Container.get(SsrfProtectionConfig);
		const url = server.route('/files/bpkb-sample.pdf', { body: SAMPLE });
		config.enabled = true;
		try {
			const { items } = await download([`${url}?X-Amz-Signature=secret`]);
			expect(items[0].json).toMatchObject({ kind: 'failed', retryable: false, httpStatus: null, attempts: 1 });
			expect(items[0].json.reason).toBe(
				`The file at ${server.baseUrl}/…/bpkb-sample.pdf was blocked by this n8n's SSRF protection (the host resolves to a restricted IP address; an administrator can allow it with N8N_SSRF_ALLOWED_IP_RANGES or N8N_SSRF_ALLOWED_HOSTNAMES).`,
			);
			expect(server.requests).toEqual([]);
		} finally {
			config.enabled = false;
		}
	});

	it('goes through HTTP_PROXY like n8n\'s own HTTP Request node', async () => {
		const seen: string[] = [];
		const proxy = createServer((incoming, outgoing) => {
			seen.push(incoming.url ?? '');
			const upstream = httpRequest(incoming.url!, { method: incoming.method, headers: incoming.headers }, (answer) => {
				outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(outgoing);
			});
			upstream.on('error', () => outgoing.destroy());
			incoming.pipe(upstream);
		});
		await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
		const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY };
		process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
		process.env.NO_PROXY = '';
		try {
			const url = server.route('/files/bpkb-sample.pdf', { body: SAMPLE });
			const { items } = await download([url]);
			expect(items[0].json).toMatchObject({ kind: 'downloaded', bytes: SAMPLE.length });
			expect(seen).toEqual([url]);
		} finally {
			for (const [key, value] of Object.entries(saved)) {
				if (value === undefined) delete process.env[key];
				else process.env[key] = value;
			}
			await new Promise((resolve) => proxy.close(resolve));
		}
	});
});
