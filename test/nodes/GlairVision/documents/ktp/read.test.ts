import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';
import type { INodeExecutionData } from 'n8n-workflow';

import { allFields } from '../../../../../nodes/GlairVision/documents/fieldList';
import { ktp } from '../../../../../nodes/GlairVision/documents/ktp';
import { itemWith, sample } from '../../../../helpers/documents';
import { loadPackage, runGlairVision } from '../../../../helpers/engine';
import { only, readParameters } from '../../../../helpers/readParameters';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import ktpAnswer from '../../../../sandbox/fixtures/ktp-sample-response.json';

const suite = useSandbox();
afterEach(() => suite.sandbox.setOptions({ spelling: 'newest' }));

const sent = ktpAnswer.read as Record<string, { value: string }>;
const FIELDS = allFields(ktp);
const PHOTO = sent.foto.value;
const SIGNATURE = sent.tanda_tangan.value;
const read = (overrides: Record<string, unknown> = {}) => readParameters('ktp', overrides);
const card = (fileName = 'ktp-sample.png') => [itemWith(sample(fileName))];
const run = async (parameters: Record<string, unknown>, fileName?: string) =>
	await runGlairVision({ parameters: read(parameters), credentials: suite.credentials, documents: card(fileName) });
/** No trace of the base64 photo or signature, nor of their first bytes, anywhere in the JSON. */
const expectNoImagesIn = (json: unknown) => {
	const text = JSON.stringify(json);
	for (const base64 of [PHOTO, SIGNATURE]) expect(text).not.toContain(base64.slice(0, 200));
	expect(text).not.toMatch(/iVBORw0KGgo/); // the start of any base64 PNG
};

describe('Read KTP of the sample card, flattened', () => {
	it('routes the read to Success with the 17 fields, and never the photo or the signature', async () => {
		const result = await run({});

		expect(result.error).toBeUndefined();
		const item = only(result.byOutput.Success);
		expect(item.json).toMatchObject({ status: 'SUCCESS', reason: 'File Successfully Read', file_name: 'ktp-sample.png', warnings: '' });
		// A KTP has neither a Page parameter nor pages to report.
		expect(item.json).not.toHaveProperty('page');
		expect(item.json).not.toHaveProperty('pages_read');
		expect(FIELDS).toHaveLength(17);
		for (const field of FIELDS) expect([field.column, item.json[field.column]]).toEqual([field.key, sent[field.key].value]);
		expect(item.json).toMatchObject({ nik: '3299994508900001', provinsi: 'JAWA BARAT', tanggal_lahir_iso: '1990-08-05', berlaku_hingga: 'SEUMUR HIDUP', berlaku_hingga_iso: '' });
		expect(item.json.foto).toBeUndefined();
		expect(item.json.tanda_tangan).toBeUndefined();
		expectNoImagesIn(item.json);
		expect(Object.keys(item.binary ?? {})).toEqual(['data']);
		expect(suite.sandbox.requests[0]).toMatchObject({ path: '/ocr/v1/ktp', page: undefined });
	});

	it('the older spelling (camelCase keys, bare strings, images under images.photo/sign) gives the same row', async () => {
		const newest = only((await run({})).byOutput.Success);
		suite.sandbox.setOptions({ spelling: 'legacy' });
		const legacy = only((await run({})).byOutput.Success);

		expect({ ...legacy.json, request_id: '' }).toEqual({ ...newest.json, request_id: '' });
		expectNoImagesIn(legacy.json);
	});
});

describe('Output formats never carry the images', () => {
	it('nested: the 17 fields with all six keys, no foto, no tanda_tangan', async () => {
		const item = only((await run({ output: 'nested' })).byOutput.Success);
		const nested = item.json.read as Record<string, unknown>;
		expect(Object.keys(nested)).toEqual(FIELDS.map((field) => field.key));
		for (const field of FIELDS) expect(nested[field.key]).toEqual(sent[field.key]);
		expectNoImagesIn(item.json);
	});

	it.each(['newest', 'legacy'] as const)('raw (%s spelling): GLAIR\'s body less the images', async (spelling) => {
		suite.sandbox.setOptions({ spelling });
		const item = only((await run({ output: 'raw', options: { checkImageQuality: true } })).byOutput.Success);
		const response = item.json.response as Record<string, Record<string, unknown>>;
		expect(response.status).toBe('SUCCESS');
		expect(Object.keys(response.read)).toHaveLength(17);
		expect(response.images).toBeUndefined();
		const grades = response.qualities ?? response.condition;
		expect(grades.rotate).toEqual({ value: '0', confidence: 99.2 }); // fixed_image, the card turned upright, is left out
		expectNoImagesIn(item.json);
	});
});

describe('Include Photo and Signature', () => {
	const bytesOf = async (item: INodeExecutionData, key: string) => await Container.get(BinaryDataService).getAsBuffer(item.binary![key]);

	it.each(['newest', 'legacy'] as const)('adds foto and tanda_tangan as binary properties holding the real images (%s spelling)', async (spelling) => {
		suite.sandbox.setOptions({ spelling });
		const item = only((await run({ options: { includeImages: true } })).byOutput.Success);

		expect(Object.keys(item.binary ?? {})).toEqual(['data', 'foto', 'tanda_tangan']);
		expect(item.binary!.foto).toMatchObject({ fileName: 'ktp-sample-foto.png', mimeType: 'image/png' });
		expect(item.binary!.tanda_tangan).toMatchObject({ fileName: 'ktp-sample-tanda_tangan.png', mimeType: 'image/png' });
		expect((await bytesOf(item, 'foto')).equals(Buffer.from(PHOTO, 'base64'))).toBe(true);
		expect((await bytesOf(item, 'tanda_tangan')).equals(Buffer.from(SIGNATURE, 'base64'))).toBe(true);
		expectNoImagesIn(item.json);
	});

	it('with Include Binary off, only the two images are passed on', async () => {
		const item = only((await run({ options: { includeImages: true, includeBinary: false } })).byOutput.Success);
		expect(Object.keys(item.binary ?? {})).toEqual(['foto', 'tanda_tangan']);
	});

	it('a card GLAIR cut no photo out of gets no image properties', async () => {
		const item = only((await run({ options: { includeImages: true, reviewPoorReads: false } }, 'not-a-bpkb.png')).byOutput.Success);
		expect(Object.keys(item.binary ?? {})).toEqual(['data']);
	});
});

describe('Check Image Quality', () => {
	it('reads through /ocr/v1/ktp/qualities and adds the quality_* columns: a clean card photo goes to Success', async () => {
		const item = only((await run({ options: { checkImageQuality: true } })).byOutput.Success);

		expect(suite.sandbox.requests[0].path).toBe('/ocr/v1/ktp/qualities');
		expect(item.json).toMatchObject({
			quality_photocopy: false,
			quality_screen: false,
			quality_blur: false,
			quality_crop: false,
			quality_bright: false,
			quality_dark: false,
			quality_flash: false,
			quality_document: 'KTP',
			quality_rotate: '0',
			review_reasons: '',
		});
		for (const field of FIELDS) expect(item.json[field.column]).toBe(sent[field.key].value);
	});

	it.each(['newest', 'legacy'] as const)('sends the photocopy to Needs Review with the reason in plain words (%s spelling)', async (spelling) => {
		suite.sandbox.setOptions({ spelling });
		const result = await run({ options: { checkImageQuality: true } }, 'ktp-photocopy.png');

		expect(result.outputNames).toEqual(['Success', 'Needs Review', 'Not Read']);
		const item = only(result.byOutput['Needs Review']);
		expect(item.json.review_reasons).toBe('image quality: the picture is a photocopy, not the card itself');
		expect(item.json).toMatchObject({ quality_photocopy: true, quality_screen: false, nik: '3299994508900001' });
	});

	it('without the option the photocopy reads like the card: Success, no quality columns', async () => {
		const item = only((await run({}, 'ktp-photocopy.png')).byOutput.Success);
		expect(suite.sandbox.requests[0].path).toBe('/ocr/v1/ktp');
		expect(Object.keys(item.json).filter((column) => column.startsWith('quality_'))).toEqual([]);
	});

	it.each([
		['screen', 'image quality: the picture was taken of a screen'],
		['blur', 'image quality: the picture is blurred'],
		['crop', 'image quality: the card is cut off at the edge of the picture'],
	])('a picture graded %s goes to Needs Review saying so; dark alone does not', async (flag, reason) => {
		const grade = (value: boolean) => ({ value, confidence: 90 });
		const answer = (raised: string[]) =>
			JSON.stringify({
				...ktpAnswer,
				qualities: Object.fromEntries(['blur', 'bright', 'crop', 'dark', 'flash', 'photocopy', 'screen'].map((name) => [name, grade(raised.includes(name))])),
			});
		suite.sandbox.script('ktp-sample.png', [
			{ kind: 'raw', status: 200, headers: { 'Content-Type': 'application/json' }, body: answer([flag, 'dark']) },
			{ kind: 'raw', status: 200, headers: { 'Content-Type': 'application/json' }, body: answer(['dark']) },
		]);
		const flagged = only((await run({ options: { checkImageQuality: true } })).byOutput['Needs Review']);
		expect(flagged.json.review_reasons).toBe(reason);
		expect(flagged.json.quality_dark).toBe(true);
		const dark = only((await run({ options: { checkImageQuality: true } })).byOutput.Success);
		expect(dark.json).toMatchObject({ quality_dark: true, review_reasons: '' });
	});

	it('an answer without grades leaves the flags empty (null), not false: a picture never graded is not a clean one', async () => {
		suite.sandbox.script('ktp-sample.png', [{ kind: 'raw', status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ktpAnswer) }]);
		const item = only((await run({ options: { checkImageQuality: true } })).byOutput['Needs Review']);
		expect(item.json).toMatchObject({ quality_photocopy: null, quality_screen: null, quality_dark: null, quality_document: '' });
		expect(item.json.review_reasons).toBe('image quality: GLAIR sent no quality grades for this picture');
	});
});

describe('The checks, on what GLAIR sent', () => {
	it('a NIK that does not fit the card warns, naming nik; Review on Warnings sends the card to Needs Review', async () => {
		const answer = structuredClone(ktpAnswer) as { read: Record<string, { value: string }> };
		answer.read.provinsi.value = 'DKI JAKARTA';
		answer.read.jenis_kelamin.value = 'LAKI-LAKI';
		answer.read.berlaku_hingga.value = 'SEUMUR';
		suite.sandbox.script('ktp-sample.png', [{ kind: 'raw', status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(answer) }]);
		const item = only((await run({ output: 'nested', options: { reviewOnWarnings: true } })).byOutput['Needs Review']);
		expect(item.json.warnings).toEqual([
			'nik: the NIK starts with 32, which is JAWA BARAT, but provinsi is DKI JAKARTA (31)',
			"nik: the NIK's birth day is over 40, which is a woman's NIK, but jenis_kelamin is LAKI-LAKI",
			'berlaku_hingga: expected "SEUMUR HIDUP" (valid for life) or a date like 05-08-2017; this is "SEUMUR"',
		]);
	});
});

describe('Checked locally, before any request', () => {
	it('a PDF sent to Read KTP is refused with a clear message, and nothing is uploaded', async () => {
		const result = await runGlairVision({ parameters: read({ options: { errorOutputs: 'perStatus' } }), credentials: suite.credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });

		const item = only(result.byOutput['Invalid Format']);
		expect(item.json).toMatchObject({ status: 'FILE_INVALID_FORMAT', file_name: 'bpkb-sample.pdf', attempts: 0, http_status: null });
		expect(item.json.reason).toBe(
			'"bpkb-sample.pdf" is a PDF file, but GLAIR reads only PNG and JPEG for this document: convert it (e.g. take a photo of the card) and send that.',
		);
		expect(suite.sandbox.requests).toHaveLength(0);
	});
});

describe('A refused credential', () => {
	it('403 on the KTP endpoint says the account may not use Read KTP', async () => {
		suite.sandbox.script('ktp-sample.png', [{ kind: 'http', status: 403 }]);
		const result = await run({});
		expect(result.error?.message).toBe('GLAIR refused the credential (403): it is not allowed to use the KTP endpoint');
		expect(result.error?.description).toMatch(/Ask GLAIR to enable the KTP product/);
	});
});

describe('The KTP resource in the editor', () => {
	it('offers Check Image Quality and Include Photo and Signature, both off by default', async () => {
		const { nodeTypes } = await loadPackage();
		const properties = nodeTypes.getByNameAndVersion('n8n-nodes-glair-vision.glairVision', 1).description.properties;
		const options = properties.find((property) => property.name === 'options' && property.displayOptions?.show?.resource?.includes('ktp'))!;
		const byName = Object.fromEntries(options.options!.map((option) => [(option as { name: string }).name, option as { displayName: string; default: unknown }]));
		expect(byName.checkImageQuality).toMatchObject({ displayName: 'Check Image Quality', default: false });
		expect(byName.includeImages).toMatchObject({ displayName: 'Include Photo and Signature', default: false });
	});
});
