import { allFields } from '../../../../../nodes/GlairVision/documents/fieldList';
import { stnk } from '../../../../../nodes/GlairVision/documents/stnk';
import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { only, readParameters } from '../../../../helpers/readParameters';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import stnkAnswer from '../../../../sandbox/fixtures/stnk-sample-response.json';

const suite = useSandbox();
afterEach(() => suite.sandbox.setOptions({ spelling: 'newest' }));

const sent = stnkAnswer.read as Record<string, Record<string, Record<string, unknown>>>;
const FIELDS = allFields(stnk);
const REGISTRATION = FIELDS.filter((field) => field.section === 'halaman_stnk');
const TAX = FIELDS.filter((field) => field.section === 'halaman_pajak_tahunan');
const read = (overrides: Record<string, unknown> = {}) => readParameters('stnk', overrides);
const stnkSample = () => [itemWith(sample('stnk-sample.png'))];
/**
 * Warnings that do not depend on today's date (the sample's deadlines are checked with a fixed
 * date in checks.test.ts), from nested output's list or the flattened "; "-joined text.
 */
const undatedWarnings = (warnings: unknown) =>
	(Array.isArray(warnings) ? (warnings as string[]) : String(warnings).split(/; (?=[a-z_]+: )/)).filter(
		(warning) => warning !== '' && !/^(pajak_)?berlaku_sampai: /.test(warning),
	);

describe('Read STNK of the sample (both sides on one image), flattened', () => {
	it('routes the read to Success with all 50 fields: the registration page under its names, the tax page as pajak_<name>', async () => {
		const result = await runGlairVision({ parameters: read(), credentials: suite.credentials, documents: stnkSample() });

		expect(result.error).toBeUndefined();
		expect(result.outputNames).toEqual(['Success', 'Needs Review', 'Not Read']);
		const item = only(result.byOutput.Success);
		expect(item.json).toMatchObject({ status: 'SUCCESS', reason: 'File Successfully Read', file_name: 'stnk-sample.png', http_status: 200, attempts: 1 });
		// The STNK has no Page parameter, so no page column; both of its pages were read.
		expect(item.json).not.toHaveProperty('page');
		expect(item.json.pages_read).toBe('halaman_stnk, halaman_pajak_tahunan');
		expect(FIELDS).toHaveLength(50);
		for (const field of REGISTRATION) expect([field.column, item.json[field.column]]).toEqual([field.key, sent.halaman_stnk[field.key].value]);
		for (const field of TAX) expect([field.column, item.json[field.column]]).toEqual([`pajak_${field.key}`, sent.halaman_pajak_tahunan[field.key].value]);
		expect(item.json).toMatchObject({ pajak_berlaku_sampai: '20-11-2027', berlaku_sampai: '20-11-2031', pajak_nomor_registrasi_lama: '' });
		expect(undatedWarnings(item.json.warnings)).toEqual([]);
	});

	it('sends the file to /ocr/v1/stnk as part "image", without a page part', async () => {
		await runGlairVision({ parameters: read(), credentials: suite.credentials, documents: stnkSample() });
		expect(suite.sandbox.requests).toHaveLength(1);
		expect(suite.sandbox.requests[0]).toMatchObject({ path: '/ocr/v1/stnk', fileName: 'stnk-sample.png', contentType: 'image/png', page: undefined, detectedType: 'png' });
	});

	it('puts each companion right after its own column, the tax page\'s after the pajak_ one', async () => {
		const item = only((await runGlairVision({ parameters: read(), credentials: suite.credentials, documents: stnkSample() })).byOutput.Success);
		const columns = Object.keys(item.json);
		const after = (column: string) => columns[columns.indexOf(column) + 1];
		expect(after('berlaku_sampai')).toBe('berlaku_sampai_iso');
		expect(after('pajak_berlaku_sampai')).toBe('pajak_berlaku_sampai_iso');
		expect(after('nomor_registrasi')).toBe('nomor_registrasi_normalized');
		expect(after('pajak_nomor_registrasi')).toBe('pajak_nomor_registrasi_normalized');
		expect(item.json).toMatchObject({
			berlaku_sampai_iso: '2031-11-20',
			pajak_berlaku_sampai_iso: '2027-11-20',
			tanggal_penerbitan_iso: '2026-11-20',
			pajak_ditetapkan_tanggal_iso: '2026-11-18',
			isi_silinder_cc: 1496,
			pajak_isi_silinder_cc: 1496,
			nomor_registrasi_normalized: 'D 1234 SPX',
		});
	});
});

describe('Every spelling GLAIR used reads into the same columns', () => {
	it('the older flat answer (camelCase, bare strings, isi_sillinder) fills the registration page\'s columns exactly as the newest does', async () => {
		const newest = only((await runGlairVision({ parameters: read(), credentials: suite.credentials, documents: stnkSample() })).byOutput.Success);
		suite.sandbox.setOptions({ spelling: 'legacy' });
		// The older answer had no tax page: half of the fields, which the default review flags.
		const legacy = await runGlairVision({ parameters: read({ options: { reviewPoorReads: false } }), credentials: suite.credentials, documents: stnkSample() });

		const item = only(legacy.byOutput.Success);
		for (const field of REGISTRATION) expect([field.column, item.json[field.column]]).toEqual([field.column, newest.json[field.column]]);
		expect(item.json.isi_silinder).toBe('1.496 CC');
		expect(item.json.isi_silinder_cc).toBe(1496);
		for (const field of TAX) expect([field.column, item.json[field.column]]).toEqual([field.column, '']);
	});

	it('an older answer with only the registration page is a card photographed without its tax notice: Success, saying which page was read', async () => {
		suite.sandbox.setOptions({ spelling: 'legacy' });
		const result = await runGlairVision({ parameters: read(), credentials: suite.credentials, documents: stnkSample() });
		const item = only(result.byOutput.Success);
		expect(item.json).toMatchObject({ review_reasons: '', pages_read: 'halaman_stnk' });
	});
});

describe('Output formats', () => {
	it('nested keeps both sections, every field an object with all six keys', async () => {
		const item = only((await runGlairVision({ parameters: read({ output: 'nested' }), credentials: suite.credentials, documents: stnkSample() })).byOutput.Success);
		const nested = item.json.read as Record<string, Record<string, unknown>>;
		expect(Object.keys(nested)).toEqual(['halaman_stnk', 'halaman_pajak_tahunan']);
		for (const field of FIELDS) expect(nested[field.section][field.key]).toEqual(sent[field.section][field.key]);
		expect((item.json.checked as Record<string, unknown>).pajak_berlaku_sampai_iso).toBe('2027-11-20');
	});

	it('raw passes GLAIR\'s body on untouched', async () => {
		const item = only((await runGlairVision({ parameters: read({ output: 'raw' }), credentials: suite.credentials, documents: stnkSample() })).byOutput.Success);
		expect(stnkAnswer._invented).toMatch(/INVENTED/);
		expect(item.json.response).toEqual({ ...stnkAnswer, _invented: undefined });
		expect(item.json.response).not.toHaveProperty('_invented');
	});
});

describe('The checks, on what GLAIR sent', () => {
	/** The sample's answer with some values changed, sent by the sandbox as is. */
	const answerWith = (changes: Record<string, Record<string, string>>) => {
		const answer = structuredClone(stnkAnswer) as { read: Record<string, Record<string, { value: string }>> };
		for (const [section, fields] of Object.entries(changes)) for (const [key, value] of Object.entries(fields)) answer.read[section][key].value = value;
		return JSON.stringify(answer);
	};

	it('two pages that disagree about the car, a VIN with an O and a bad BPKB number warn, each naming its column; Review on Warnings sends it to Needs Review', async () => {
		suite.sandbox.script('stnk-sample.png', [
			{
				kind: 'raw',
				status: 200,
				headers: { 'Content-Type': 'application/json' },
				body: answerWith({
					halaman_stnk: { nomor_rangka: 'MHZSPX15MEO000123', nomor_bpkb: '00054321' },
					halaman_pajak_tahunan: { nomor_registrasi: 'D 1234 SPY', nomor_mesin: 'SPX15E000321' },
				}),
			},
		]);
		const result = await runGlairVision({ parameters: read({ output: 'nested', options: { reviewOnWarnings: true } }), credentials: suite.credentials, documents: stnkSample() });

		const item = only(result.byOutput['Needs Review']);
		expect(undatedWarnings(item.json.warnings)).toEqual([
			'nomor_registrasi: "D 1234 SPX" here, but pajak_nomor_registrasi says "D 1234 SPY"',
			'nomor_bpkb: a BPKB number reads like "U-03870835" (a series letter, a dash, 8 digits); this is "00054321"',
			'nomor_mesin: "SPX15E000123" here, but pajak_nomor_mesin says "SPX15E000321"',
			'nomor_rangka: a VIN never uses the letters I, O or Q (they are mistaken for 1 and 0); this has O; probably MHZSPX15ME0000123',
			'nomor_rangka: "MHZSPX15MEO000123" here, but pajak_nomor_rangka says "MHZSPX15ME0000123"',
		]);
		expect((item.json.checked as Record<string, unknown>).nomor_rangka_suggested).toBe('MHZSPX15ME0000123');
		expect(item.json.review_reasons).toContain('nomor_mesin: "SPX15E000123" here, but pajak_nomor_mesin says "SPX15E000321"');
	});

	it('an expired registration and an overdue tax warn against today\'s date', async () => {
		suite.sandbox.script('stnk-sample.png', [
			{
				kind: 'raw',
				status: 200,
				headers: { 'Content-Type': 'application/json' },
				body: answerWith({ halaman_stnk: { berlaku_sampai: '20-11-2021' }, halaman_pajak_tahunan: { berlaku_sampai: '20-11-2022' } }),
			},
		]);
		const item = only((await runGlairVision({ parameters: read(), credentials: suite.credentials, documents: stnkSample() })).byOutput.Success);
		const warnings = String(item.json.warnings).split(/; (?=[a-z_]+: )/);
		expect(warnings).toContainEqual(expect.stringMatching(/^berlaku_sampai: the registration ended on 2021-11-20, \d+ days ago$/));
		expect(warnings).toContainEqual(expect.stringMatching(/^pajak_berlaku_sampai: the paid annual tax ended on 2022-11-20, \d+ days ago$/));
	});

	it('Validate Fields off: no companions, no warnings column', async () => {
		const item = only((await runGlairVision({ parameters: read({ options: { validate: false, reviewPoorReads: false } }), credentials: suite.credentials, documents: stnkSample() })).byOutput.Success);
		expect(item.json.warnings).toBeUndefined();
		expect(item.json.berlaku_sampai_iso).toBeUndefined();
	});
});

describe('The STNK resource in the editor', () => {
	it('offers neither Check Image Quality nor Include Photo and Signature, and no Page', async () => {
		const { loadPackage } = await import('../../../../helpers/engine');
		const { nodeTypes } = await loadPackage();
		const properties = nodeTypes.getByNameAndVersion('n8n-nodes-glair-vision.glairVision', 1).description.properties;
		const forStnk = properties.filter((property) => property.displayOptions?.show?.resource?.includes('stnk'));
		const forBpkb = properties.filter((property) => property.displayOptions?.show?.resource?.includes('bpkb'));
		// The same parameter names as Read BPKB, less the Page the STNK endpoint does not take.
		expect(forStnk.map((property) => property.name)).toEqual(forBpkb.map((property) => property.name).filter((name) => name !== 'page'));
		expect(forStnk.map((property) => property.name)).toEqual(expect.arrayContaining(['operation', 'binaryPropertyName', 'output', 'options']));
		const options = forStnk.find((property) => property.name === 'options')!.options!.map((option) => (option as { name: string }).name);
		expect(options).not.toContain('checkImageQuality');
		expect(options).not.toContain('includeImages');
		const operations = forStnk[0].options as Array<{ value: string; action: string }>;
		expect(operations.find((operation) => operation.value === 'read')?.action).toBe('Read STNK');
	});
});
