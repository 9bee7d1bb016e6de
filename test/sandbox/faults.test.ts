import vendorSampleAnswer from './fixtures/bpkb-sample-response.json';
import { GlairSandbox } from './server';
import { eventually, postBpkb, readJson, sample } from './testClient';

let sandbox: GlairSandbox;

beforeAll(async () => {
	sandbox = await GlairSandbox.start();
});
afterEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const receipt = () => ({ file: sample('not-a-bpkb.png'), fileName: 'receipt.png', contentType: 'image/png' });
const samplePdf = () => ({ file: sample('bpkb-sample.pdf'), fileName: 'bpkb-sample.pdf', contentType: 'application/pdf' });

describe('scripts', () => {
	it('answers the next uploads of a file with the steps in order, then normally again', async () => {
		sandbox.script('bpkb-sample.pdf', [
			{ kind: 'http', status: 503 },
			{ kind: 'http', status: 500 },
		]);
		const statuses = [];
		for (let attempt = 0; attempt < 3; attempt++) statuses.push((await postBpkb(sandbox, samplePdf())).status);
		expect(statuses).toEqual([503, 500, 200]);
		expect(sandbox.attempts('bpkb-sample.pdf')).toBe(3);
		expect(sandbox.requests.map((request) => request.fault)).toEqual(['http:503', 'http:500', undefined]);
	});

	it('leaves other file names alone, and lets "*" steps go first', async () => {
		sandbox.script('bpkb-sample.pdf', [{ kind: 'http', status: 500 }]);
		sandbox.script('*', [{ kind: 'http', status: 503 }]);
		expect((await postBpkb(sandbox, receipt())).status).toBe(503);
		expect((await postBpkb(sandbox, receipt())).status).toBe(200);
		expect((await postBpkb(sandbox, samplePdf())).status).toBe(500);
		expect((await postBpkb(sandbox, samplePdf())).status).toBe(200);
	});

	it('forgets scripts and the request log on reset', async () => {
		sandbox.script('*', [{ kind: 'http', status: 500 }]);
		sandbox.reset();
		expect((await postBpkb(sandbox, receipt())).status).toBe(200);
		sandbox.reset();
		expect(sandbox.requests).toEqual([]);
	});
});

describe('envelope steps', () => {
	it('SUCCESS answers the vendor sample whatever was uploaded', async () => {
		sandbox.script('receipt.png', [{ kind: 'envelope', status: 'SUCCESS' }]);
		const response = await postBpkb(sandbox, receipt());
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual(vendorSampleAnswer);
	});

	it('SOME_FIELDS_INVALID answers a 200 success with empty fields, for the requested page', async () => {
		sandbox.script('bpkb-sample.pdf', [{ kind: 'envelope', status: 'SOME_FIELDS_INVALID' }]);
		const body = await readJson(await postBpkb(sandbox, { ...samplePdf(), page: '4' }));
		expect(body.status).toBe('SUCCESS');
		expect(body.reason).toBe('File successfully read. Some fields are invalid.');
		expect(Object.keys(body.read)).toEqual(['halaman_terakhir']);
		expect(body.read.halaman_terakhir.no_register).toMatchObject({ value: '', confidence: 0, polygon: [] });
	});

	it.each([
		['NO_FILE', 400],
		['FILE_INVALID_FORMAT', 415],
		['FAILED', 200],
	] as const)('%s answers HTTP %i', async (status, httpStatus) => {
		sandbox.script('*', [{ kind: 'envelope', status }]);
		const response = await postBpkb(sandbox, samplePdf());
		expect(response.status).toBe(httpStatus);
		expect(await response.json()).toMatchObject({ status });
	});
});

describe('HTTP error steps', () => {
	it.each([500, 503, 504])('answers %i with a JSON body', async (status) => {
		sandbox.script('*', [{ kind: 'http', status }]);
		const response = await postBpkb(sandbox, samplePdf());
		expect(response.status).toBe(status);
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(response.headers.get('request-id')).toBeTruthy();
		expect(await response.json()).toHaveProperty('error');
	});

	it.each([401, 403])('answers %i with the gateway body', async (status) => {
		sandbox.script('*', [{ kind: 'http', status }]);
		const response = await postBpkb(sandbox, samplePdf());
		expect(response.status).toBe(status);
		expect(await response.json()).toEqual({ error: 'Access to this API has been disallowed' });
	});

	it('answers 429 with Retry-After in seconds or as an HTTP date', async () => {
		const date = new Date(Date.UTC(2030, 0, 1)).toUTCString();
		sandbox.script('*', [
			{ kind: 'http', status: 429, retryAfter: 2 },
			{ kind: 'http', status: 429, retryAfter: date },
		]);
		const inSeconds = await postBpkb(sandbox, samplePdf());
		const asDate = await postBpkb(sandbox, samplePdf());
		expect([inSeconds.status, asDate.status]).toEqual([429, 429]);
		expect(inSeconds.headers.get('retry-after')).toBe('2');
		expect(asDate.headers.get('retry-after')).toBe('Tue, 01 Jan 2030 00:00:00 GMT');
		await inSeconds.arrayBuffer();
		await asDate.arrayBuffer();
	});

	it('answers a gateway HTML page', async () => {
		sandbox.script('*', [{ kind: 'html' }, { kind: 'html', status: 504 }]);
		const badGateway = await postBpkb(sandbox, samplePdf());
		expect(badGateway.status).toBe(502);
		expect(badGateway.headers.get('content-type')).toBe('text/html');
		expect(await badGateway.text()).toContain('<h1>502 Bad Gateway</h1>');
		const timeout = await postBpkb(sandbox, samplePdf());
		expect(timeout.status).toBe(504);
		expect(await timeout.text()).toContain('504 Gateway Timeout');
	});

	it('sends a raw answer verbatim', async () => {
		sandbox.script('*', [{ kind: 'raw', status: 418, headers: { 'Content-Type': 'text/plain', 'X-Odd': 'yes' }, body: 'teapot' }]);
		const response = await postBpkb(sandbox, samplePdf());
		expect(response.status).toBe(418);
		expect(response.headers.get('x-odd')).toBe('yes');
		expect(response.headers.get('request-id')).toBeTruthy();
		expect(await response.text()).toBe('teapot');
		expect(sandbox.requests[0].fault).toBe('raw:418');
	});
});

describe('malformed bodies', () => {
	it('not-json: a 200 "application/json" that is plain text', async () => {
		sandbox.script('*', [{ kind: 'malformed', variant: 'not-json' }]);
		const response = await postBpkb(sandbox, samplePdf());
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/json');
		await expect(response.json()).rejects.toThrow();
	});

	it('no-status and unknown-status', async () => {
		sandbox.script('*', [
			{ kind: 'malformed', variant: 'no-status' },
			{ kind: 'malformed', variant: 'unknown-status' },
		]);
		const withoutStatus = await readJson(await postBpkb(sandbox, samplePdf()));
		expect(withoutStatus).not.toHaveProperty('status');
		expect(withoutStatus.read).toEqual(vendorSampleAnswer.read);
		const unknownStatus = await readJson(await postBpkb(sandbox, samplePdf()));
		expect(unknownStatus.status).toBe('PARTIALLY_READ');
	});

	it('bare-string-field: the first field of each section is a bare string', async () => {
		sandbox.script('*', [{ kind: 'malformed', variant: 'bare-string-field' }]);
		const body = await readJson(await postBpkb(sandbox, samplePdf()));
		expect(body.read.identitas_pemilik.alamat).toBe(vendorSampleAnswer.read.identitas_pemilik.alamat.value);
		expect(body.read.identitas_pemilik.nama_pemilik).toEqual(vendorSampleAnswer.read.identitas_pemilik.nama_pemilik);
	});

	it('nomor_ktp_tdp: the other SDK spelling', async () => {
		sandbox.script('*', [{ kind: 'malformed', variant: 'nomor_ktp_tdp' }]);
		const body = await readJson(await postBpkb(sandbox, samplePdf()));
		expect(body.read.identitas_pemilik).not.toHaveProperty('no_ktp_tdp');
		expect(body.read.identitas_pemilik.nomor_ktp_tdp).toEqual(vendorSampleAnswer.read.identitas_pemilik.no_ktp_tdp);
	});
});

describe('transport faults', () => {
	it('delay: outlasts a client timeout, and the sandbox lets go when the client does', async () => {
		sandbox.script('*', [{ kind: 'delay', ms: 10_000 }]);
		const started = Date.now();
		await expect(postBpkb(sandbox, { ...samplePdf(), signal: AbortSignal.timeout(200) })).rejects.toThrow();
		expect(Date.now() - started).toBeLessThan(5_000);
		await eventually(() => sandbox.requests[0].endedAt !== undefined);
		expect(sandbox.requests[0]).toMatchObject({ fault: 'delay:10000', httpStatus: 0 });
	});

	it('delay: answers normally once the wait is over', async () => {
		sandbox.script('*', [{ kind: 'delay', ms: 150 }]);
		const started = Date.now();
		const response = await postBpkb(sandbox, samplePdf());
		expect(Date.now() - started).toBeGreaterThanOrEqual(140);
		expect(await response.json()).toEqual(vendorSampleAnswer);
	});

	it('reset during headers: no byte of the file is read', async () => {
		sandbox.script('*', [{ kind: 'reset', during: 'headers' }]);
		await expect(postBpkb(sandbox, samplePdf())).rejects.toThrow();
		expect(sandbox.requests[0]).toMatchObject({ fault: 'reset:headers', httpStatus: 0, bytes: 0 });
	});

	it('reset during headers, scripted for a file name: cut when the file part begins', async () => {
		sandbox.script('bpkb-sample.pdf', [{ kind: 'reset', during: 'headers' }]);
		await expect(postBpkb(sandbox, samplePdf())).rejects.toThrow();
		expect(sandbox.requests[0]).toMatchObject({ fileName: 'bpkb-sample.pdf', fault: 'reset:headers', bytes: 0 });
		expect((await postBpkb(sandbox, samplePdf())).status).toBe(200);
	});

	it('reset during upload: cut after some KB of the file', async () => {
		const file = Buffer.concat([sample('not-a-bpkb.png'), Buffer.alloc(2 * 1024 * 1024)]);
		sandbox.script('big.png', [{ kind: 'reset', during: 'upload', afterBytes: 64 * 1024 }]);
		await expect(postBpkb(sandbox, { file, fileName: 'big.png' })).rejects.toThrow();
		const [request] = sandbox.requests;
		expect(request).toMatchObject({ fault: 'reset:upload', httpStatus: 0 });
		expect(request.bytes).toBeGreaterThanOrEqual(64 * 1024);
		expect(request.bytes).toBeLessThan(file.length);
	});

	it('truncated: Content-Length promises more than arrives', async () => {
		sandbox.script('*', [{ kind: 'truncated' }]);
		const response = await postBpkb(sandbox, samplePdf());
		expect(response.status).toBe(200);
		expect(Number(response.headers.get('content-length'))).toBeGreaterThan(1000);
		await expect(response.text()).rejects.toThrow();
	});

	it('keeps working for the next request after each transport fault', async () => {
		sandbox.script('*', [{ kind: 'reset', during: 'headers' }, { kind: 'truncated' }]);
		await expect(postBpkb(sandbox, samplePdf())).rejects.toThrow();
		await expect((await postBpkb(sandbox, samplePdf())).text()).rejects.toThrow();
		expect(await (await postBpkb(sandbox, samplePdf())).json()).toEqual(vendorSampleAnswer);
	});
});
