import { createHash } from 'node:crypto';
import { BPKB_FIELDS, fieldsOfSection } from '../helpers/bpkbSpec';
import vendorSampleAnswer from './fixtures/bpkb-sample-response.json';
import { GlairSandbox } from './server';
import { authHeaders, postBpkb, readJson, sample } from './testClient';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EMPTY_FIELD = { value: '', value_original: '', confidence: 0, confidence_text: 0, polygon: [], page_index: 0 };

let sandbox: GlairSandbox;

beforeAll(async () => {
	sandbox = await GlairSandbox.start({ forbiddenApiKeys: ['revoked-key'] });
});
afterEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const samplePdf = () => ({ file: sample('bpkb-sample.pdf'), fileName: 'bpkb-sample.pdf', contentType: 'application/pdf' });

describe('routing and authentication', () => {
	it('listens on loopback only', () => {
		expect(sandbox.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
	});

	it('answers 404 JSON for any other path or method', async () => {
		for (const [method, path] of [
			['GET', '/ocr/v1/bpkb'],
			['POST', '/ocr/v1/spk'], // a GLAIR product no document spec reads (its path is not on record)
			['POST', '/ocr/v1/bpkb/qualities'], // only the KTP has a quality endpoint
			['POST', '/'],
		]) {
			const response = await fetch(`${sandbox.baseUrl}${path}`, { method, headers: authHeaders(sandbox.credentials) });
			expect(response.status).toBe(404);
			expect(response.headers.get('content-type')).toBe('application/json');
			expect(response.headers.get('request-id')).toMatch(UUID);
			await response.json();
		}
	});

	it.each([
		['no headers at all', {}],
		['no x-api-key', { Authorization: authHeaders(sandboxCredentials()).Authorization }],
		['no Authorization', { 'x-api-key': 'sandbox-api-key' }],
		['a wrong password', authHeaders({ ...sandboxCredentials(), password: 'nope' })],
		['a wrong api key', authHeaders({ ...sandboxCredentials(), apiKey: 'nope' })],
	])('answers 401 with the gateway body given %s', async (_, headers: Record<string, string>) => {
		const response = await postBpkb(sandbox, { ...samplePdf(), headers });
		expect(response.status).toBe(401);
		expect(response.headers.get('request-id')).toMatch(UUID);
		expect(await response.json()).toEqual({ error: 'Access to this API has been disallowed' });
		expect(sandbox.requests.at(-1)).toMatchObject({ authenticated: false, httpStatus: 401 });
	});

	it('answers 403 to a key that authenticates but is not allowed', async () => {
		const headers = authHeaders({ ...sandbox.credentials, apiKey: 'revoked-key' });
		const response = await postBpkb(sandbox, { ...samplePdf(), headers });
		expect(response.status).toBe(403);
		expect(await response.json()).toEqual({ error: 'Access to this API has been disallowed' });
		expect(sandbox.requests.at(-1)).toMatchObject({ authenticated: true, httpStatus: 403 });
	});

	it('takes new credentials from setOptions', async () => {
		const original = sandbox.credentials;
		sandbox.setOptions({ credentials: { username: 'u2', password: 'p2', apiKey: 'k2' } });
		try {
			expect((await postBpkb(sandbox, samplePdf())).status).toBe(200);
			const stale = await postBpkb(sandbox, { ...samplePdf(), headers: authHeaders(original) });
			expect(stale.status).toBe(401);
		} finally {
			sandbox.setOptions({ credentials: original });
		}
	});
});

function sandboxCredentials() {
	return { username: 'sandbox-user', password: 'sandbox-password', apiKey: 'sandbox-api-key' };
}

describe('reading documents', () => {
	it('answers the vendor sample for the sample PDF and records what it received', async () => {
		const file = sample('bpkb-sample.pdf');
		const response = await postBpkb(sandbox, samplePdf());
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(await response.json()).toEqual(vendorSampleAnswer);
		expect(sandbox.requests).toHaveLength(1);
		expect(sandbox.requests[0]).toMatchObject({
			requestId: response.headers.get('request-id'),
			fileName: 'bpkb-sample.pdf',
			contentType: 'application/pdf',
			bytes: file.length,
			sha256: createHash('sha256').update(file).digest('hex'),
			detectedType: 'pdf',
			httpStatus: 200,
			authenticated: true,
		});
		expect(sandbox.requests[0].endedAt).toBeGreaterThanOrEqual(sandbox.requests[0].startedAt);
		expect(sandbox.attempts('bpkb-sample.pdf')).toBe(1);
	});

	it('recognises the sample whatever it is called and whatever type it claims', async () => {
		const response = await postBpkb(sandbox, { ...samplePdf(), fileName: 'scan.jpg', contentType: 'image/jpeg' });
		expect(await response.json()).toEqual(vendorSampleAnswer);
	});

	it('answers only the requested page section, with page=2', async () => {
		const response = await postBpkb(sandbox, { ...samplePdf(), page: '2' });
		expect(response.status).toBe(200);
		const body = await readJson(response);
		expect(Object.keys(body.read)).toEqual(['identitas_kendaraan']);
		expect(body).toEqual({
			status: 'SUCCESS',
			reason: 'File Successfully Read',
			read: { identitas_kendaraan: vendorSampleAnswer.read.identitas_kendaraan },
		});
		expect(sandbox.requests[0].page).toBe('2');
	});

	it.each(['0', '5', 'two', '', '1.5'])('answers 400 to page=%j', async (page) => {
		const response = await postBpkb(sandbox, { ...samplePdf(), page });
		expect(response.status).toBe(400);
		expect(await response.json()).toMatchObject({ status: 'FAILED' });
	});

	it('fills one section and empties the others for a single page image sent without page', async () => {
		const response = await postBpkb(sandbox, {
			file: sample('bpkb-page-3.png'),
			fileName: 'bpkb-page-3.png',
			contentType: 'image/png',
		});
		const body = await readJson(response);
		expect(body.status).toBe('SUCCESS');
		expect(body.reason).toBe('File Successfully Read');
		const expectedPage3 = Object.fromEntries(
			Object.entries(vendorSampleAnswer.read.dokumen_registrasi_pertama).map(([key, field]) => [
				key,
				{ ...field, page_index: 0 },
			]),
		);
		expect(body.read.dokumen_registrasi_pertama).toEqual(expectedPage3);
		for (const section of ['identitas_pemilik', 'identitas_kendaraan', 'halaman_terakhir'] as const) {
			expect(body.read[section]).toEqual(
				Object.fromEntries(fieldsOfSection(section).map((field) => [field.key, EMPTY_FIELD])),
			);
		}
	});

	it('reads nothing from a page image when another page is asked for', async () => {
		const response = await postBpkb(sandbox, { file: sample('bpkb-page-1.png'), fileName: 'p1.png', page: '4' });
		expect(await response.json()).toEqual({
			status: 'SUCCESS',
			reason: 'File successfully read. Some fields are invalid.',
			read: { halaman_terakhir: { no_register: EMPTY_FIELD, diterbitkan_oleh: EMPTY_FIELD } },
		});
	});

	it('answers "Some fields are invalid" with all 30 fields empty for an image that is not a BPKB', async () => {
		const response = await postBpkb(sandbox, {
			file: sample('not-a-bpkb.png'),
			fileName: 'receipt.png',
			contentType: 'image/png',
		});
		expect(response.status).toBe(200);
		const body = await readJson(response);
		expect(body.status).toBe('SUCCESS');
		expect(body.reason).toBe('File successfully read. Some fields are invalid.');
		const fields = Object.values(body.read).flatMap((section) => Object.entries(section as object));
		expect(fields).toHaveLength(BPKB_FIELDS.length);
		for (const [, field] of fields) expect(field).toEqual(EMPTY_FIELD);
	});

	it.each([
		['jpeg', [0xff, 0xd8, 0xff, 0xe0]],
		['tiff', [0x49, 0x49, 0x2a, 0x00]],
		['tiff', [0x4d, 0x4d, 0x00, 0x2a]],
		['pdf', [...Buffer.from('%PDF-1.7')]],
	])('accepts %s by its first bytes', async (type, leadingBytes) => {
		const file = Buffer.concat([Buffer.from(leadingBytes), Buffer.alloc(100, 7)]);
		const response = await postBpkb(sandbox, { file, fileName: 'noname', contentType: 'application/octet-stream' });
		expect(response.status).toBe(200);
		expect(sandbox.requests[0].detectedType).toBe(type);
	});

	it('answers 415 to a GIF named .png', async () => {
		const response = await postBpkb(sandbox, {
			file: sample('signature.gif'),
			fileName: 'signature.png',
			contentType: 'image/png',
		});
		expect(response.status).toBe(415);
		expect(await response.json()).toEqual({
			status: 'FILE_INVALID_FORMAT',
			reason: 'Failed to process invalid file format. Please upload the correct file format',
		});
		expect(sandbox.requests[0]).toMatchObject({ detectedType: 'unknown', httpStatus: 415 });
	});

	it('answers 400 NO_FILE without an image part, with an empty one, and to a body that is not multipart', async () => {
		const noImage = await postBpkb(sandbox, { page: '1' });
		const emptyImage = await postBpkb(sandbox, { file: Buffer.alloc(0), fileName: 'empty.png' });
		const wrongPart = new FormData();
		wrongPart.append('file', new Blob([sample('bpkb-sample.pdf')]), 'bpkb-sample.pdf');
		const misnamed = await fetch(`${sandbox.baseUrl}/ocr/v1/bpkb`, {
			method: 'POST',
			headers: authHeaders(sandbox.credentials),
			body: wrongPart,
		});
		const json = await fetch(`${sandbox.baseUrl}/ocr/v1/bpkb`, {
			method: 'POST',
			headers: { ...authHeaders(sandbox.credentials), 'Content-Type': 'application/json' },
			body: '{"image":"aGVsbG8="}',
		});
		for (const response of [noImage, emptyImage, misnamed, json]) {
			expect(response.status).toBe(400);
			expect(await response.json()).toEqual({ status: 'NO_FILE', reason: 'No file in request body' });
		}
	});

	it('puts a fresh Request-Id on every response', async () => {
		const responses = await Promise.all([
			postBpkb(sandbox, samplePdf()),
			postBpkb(sandbox, { file: sample('signature.gif'), fileName: 'a.gif' }),
			postBpkb(sandbox, { page: '1' }),
			postBpkb(sandbox, { ...samplePdf(), headers: {} }),
		]);
		const ids = responses.map((response) => response.headers.get('request-id'));
		for (const id of ids) expect(id).toMatch(UUID);
		expect(new Set(ids).size).toBe(ids.length);
		expect(new Set(sandbox.requests.map((request) => request.requestId))).toEqual(new Set(ids));
		await Promise.all(responses.map((response) => response.arrayBuffer()));
	});
});
