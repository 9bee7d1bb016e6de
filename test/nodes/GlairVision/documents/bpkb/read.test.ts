import type { INodeExecutionData } from 'n8n-workflow';

import { BPKB_FIELDS, PAGE_SECTIONS, fieldsForPage } from '../../../../helpers/bpkbSpec';
import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import sampleAnswer from '../../../../sandbox/fixtures/bpkb-sample-response.json';

const suite = useSandbox();
const sent = sampleAnswer.read as Record<string, Record<string, Record<string, unknown>>>;
const read = (overrides: Record<string, unknown> = {}) => ({
	binaryPropertyName: 'data',
	page: 'all',
	output: 'flattened',
	...overrides,
	options: { ...((overrides.options as object) ?? {}) },
});
const only = (items: INodeExecutionData[]) => {
	expect(items).toHaveLength(1);
	return items[0];
};

describe('Read BPKB of the sample book, all pages, flattened', () => {
	it('routes the read to Success with all 30 fields as GLAIR named and valued them', async () => {
		const result = await runGlairVision({ parameters: read(), credentials: suite.credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });

		expect(result.error).toBeUndefined();
		expect(result.outputNames).toEqual(['Success', 'Needs Review', 'Not Read']);
		expect(result.byOutput['Not Read']).toHaveLength(0);
		const item = only(result.byOutput.Success);
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.json).toMatchObject({
			status: 'SUCCESS',
			reason: 'File Successfully Read',
			file_name: 'bpkb-sample.pdf',
			binary_field: 'data',
			page: 'all',
			http_status: 200,
			attempts: 1,
		});
		expect(item.json.request_id).toBe(suite.sandbox.requests[0].requestId);
		for (const field of BPKB_FIELDS) expect(item.json[field.key]).toBe(sent[field.section][field.key].value);
	});

	it('uploads the file from n8n\'s filesystem binary store as part "image", with its real name and type, and no page part', async () => {
		const result = await runGlairVision({ parameters: read(), credentials: suite.credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });

		const item = only(result.byOutput.Success);
		expect(String(item.binary?.data.id)).toMatch(/^filesystem(-v2)?:/);
		const [request] = suite.sandbox.requests;
		expect(request).toMatchObject({ fileName: 'bpkb-sample.pdf', contentType: 'application/pdf', page: undefined, authenticated: true, detectedType: 'pdf' });
		expect(request.bytes).toBe(sample('bpkb-sample.pdf').bytes.length);
	});
});

describe('Page choice', () => {
	it.each([1, 2, 3, 4] as const)('page %i is sent as the page part and only that section\'s fields come back', async (page) => {
		const result = await runGlairVision({
			parameters: read({ page: String(page) }),
			credentials: suite.credentials,
			documents: [itemWith(sample(`bpkb-page-${page}.png`))],
		});

		const item = only(result.byOutput.Success);
		expect(suite.sandbox.requests[0].page).toBe(String(page));
		expect(item.json.page).toBe(page);
		const expected = fieldsForPage(page).map((field) => field.key);
		const fieldKeys = BPKB_FIELDS.map((field) => field.key).filter((key) => key in item.json);
		expect(fieldKeys).toEqual(expected);
		for (const field of fieldsForPage(page)) expect(item.json[field.key]).toBe(sent[PAGE_SECTIONS[page]][field.key].value);
	});

	it.each([
		['a number from an expression', 2, '2'],
		['a string with spaces', ' 3 ', '3'],
	])('accepts the page as %s', async (_label, page, sentPage) => {
		const result = await runGlairVision({ parameters: read({ page }), credentials: suite.credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });
		only(result.byOutput.Success);
		expect(suite.sandbox.requests[0].page).toBe(sentPage);
	});

	it.each([['0'], ['5'], ['two'], ['2.5']])('refuses page %p for that item only, with a message that says what to use', async (page) => {
		const result = await runGlairVision({
			parameters: read({ page: `={{ $json.page ?? ${JSON.stringify(page)} }}` }),
			credentials: suite.credentials,
			documents: [{ ...itemWith(sample('bpkb-sample.pdf')), json: { page } }, { ...itemWith(sample('bpkb-sample.pdf')), json: { page: 1 } }],
		});

		const refused = only(result.byOutput['Not Read']);
		expect(refused.pairedItem).toEqual({ item: 0 });
		expect(refused.json.status).toBe('FAILED');
		expect(refused.json.reason).toMatch(/Page must be 1, 2, 3, 4 or "all"/);
		expect(only(result.byOutput.Success).pairedItem).toEqual({ item: 1 });
		expect(suite.sandbox.requests).toHaveLength(1);
	});
});

describe('Output formats', () => {
	it('nested keeps GLAIR\'s sections, every field an object with all six keys', async () => {
		const result = await runGlairVision({ parameters: read({ output: 'nested' }), credentials: suite.credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });

		const item = only(result.byOutput.Success);
		const nested = item.json.read as Record<string, Record<string, unknown>>;
		expect(Object.keys(nested)).toEqual(['identitas_pemilik', 'identitas_kendaraan', 'dokumen_registrasi_pertama', 'halaman_terakhir']);
		for (const field of BPKB_FIELDS) expect(nested[field.section][field.key]).toEqual(sent[field.section][field.key]);
		expect(item.json).toMatchObject({ status: 'SUCCESS', file_name: 'bpkb-sample.pdf', page: 'all' });
	});

	it('nested fills what an older API left out with empty text, 0 and []', async () => {
		suite.sandbox.script('bpkb-sample.pdf', [{ kind: 'malformed', variant: 'bare-string-field' }]);
		const result = await runGlairVision({ parameters: read({ output: 'nested' }), credentials: suite.credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });

		const nested = only(result.byOutput.Success).json.read as Record<string, Record<string, Record<string, unknown>>>;
		const bare = Object.values(nested).flatMap((section) => Object.values(section)).filter((field) => field.polygon instanceof Array && (field.polygon as unknown[]).length === 0 && field.confidence === 0 && field.value !== '');
		expect(bare.length).toBeGreaterThan(0);
		for (const field of bare) expect(field).toEqual({ value: field.value, value_original: field.value, confidence: 0, confidence_text: 0, polygon: [], page_index: 0 });
	});

	it('raw passes GLAIR\'s body on untouched beside the metadata', async () => {
		const result = await runGlairVision({ parameters: read({ output: 'raw' }), credentials: suite.credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });

		const item = only(result.byOutput.Success);
		expect(item.json.response).toEqual(sampleAnswer);
		expect(item.json).toMatchObject({ status: 'SUCCESS', reason: 'File Successfully Read', file_name: 'bpkb-sample.pdf', page: 'all' });
	});
});

describe('Branching on status', () => {
	const statuses = [
		{ fault: 'NO_FILE', http: 400, single: 'Not Read', perStatus: 'No File' },
		{ fault: 'FILE_INVALID_FORMAT', http: 415, single: 'Not Read', perStatus: 'Invalid Format' },
		{ fault: 'FAILED', http: undefined, single: 'Not Read', perStatus: 'Failed' },
		{ fault: 'SUCCESS', http: 200, single: 'Success', perStatus: 'Success' },
	] as const;

	it.each(statuses)('$fault from GLAIR goes to $single (single) and $perStatus (per status)', async ({ fault, http, single, perStatus }) => {
		for (const [mode, expectedOutput, names] of [
			['single', single, ['Success', 'Needs Review', 'Not Read']],
			['perStatus', perStatus, ['Success', 'Needs Review', 'No File', 'Invalid Format', 'Failed']],
		] as const) {
			suite.sandbox.reset();
			suite.sandbox.script('bpkb-sample.pdf', [{ kind: 'envelope', status: fault }]);
			const result = await runGlairVision({
				parameters: read({ options: { errorOutputs: mode } }),
				credentials: suite.credentials,
				documents: [itemWith(sample('bpkb-sample.pdf'))],
			});

			expect(result.outputNames).toEqual(names);
			const item = only(result.byOutput[expectedOutput]);
			expect(item.pairedItem).toEqual({ item: 0 });
			expect(item.json.status).toBe(fault);
			expect(item.json.request_id).toBe(suite.sandbox.requests[0].requestId);
			if (http !== undefined) expect(item.json.http_status).toBe(http);
			if (fault !== 'SUCCESS') expect(item.json).toMatchObject({ file_name: 'bpkb-sample.pdf', retryable: false, reason: expect.any(String) });
			const total = Object.values(result.byOutput).reduce((sum, items) => sum + items.length, 0);
			expect(total).toBe(1);
		}
	});

	it('a picture that is not a BPKB is a SUCCESS with empty fields and GLAIR\'s "Some fields are invalid": Needs Review at the defaults', async () => {
		const result = await runGlairVision({ parameters: read(), credentials: suite.credentials, documents: [itemWith(sample('not-a-bpkb.png'))] });

		expect(result.byOutput.Success).toHaveLength(0);
		const item = only(result.byOutput['Needs Review']);
		expect(item.json.review_reasons).toMatch(/GLAIR said "File successfully read\. Some fields are invalid\.": this may not be a BPKB/);
		expect(item.json.reason).toMatch(/Some fields are invalid/);
		for (const field of BPKB_FIELDS) expect(item.json[field.key]).toBe('');
	});
});

describe('Checked locally, before any request', () => {
	it('an item without the binary field is a NO_FILE that names the fields the item does have', async () => {
		const result = await runGlairVision({
			parameters: read({ options: { errorOutputs: 'perStatus' } }),
			credentials: suite.credentials,
			documents: [itemWith(sample('bpkb-sample.pdf'), 'attachment_0')],
		});

		const item = only(result.byOutput['No File']);
		expect(item.json).toMatchObject({ status: 'NO_FILE', http_status: null, attempts: 0, binary_field: 'data' });
		expect(item.json.reason).toMatch(/No binary field "data".*attachment_0/);
		expect(suite.sandbox.requests).toHaveLength(0);
	});

	it('a GIF named .png is FILE_INVALID_FORMAT whatever its name and mime type say', async () => {
		const gif = sample('signature.gif', { fileName: 'scan.png', mimeType: 'image/png' });
		const result = await runGlairVision({ parameters: read({ options: { errorOutputs: 'perStatus' } }), credentials: suite.credentials, documents: [itemWith(gif)] });

		const item = only(result.byOutput['Invalid Format']);
		expect(item.json).toMatchObject({ status: 'FILE_INVALID_FORMAT', file_name: 'scan.png', attempts: 0 });
		expect(item.json.reason).toMatch(/GIF image.*PNG, JPEG, TIFF and PDF/);
		expect(suite.sandbox.requests).toHaveLength(0);
	});
});

describe('Several items in one run', () => {
	it('gives each input item exactly one output item, paired to it, in input order', async () => {
		const documents = [
			itemWith(sample('bpkb-sample.pdf')),
			itemWith(sample('signature.gif')),
			itemWith(sample('bpkb-page-2.png')),
			{ json: { note: 'no file' } },
			itemWith(sample('not-a-bpkb.png')),
		];
		const result = await runGlairVision({ parameters: read(), credentials: suite.credentials, documents });

		// One page of four photographed alone is read as far as it goes (its pages_read says which);
		// a picture that is no BPKB needs a person at the defaults.
		expect(result.byOutput.Success.map((item) => [item.pairedItem, item.json.pages_read])).toEqual([
			[{ item: 0 }, 'identitas_pemilik, identitas_kendaraan, dokumen_registrasi_pertama, halaman_terakhir'],
			[{ item: 2 }, 'identitas_kendaraan'],
		]);
		expect(result.byOutput['Needs Review'].map((item) => [item.pairedItem, item.json.file_name])).toEqual([[{ item: 4 }, 'not-a-bpkb.png']]);
		expect(result.byOutput['Not Read'].map((item) => item.pairedItem)).toEqual([{ item: 1 }, { item: 3 }]);
	});
});

describe('A refused credential', () => {
	it.each([
		['401', { apiKey: 'wrong-key' }, /401.*wrong username or password, or a missing API key/],
		['401', { password: 'wrong-password' }, /401/],
	])('%s stops the node with a NodeApiError that says so, without the secrets', async (_code, wrong, message) => {
		const credentials = { ...suite.credentials, ...wrong };
		const result = await runGlairVision({ parameters: read(), credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });

		expect(result.error?.message).toMatch(message);
		expect(result.error?.httpCode).toBe('401');
		const everything = JSON.stringify(result.error) + JSON.stringify(result.logs);
		expect(everything).not.toContain(credentials.password);
		expect(everything).not.toContain(credentials.apiKey);
		expect(suite.sandbox.requests).toHaveLength(1);
	});

	it('403 says the account may not use the BPKB endpoint, without retrying', async () => {
		suite.sandbox.script('bpkb-sample.pdf', [{ kind: 'http', status: 403 }]);
		const result = await runGlairVision({ parameters: read(), credentials: suite.credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });

		expect(result.error?.message).toMatch(/403.*not allowed to use the BPKB endpoint/);
		expect(suite.sandbox.requests).toHaveLength(1);
	});

	it('with On Error set to continue, every document lands on the error output instead', async () => {
		const credentials = { ...suite.credentials, apiKey: 'wrong-key' };
		const result = await runGlairVision({
			parameters: read(),
			credentials,
			onError: 'continueRegularOutput',
			documents: [itemWith(sample('bpkb-sample.pdf')), itemWith(sample('bpkb-page-1.png'))],
		});

		expect(result.error).toBeUndefined();
		expect(result.byOutput['Not Read'].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.byOutput['Not Read'][0].json).toMatchObject({ status: 'FAILED', http_status: 401, retryable: false });
	});
});
