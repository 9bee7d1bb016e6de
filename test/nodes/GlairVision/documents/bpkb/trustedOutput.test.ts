import { BPKB_FIELDS } from '../../../../helpers/bpkbSpec';
import { parseCsv, toCsv } from '../../../../helpers/csv';
import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import sampleAnswer from '../../../../sandbox/fixtures/bpkb-sample-response.json';

const suite = useSandbox();
const read = (options: Record<string, unknown> = {}, overrides: Record<string, unknown> = {}) => ({
	binaryPropertyName: 'data',
	page: 'all',
	output: 'flattened',
	...overrides,
	options: { retryDelay: 0.01, ...options },
});

/** The vendor's sample answer with some fields changed, as GLAIR would send a misread. */
function answerWith(changes: Record<string, string>, reason = sampleAnswer.reason) {
	const body = JSON.parse(JSON.stringify(sampleAnswer)) as { reason: string; read: Record<string, Record<string, { value: string }>> };
	body.reason = reason;
	for (const field of BPKB_FIELDS) if (field.key in changes) body.read[field.section][field.key].value = changes[field.key];
	return { kind: 'raw' as const, status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

const emailWithThreeFiles = () => ({
	json: { subject: 'BPKB scans' },
	files: {
		attachment_0: sample('bpkb-sample.pdf'),
		attachment_1: sample('signature.gif'),
		attachment_2: sample('bpkb-page-2.png'),
	},
});

describe('Every attachment of an email', () => {
	it('attachment_* reads each file as its own document, in order, all paired to the one email', async () => {
		const result = await runGlairVision({ parameters: read({}, { binaryPropertyName: 'attachment_*' }), credentials: suite.credentials, documents: [emailWithThreeFiles()] });

		// One page of the book read as the whole book: the page it holds was read (pages_read says which).
		expect(result.byOutput.Success.map((item) => [item.json.binary_field, item.json.file_name, item.json.pages_read])).toEqual([
			['attachment_0', 'bpkb-sample.pdf', 'identitas_pemilik, identitas_kendaraan, dokumen_registrasi_pertama, halaman_terakhir'],
			['attachment_2', 'bpkb-page-2.png', 'identitas_kendaraan'],
		]);
		expect(result.byOutput['Not Read'].map((item) => [item.json.binary_field, item.json.status])).toEqual([['attachment_1', 'FILE_INVALID_FORMAT']]);
		for (const items of Object.values(result.byOutput)) for (const item of items) expect(item.pairedItem).toEqual({ item: 0 });
		expect(Object.keys(result.byOutput.Success[1].binary ?? {})).toEqual(['attachment_2']);
	});

	it('with Skip Non-Documents, the signature GIF is skipped and noted instead of failing', async () => {
		const result = await runGlairVision({
			parameters: read({ skipNonDocuments: true }, { binaryPropertyName: 'attachment_*' }),
			credentials: suite.credentials,
			documents: [emailWithThreeFiles()],
		});

		expect(result.byOutput['Not Read']).toHaveLength(0);
		const readItems = [...result.byOutput.Success, ...result.byOutput['Needs Review']];
		expect(readItems).toHaveLength(2);
		for (const item of readItems) expect(item.json.skipped).toBe('signature.gif (a GIF image)');
	});

	it('an email whose only attachment is skipped still yields one item saying so', async () => {
		const result = await runGlairVision({
			parameters: read({ skipNonDocuments: true }, { binaryPropertyName: '*' }),
			credentials: suite.credentials,
			documents: [{ files: { attachment_0: sample('signature.gif') } }],
		});

		expect(result.byOutput['Not Read']).toHaveLength(1);
		expect(result.byOutput['Not Read'][0].json).toMatchObject({ status: 'NO_FILE', reason: expect.stringMatching(/skipped as not a document: signature.gif/) });
	});

	it('a comma-separated list reads the named fields in the order given', async () => {
		const result = await runGlairVision({
			parameters: read({ reviewPoorReads: false }, { binaryPropertyName: 'attachment_2, attachment_0' }),
			credentials: suite.credentials,
			documents: [emailWithThreeFiles()],
		});
		expect(result.byOutput.Success.map((item) => item.json.binary_field)).toEqual(['attachment_2', 'attachment_0']);
	});
});

describe('Spreadsheet-ready rows', () => {
	it('a CSV of the flattened items has the documented header and the sample\'s values cell by cell', async () => {
		const result = await runGlairVision({
			// Review off: this is about the columns, whatever the read.
			parameters: read({ includeConfidence: true, includeBinary: false, reviewPoorReads: false }),
			credentials: suite.credentials,
			documents: [itemWith(sample('bpkb-sample.pdf')), itemWith(sample('bpkb-page-1.png', { fileName: 'second, "quoted".png' }))],
		});

		const rows = result.byOutput.Success.map((item) => item.json);
		for (const row of rows) for (const value of Object.values(row)) expect(['string', 'number', 'boolean'].includes(typeof value) || value === null).toBe(true);
		expect(result.byOutput.Success[0].binary).toBeUndefined();
		const [header, first, second] = parseCsv(toCsv(rows));
		const fieldColumns = header.filter((column) => BPKB_FIELDS.some((field) => field.key === column));
		// Where it went and why first, then the fields, the technical columns last.
		expect(header.slice(0, 3)).toEqual(['outcome', 'reason', 'warnings']);
		expect(header.slice(-9)).toEqual(['status', 'file_name', 'file_sha256', 'binary_field', 'page', 'request_id', 'http_status', 'attempts', 'pages_read']);
		expect(fieldColumns).toEqual(BPKB_FIELDS.map((field) => field.key));
		expect(header[header.indexOf('nomor_rangka') + 1]).toBe('nomor_rangka_confidence');
		const cells = Object.fromEntries(header.map((column, index) => [column, first[index]]));
		const sent = sampleAnswer.read as Record<string, Record<string, { value: string; confidence: number }>>;
		for (const field of BPKB_FIELDS) {
			expect(cells[field.key]).toBe(sent[field.section][field.key].value);
			expect(cells[`${field.key}_confidence`]).toBe(String(sent[field.section][field.key].confidence));
		}
		expect(cells).toMatchObject({ status: 'SUCCESS', file_name: 'bpkb-sample.pdf', pada_tanggal_iso: '2024-06-19', isi_silinder_cc: '2499', warnings: '' });
		expect(second[header.indexOf('file_name')]).toBe('second, "quoted".png');
	});
});

describe('Checked fields', () => {
	it('the sample answer raises no warning', async () => {
		const result = await runGlairVision({ parameters: read({ reviewOnWarnings: true }), credentials: suite.credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });
		expect(result.byOutput.Success[0].json.warnings).toBe('');
		expect(result.byOutput['Needs Review']).toHaveLength(0);
	});

	it('a misread VIN keeps its value, gets a warning and a suggested correction', async () => {
		suite.sandbox.script('bpkb-sample.pdf', [answerWith({ nomor_rangka: 'MHCPHR54CRJ54O957' })]);
		const result = await runGlairVision({ parameters: read(), credentials: suite.credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });

		expect(result.byOutput.Success[0].json).toMatchObject({
			nomor_rangka: 'MHCPHR54CRJ54O957',
			nomor_rangka_suggested: 'MHCPHR54CRJ540957',
			warnings: expect.stringMatching(/^nomor_rangka: .*I, O or Q/),
		});
	});

	it('nested output carries warnings as a list', async () => {
		suite.sandbox.script('bpkb-sample.pdf', [answerWith({ nomor_rangka: 'MHCPHR54CRJ54O957', tahun_pembuatan: '2031' })]);
		const result = await runGlairVision({ parameters: read({}, { output: 'nested' }), credentials: suite.credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });

		const warnings = result.byOutput.Success[0].json.warnings as string[];
		expect(warnings).toHaveLength(3);
		expect(warnings.map((warning) => warning.split(':')[0]).sort()).toEqual(['nomor_rangka', 'tahun_pembuatan', 'tahun_pembuatan']);
	});

	it('Validate Fields off gives GLAIR\'s fields and nothing else', async () => {
		const result = await runGlairVision({
			parameters: read({ validate: false, reviewPoorReads: false }),
			credentials: suite.credentials,
			documents: [itemWith(sample('bpkb-sample.pdf'))],
		});
		const json = result.byOutput.Success[0].json;
		expect(json.warnings).toBeUndefined();
		expect(json.review_reasons).toBeUndefined();
		expect(json.pada_tanggal_iso).toBeUndefined();
	});
});

describe('Needs Review', () => {
	const reviewCases = [
		{ name: 'a field read below the confidence threshold', options: { reviewBelowConfidence: 85 }, script: undefined, file: 'bpkb-sample.pdf', reason: /confidence below 85%: nama_apm \(84.31%\)/ },
		{ name: 'a warning, when Review on Warnings is on', options: { reviewOnWarnings: true }, script: answerWith({ nomor_rangka: 'MHCPHR54CRJ54O957' }), file: 'bpkb-sample.pdf', reason: /nomor_rangka: a VIN/ },
		{ name: 'GLAIR\'s "Some fields are invalid"', options: { reviewOnWarnings: true }, script: undefined, file: 'not-a-bpkb.png', reason: /Some fields are invalid/ },
		{
			name: 'a page with fewer than half its fields read',
			options: { reviewBelowConfidence: 1 },
			script: answerWith(Object.fromEntries(BPKB_FIELDS.filter((field) => field.section === 'identitas_kendaraan').slice(0, 8).map((field) => [field.key, '']))),
			file: 'bpkb-sample.pdf',
			// 8 of the vehicle page's 14 fields blanked.
			reason: /only 6 of 14 fields were read on the page Vehicle Identity \(Identitas Kendaraan\)/,
		},
	];

	it.each(reviewCases)('$name sends the read to Needs Review with the reason', async ({ options, script, file, reason }) => {
		if (script) suite.sandbox.script(file, [script]);
		const result = await runGlairVision({ parameters: read(options), credentials: suite.credentials, documents: [itemWith(sample(file))] });

		expect(result.outputNames).toEqual(['Success', 'Needs Review', 'Not Read']);
		expect(result.byOutput.Success).toHaveLength(0);
		const [item] = result.byOutput['Needs Review'];
		expect(item.json.status).toBe('SUCCESS');
		expect(item.json.review_reasons).toMatch(reason);
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	it('a clean read stays on Success when review is on', async () => {
		const result = await runGlairVision({ parameters: read({ reviewBelowConfidence: 40 }), credentials: suite.credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });
		expect(result.byOutput.Success[0].json.review_reasons).toBe('');
		expect(result.byOutput['Needs Review']).toHaveLength(0);
	});

	it('at the defaults, a picture that is not a BPKB goes to Needs Review, not Success', async () => {
		const result = await runGlairVision({ parameters: read(), credentials: suite.credentials, documents: [itemWith(sample('not-a-bpkb.png'))] });
		expect(result.outputNames).toEqual(['Success', 'Needs Review', 'Not Read']);
		expect(result.byOutput.Success).toHaveLength(0);
		expect(result.byOutput['Needs Review'][0].json.review_reasons).toMatch(/Some fields are invalid/);
	});

	it('at the defaults, "Some fields are invalid" with the owner page read goes to Needs Review, with what was read', async () => {
		suite.sandbox.script('bpkb-sample.pdf', [{ kind: 'envelope', status: 'SOME_FIELDS_INVALID_PARTLY_READ' }]);
		const result = await runGlairVision({ parameters: read(), credentials: suite.credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });
		const [item] = result.byOutput['Needs Review'];
		expect(result.byOutput.Success).toHaveLength(0);
		expect(item.json).toMatchObject({ status: 'SUCCESS', nama_pemilik: 'CV. SAHABAT ANUGERAH SEJAHTERA', nomor_rangka: '' });
		expect(item.json.review_reasons).toBe('GLAIR said "File successfully read. Some fields are invalid.": this may not be a BPKB');
	});

	it('at the defaults, a SUCCESS with 1 field of 30 read goes to Needs Review, naming the page it is on', async () => {
		suite.sandbox.script('bpkb-sample.pdf', [answerWith(Object.fromEntries(BPKB_FIELDS.slice(1).map((field) => [field.key, ''])))]);
		const result = await runGlairVision({ parameters: read(), credentials: suite.credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });
		expect(result.byOutput.Success).toHaveLength(0);
		expect(result.byOutput['Needs Review'][0].json).toMatchObject({
			review_reasons: 'only 1 of 10 fields were read on the page Owner Identity (Identitas Pemilik)',
			pages_read: 'identitas_pemilik',
		});
	});

	it('with every review switched off there is no Needs Review output, and such a read lands on Success', async () => {
		const result = await runGlairVision({
			parameters: read({ errorOutputs: 'perStatus', reviewPoorReads: false }),
			credentials: suite.credentials,
			documents: [itemWith(sample('not-a-bpkb.png'))],
		});
		expect(result.outputNames).toEqual(['Success', 'No File', 'Invalid Format', 'Failed']);
		expect(result.byOutput.Success).toHaveLength(1);
	});
});

describe('Stable columns', () => {
	it('every success row of a run has the same columns, companions included, whatever was read', async () => {
		suite.sandbox.script('bpkb-sample.pdf', [answerWith({ nomor_rangka: 'MHCPHR54CRJ54O957', pada_tanggal: '' })]);
		const result = await runGlairVision({
			parameters: read(),
			credentials: suite.credentials,
			documents: [itemWith(sample('bpkb-sample.pdf')), itemWith(sample('not-a-bpkb.png')), itemWith(sample('bpkb-sample.pdf'))],
		});

		// The empty read is on Needs Review: a sheet fed from both outputs still gets one header.
		const rows = [result.byOutput.Success[0], result.byOutput['Needs Review'][0], result.byOutput.Success[1]];
		const headers = rows.map((item) => Object.keys(item.json).join(','));
		expect(headers).toHaveLength(3);
		expect(new Set(headers).size).toBe(1);
		expect(rows[1].json).toMatchObject({ nomor_rangka_suggested: '', pada_tanggal_iso: '', isi_silinder_cc: '' });
	});
});
