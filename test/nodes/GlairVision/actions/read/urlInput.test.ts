/**
 * Input "File URL", end to end in n8n-core's real engine: a loopback file server, n8n's own HTTP
 * helper and binary store (filesystem mode), the GLAIR sandbox. Nothing is mocked.
 */
import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';
import type { IDataObject } from 'n8n-workflow';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { runGlairVision, type RunResult } from '../../../../helpers/engine';
import { FileServer } from '../../../../helpers/fileServer';
import { useSandbox } from '../../../../helpers/sandboxSuite';

const suite = useSandbox();
const SAMPLES = join(__dirname, '..', '..', '..', '..', '..', 'samples');
const SAMPLE = readFileSync(join(SAMPLES, 'bpkb-sample.pdf'));
const PAGE_1 = readFileSync(join(SAMPLES, 'bpkb-page-1.png'));
const PAGE_2 = readFileSync(join(SAMPLES, 'bpkb-page-2.png'));
const GIF = readFileSync(join(SAMPLES, 'signature.gif'));
const OWNER = 'CV. SAHABAT ANUGERAH SEJAHTERA';
const MB = 1024 * 1024;

let files: FileServer;
beforeAll(async () => {
	files = await FileServer.start();
});
afterAll(async () => {
	await files.close();
});
beforeEach(() => files.reset());

const byUrl = (options: IDataObject = {}, overrides: IDataObject = {}) => ({
	inputType: 'url',
	fileUrl: '={{ $json.url }}',
	page: 'all',
	output: 'flattened',
	...overrides,
	options: { retryDelay: 0.01, maxRetries: 1, ...options },
});

async function readUrls(urls: string[], options: IDataObject = {}, overrides: IDataObject = {}): Promise<RunResult> {
	return await runGlairVision({
		parameters: byUrl(options, overrides),
		credentials: suite.credentials,
		documents: urls.map((url) => ({ json: { url } })),
	});
}

/** Everything a user, an error workflow or a log collector could see of a run. */
function everythingVisible(result: RunResult): string {
	return JSON.stringify({ outputs: result.byOutput, error: result.error, logs: result.logs, run: result.run.data.resultData });
}

describe('Input: File URL', () => {
	it('downloads the file and reads it to Success, the download passed on as binary "data"; the input item is not changed', async () => {
		const url = files.route('/scans/bpkb-sample.pdf', { body: SAMPLE, headers: { 'content-type': 'application/pdf' } });
		const result = await readUrls([url]);

		expect(result.error).toBeUndefined();
		expect(result.byOutput['Not Read']).toHaveLength(0);
		expect(result.byOutput.Success).toHaveLength(1);
		const [item] = result.byOutput.Success;
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.json).toMatchObject({ status: 'SUCCESS', file_name: 'bpkb-sample.pdf', binary_field: '', http_status: 200, nama_pemilik: OWNER });
		expect(item.json.file_sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(Object.keys(item.binary ?? {})).toEqual(['data']);
		expect(item.binary!.data).toMatchObject({ fileName: 'bpkb-sample.pdf', mimeType: 'application/pdf' });
		expect((await Container.get(BinaryDataService).getAsBuffer(item.binary!.data)).equals(SAMPLE)).toBe(true);
		expect(suite.sandbox.requests).toHaveLength(1);
		expect(suite.sandbox.requests[0]).toMatchObject({ fileName: 'bpkb-sample.pdf', detectedType: 'pdf', bytes: SAMPLE.length });
		// The input item as the Source node gave it: its URL, no binary added.
		const sourceItem = result.run.data.resultData.runData.Source[0].data!.main[0]![0];
		expect(sourceItem.json).toEqual({ url });
		expect(sourceItem.binary).toEqual({});
	});

	it('Include Binary off: no binary on the output item', async () => {
		const url = files.route('/scans/bpkb-sample.pdf', { body: SAMPLE });
		const result = await readUrls([url], { includeBinary: false });
		expect(result.byOutput.Success).toHaveLength(1);
		expect(result.byOutput.Success[0].binary).toBeUndefined();
	});

	it('a 404 is that item\'s one No File item with the reason and http_status; nothing is uploaded', async () => {
		const url = files.route('/scans/missing.pdf', { status: 404, body: 'no such key' });
		const result = await readUrls([url], { errorOutputs: 'perStatus' });

		expect(result.error).toBeUndefined();
		expect(result.byOutput['No File']).toHaveLength(1);
		const [item] = result.byOutput['No File'];
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.json).toMatchObject({
			status: 'NO_FILE',
			reason: `The file at ${files.baseUrl}/…/missing.pdf answered 404 (Not Found): check the link.`,
			http_status: 404,
			attempts: 1,
			retryable: false,
			file_name: '',
		});
		expect(files.hitsOf('/scans/missing.pdf')).toBe(1);
		expect(suite.sandbox.requests).toHaveLength(0);
	});

	it('a server error is Failed and retryable, after the same retries as uploads', async () => {
		const url = files.route('/scans/down.pdf', { status: 503, body: 'maintenance' });
		const result = await readUrls([url], { maxRetries: 1 });

		const [item] = result.byOutput['Not Read'];
		expect(item.json).toMatchObject({ status: 'FAILED', http_status: 503, attempts: 2, retryable: true });
		expect(item.json.reason).toBe(`The file at ${files.baseUrl}/…/down.pdf answered 503 (Service Unavailable) (gave up after 2 attempts).`);
		expect(files.hitsOf('/scans/down.pdf')).toBe(2);
	});

	it('an empty File URL is No File, without a request', async () => {
		const result = await readUrls(['']);
		expect(result.byOutput['Not Read'][0].json).toMatchObject({
			status: 'NO_FILE',
			reason: 'No file URL was given: set File URL to the http(s) address of the document.',
		});
		expect(files.requests).toHaveLength(0);
	});

	it('follows a redirect, names the file after where it ended up, and reads it', async () => {
		files.route('/files/bpkb-page-1.png', { body: PAGE_1, headers: { 'content-type': 'image/png' } });
		const url = files.route('/download', { redirectTo: '/files/bpkb-page-1.png' });
		const result = await readUrls([`${url}?id=7`], {}, { page: '1' });

		expect(result.byOutput.Success).toHaveLength(1);
		expect(result.byOutput.Success[0].json).toMatchObject({ status: 'SUCCESS', file_name: 'bpkb-page-1.png', page: 1 });
		expect(files.requests.map((request) => request.url)).toEqual(['/download?id=7', '/files/bpkb-page-1.png']);
		expect(suite.sandbox.requests[0]).toMatchObject({ fileName: 'bpkb-page-1.png', page: '1' });
	});

	it('refuses a file over Max File Size while it streams: Invalid Format, the rest never downloaded, nothing uploaded', async () => {
		const url = files.route('/scans/huge.pdf', { streamBytes: 256 * MB });
		const result = await readUrls([url], { maxFileSizeMb: 1 });

		const [item] = result.byOutput['Not Read'];
		expect(item.json).toMatchObject({ status: 'FILE_INVALID_FORMAT', http_status: 200, retryable: false });
		expect(item.json.reason).toMatch(/^The file at .*\/…\/huge\.pdf is larger than the 1 MB limit \(the download was stopped after 1(\.\d)? MB\)\.$/);
		expect(files.streams[0].bytesSent).toBeLessThan(32 * MB);
		expect(suite.sandbox.requests).toHaveLength(0);
	});

	it('checks the type by the bytes, whatever the URL and Content-Type say: a GIF named .pdf is Invalid Format', async () => {
		const url = files.route('/scans/bpkb.pdf', { body: GIF, headers: { 'content-type': 'application/pdf' } });
		const result = await readUrls([url]);

		const [item] = result.byOutput['Not Read'];
		// Refused after the download, it still says how the download went.
		expect(item.json).toMatchObject({ status: 'FILE_INVALID_FORMAT', file_name: 'bpkb.pdf', attempts: 1, http_status: 200 });
		expect(item.json.reason).toContain('whatever its name says');
		expect(item.json.file_sha256).toMatch(/^[0-9a-f]{64}$/);
		// The downloaded file goes on with the item, so a person can see what came.
		expect(item.binary?.data).toMatchObject({ fileName: 'bpkb.pdf' });
		expect(suite.sandbox.requests).toHaveLength(0);
	});

	it('never lets a signed URL\'s token into an output item, an error or a log', async () => {
		const token = 'X-Amz-Signature=url-input-secret';
		const good = files.route('/signed/bpkb-sample.pdf', { body: SAMPLE });
		const expired = files.route('/signed/expired.pdf', { status: 403, body: `<Error>${token}</Error>` });
		const missing = files.route('/signed/missing.pdf', { status: 404 });
		const flaky = files.route('/signed/flaky.pdf', { sequence: [{ status: 500 }, { body: GIF }] });
		const result = await readUrls([`${good}?${token}`, `${expired}?${token}`, `${missing}?${token}`, `${flaky}?${token}#${token}`], { maxRetries: 1 });

		expect(result.byOutput.Success).toHaveLength(1);
		expect(result.byOutput['Not Read'].map((item) => item.json.status)).toEqual(['FAILED', 'NO_FILE', 'FILE_INVALID_FORMAT']);
		expect(result.byOutput['Not Read'][0].json.reason).toBe(
			`The file at ${files.baseUrl}/…/expired.pdf answered 403 (Forbidden): the file is not public, or a signed link has expired.`,
		);
		expect(result.logs.some((log) => log.message.includes(`download from ${files.baseUrl} failed`))).toBe(true);
		// The run data holds the input items, whose URLs are the user's own: look at what the node made.
		const nodeRuns = { ...result.run.data.resultData.runData };
		delete nodeRuns.Source;
		const visible = JSON.stringify({ outputs: result.byOutput, error: result.error, logs: result.logs, runs: nodeRuns });
		expect(visible).not.toContain('url-input-secret');
		// ... and the whole run holds the token only where the user put it: the Source's 4 URLs (one twice).
		expect(everythingVisible(result).split('url-input-secret').length - 1).toBe(5);
	});

	it('downloads several items at the same time (within Concurrency), each output item paired to its own', async () => {
		// The server answers only once three downloads are waiting at once.
		const sample = files.route('/together/bpkb-sample.pdf', { body: SAMPLE, holdUntil: 3 });
		const page1 = files.route('/together/bpkb-page-1.png', { body: PAGE_1, holdUntil: 3 });
		const page2 = files.route('/together/bpkb-page-2.png', { body: PAGE_2, holdUntil: 3 });
		const missing = files.route('/together/missing.pdf', { status: 404 });
		const result = await readUrls([page1, missing, sample, page2], { concurrency: 3, timeout: 30, maxRetries: 0 });

		expect(files.maxHeld).toBe(3);
		const all = [...result.byOutput.Success, ...result.byOutput['Needs Review'], ...result.byOutput['Not Read']];
		const byItem = Object.fromEntries(all.map((item) => [(item.pairedItem as { item: number }).item, item.json]));
		expect(all).toHaveLength(4);
		expect(byItem[0]).toMatchObject({ status: 'SUCCESS', file_name: 'bpkb-page-1.png' });
		expect(byItem[1]).toMatchObject({ status: 'NO_FILE', http_status: 404 });
		expect(byItem[2]).toMatchObject({ status: 'SUCCESS', file_name: 'bpkb-sample.pdf', nama_pemilik: OWNER });
		expect(byItem[3]).toMatchObject({ status: 'SUCCESS', file_name: 'bpkb-page-2.png' });
		expect(suite.sandbox.requests).toHaveLength(3);
	});

	it('a workflow saved before the URL input existed still reads its binary field', async () => {
		const { sample, itemWith } = await import('../../../../helpers/documents');
		const result = await runGlairVision({
			parameters: { binaryPropertyName: 'data', page: 'all', output: 'flattened', options: {} },
			credentials: suite.credentials,
			documents: [itemWith(sample('bpkb-sample.pdf'))],
		});
		expect(result.byOutput.Success[0].json).toMatchObject({ status: 'SUCCESS', binary_field: 'data' });
		expect(files.requests).toHaveLength(0);
	});
});
