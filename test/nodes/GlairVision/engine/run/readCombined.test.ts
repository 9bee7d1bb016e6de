import { createHash } from 'node:crypto';

import { sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import type { FixtureDocument, FixtureFile } from '../../../../helpers/fixtureRegistry';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import sampleAnswer from '../../../../sandbox/fixtures/bpkb-sample-response.json';

const suite = useSandbox();

const combine = (options: Record<string, unknown> = {}) => ({
	binaryPropertyName: 'attachment_*',
	page: 'all',
	output: 'flattened',
	options: { combineFiles: true, retryDelay: 0.01, includeBinary: false, ...options },
});

const photo = (page: number) => sample(`bpkb-photo-${page}.jpg`, { mimeType: 'image/jpeg' });
const sha256 = (...files: FixtureFile[]) => files.reduce((hash, file) => hash.update(file.bytes), createHash('sha256')).digest('hex');
const hashOf = (file: FixtureFile) => sha256(file);
const email = (files: Record<string, FixtureFile>): FixtureDocument => ({ json: { subject: 'BPKB photos' }, files });
const where = (byOutput: Record<string, unknown[]>) => Object.entries(byOutput).flatMap(([name, items]) => items.map(() => name));

describe('Combine Files: four phone photos of a BPKB are one book', () => {
	const photos = [1, 2, 3, 4].map(photo);

	it('makes one upload of one PDF holding each JPEG byte for byte, one page per photo, and one row', async () => {
		const result = await runGlairVision({
			parameters: combine(),
			credentials: suite.credentials,
			documents: [email({ attachment_0: photos[0], attachment_1: photos[1], attachment_2: photos[2], attachment_3: photos[3] })],
		});

		expect(suite.sandbox.requests).toHaveLength(1);
		const [request] = suite.sandbox.requests;
		expect(request.detectedType).toBe('pdf');
		expect(request.pdfPageImages).toEqual(photos.map((file) => [hashOf(file)]));
		expect(where(result.byOutput)).toEqual(['Success']);
		const [row] = result.byOutput.Success;
		expect(row.pairedItem).toEqual({ item: 0 });
		expect(row.json).toMatchObject({
			status: 'SUCCESS',
			file_name: 'bpkb-photo-1.jpg, bpkb-photo-2.jpg, bpkb-photo-3.jpg, bpkb-photo-4.jpg',
			binary_field: 'attachment_0, attachment_1, attachment_2, attachment_3',
			file_sha256: sha256(...photos),
			nama_pemilik: sampleAnswer.read.identitas_pemilik.nama_pemilik.value,
			nama_pemilik_file: 'bpkb-photo-1.jpg',
			nomor_rangka: sampleAnswer.read.identitas_kendaraan.nomor_rangka.value,
			nomor_rangka_file: 'bpkb-photo-2.jpg',
			tanggal_faktur_file: 'bpkb-photo-3.jpg',
			diterbitkan_oleh_file: 'bpkb-photo-4.jpg',
		});
	});

	it('passes every photo of the book on with Include Binary, so a later node can archive them', async () => {
		const result = await runGlairVision({
			parameters: combine({ includeBinary: true }),
			credentials: suite.credentials,
			documents: [email({ attachment_0: photos[0], attachment_1: photos[1] })],
		});
		expect(Object.keys(Object.values(result.byOutput).flat()[0].binary ?? {})).toEqual(['attachment_0', 'attachment_1']);
	});

	it('orders the pages by the natural order of the field names, whatever order the item holds them in', async () => {
		const result = await runGlairVision({
			parameters: combine(),
			credentials: suite.credentials,
			documents: [email({ attachment_10: photos[3], attachment_2: photos[1], attachment_1: photos[0], attachment_3: photos[2] })],
		});

		expect(suite.sandbox.requests[0].pdfPageImages).toEqual(photos.map((file) => [hashOf(file)]));
		expect(result.byOutput.Success[0].json).toMatchObject({ binary_field: 'attachment_1, attachment_2, attachment_3, attachment_10', diterbitkan_oleh_file: 'bpkb-photo-4.jpg' });
	});

	it('maps each field back to its photo in nested output too', async () => {
		const result = await runGlairVision({
			parameters: { ...combine(), output: 'nested' },
			credentials: suite.credentials,
			documents: [email({ attachment_0: photos[1], attachment_1: photos[0] })],
		});
		// Pages 1 and 2 of four: 24 of 30 fields, so the read stays on Success.
		expect(where(result.byOutput)).toEqual(['Success']);
		const read = result.byOutput.Success[0].json.read as Record<string, Record<string, { file_name: string }>>;
		expect(read.identitas_kendaraan.nomor_rangka.file_name).toBe('bpkb-photo-2.jpg');
		expect(read.identitas_pemilik.nama_pemilik.file_name).toBe('bpkb-photo-1.jpg');
		expect(read.halaman_terakhir.no_register.file_name).toBe('');
	});

	it('reads a PDF among the photos on its own and merges the readings, the more confident one winning', async () => {
		const surer = JSON.parse(JSON.stringify(sampleAnswer)) as typeof sampleAnswer;
		surer.read.identitas_kendaraan.nomor_rangka.confidence = 99.9;
		suite.sandbox.script('bpkb-sample.pdf', [{ kind: 'raw', status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(surer) }]);
		const result = await runGlairVision({
			parameters: combine(),
			credentials: suite.credentials,
			documents: [email({ attachment_0: photos[0], attachment_1: photos[1], attachment_2: sample('bpkb-sample.pdf') })],
		});

		expect(suite.sandbox.requests.map((request) => request.detectedType)).toEqual(['pdf', 'pdf']);
		expect(where(result.byOutput)).toEqual(['Success']);
		const [row] = result.byOutput.Success;
		expect(row.json).toMatchObject({ nomor_rangka_file: 'bpkb-sample.pdf', nama_pemilik_file: 'bpkb-photo-1.jpg', diterbitkan_oleh_file: 'bpkb-sample.pdf', attempts: 2 });
		expect(String(row.json.request_id).split(', ')).toEqual(suite.sandbox.requests.map((request) => request.requestId));
	});

	it('does not merge away two books that contradict each other on what identifies the owner: Needs Review, naming both files', async () => {
		const result = await runGlairVision({
			parameters: combine(),
			credentials: suite.credentials,
			documents: [email({ attachment_0: sample('vehicle-file/bpkb.pdf', { fileName: 'book-a.pdf' }), attachment_1: sample('vehicle-file/bpkb-other-owner.pdf', { fileName: 'book-b.pdf' }) })],
		});

		expect(where(result.byOutput)).toEqual(['Needs Review']);
		expect(result.byOutput['Needs Review'][0].json.review_reasons).toBe('no_ktp_tdp: the files disagree: book-a.pdf "3299994508900001" vs book-b.pdf "3299991107850003"');
	});

	it('sends the book to Needs Review, saying which file failed, when one of its uploads is not read', async () => {
		suite.sandbox.script('bpkb-sample.pdf', [{ kind: 'envelope', status: 'FAILED' }]);
		const result = await runGlairVision({
			parameters: combine(),
			credentials: suite.credentials,
			documents: [email({ attachment_0: photos[0], attachment_1: photos[1], attachment_2: photos[2], attachment_3: photos[3], attachment_4: sample('bpkb-sample.pdf') })],
		});

		expect(where(result.byOutput)).toEqual(['Needs Review']);
		expect(result.byOutput['Needs Review'][0].json.review_reasons).toBe('bpkb-sample.pdf could not be read: Failed to read the document');
	});

	it('names the photos of the book when the book is what GLAIR did not read, and the PDF beside it was', async () => {
		suite.sandbox.script('photos.pdf', [{ kind: 'envelope', status: 'FAILED' }]);
		const result = await runGlairVision({
			parameters: combine(),
			credentials: suite.credentials,
			documents: [email({ attachment_0: photos[0], attachment_1: photos[1], attachment_2: sample('bpkb-sample.pdf', { fileName: 'scan.pdf' }) })],
		});
		expect(where(result.byOutput)).toEqual(['Needs Review']);
		expect(result.byOutput['Needs Review'][0].json.review_reasons).toBe('bpkb-photo-1.jpg, bpkb-photo-2.jpg could not be read: Failed to read the document');
	});

	it('refuses the whole book, naming the file, when one file is not a document; with Skip Non-Documents reads the rest', async () => {
		const files = { attachment_0: photos[0], attachment_1: sample('signature.gif'), attachment_2: photos[1] };
		const refused = await runGlairVision({ parameters: combine(), credentials: suite.credentials, documents: [email(files)] });
		expect(where(refused.byOutput)).toEqual(['Not Read']);
		expect(refused.byOutput['Not Read'][0].json).toMatchObject({ status: 'FILE_INVALID_FORMAT', file_sha256: hashOf(files.attachment_1) });
		expect(refused.byOutput['Not Read'][0].json.reason).toMatch(/"signature.gif" is a GIF image.*one of the files combined into this document/);
		expect(suite.sandbox.requests).toHaveLength(0);

		const skipped = await runGlairVision({ parameters: combine({ skipNonDocuments: true }), credentials: suite.credentials, documents: [email(files)] });
		expect(suite.sandbox.requests).toHaveLength(1);
		const [item] = [...skipped.byOutput.Success, ...skipped.byOutput['Needs Review']];
		expect(item.json).toMatchObject({ file_name: 'bpkb-photo-1.jpg, bpkb-photo-2.jpg', skipped: 'signature.gif (a GIF image)' });
	});

	it('gives one Not Read item when a named field is missing, the book being incomplete', async () => {
		const result = await runGlairVision({
			parameters: { ...combine(), binaryPropertyName: 'page1, page2, page3' },
			credentials: suite.credentials,
			documents: [email({ page1: photos[0] })],
		});
		expect(where(result.byOutput)).toEqual(['Not Read']);
		expect(result.byOutput['Not Read'][0].json.reason).toMatch(/No binary field "page2", "page3" on this item, so the document is incomplete/);
	});

	it('gives one item per input item, each paired to it, for several emails at once', async () => {
		const documents = [email({ attachment_0: photos[0], attachment_1: photos[1] }), email({ attachment_0: photos[2] }), { json: {}, files: {} }];
		const result = await runGlairVision({ parameters: combine(), credentials: suite.credentials, documents });
		const items = Object.values(result.byOutput).flat();
		expect(items.map((item) => item.pairedItem).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});

describe('file_sha256 on every item', () => {
	const read = { binaryPropertyName: 'data', page: 'all', output: 'flattened', options: { retryDelay: 0.01, maxRetries: 1 } };

	it.each([
		['a read', 'bpkb-sample.pdf', undefined],
		['a file refused before upload', 'signature.gif', undefined],
		['a document GLAIR gave up on', 'bpkb-sample.pdf', [{ kind: 'http' as const, status: 503 }, { kind: 'http' as const, status: 503 }]],
		['a document cut off mid-upload on every attempt', 'bpkb-sample.pdf', [{ kind: 'reset' as const, during: 'upload' as const, afterBytes: 100 }, { kind: 'reset' as const, during: 'upload' as const, afterBytes: 100 }]],
	])('%s carries the SHA-256 of the file', async (_, file, script) => {
		if (script) suite.sandbox.script(file, script);
		const result = await runGlairVision({ parameters: read, credentials: suite.credentials, documents: [{ files: { data: sample(file) } }] });
		const [item] = Object.values(result.byOutput).flat();
		expect(item.json.file_sha256).toBe(hashOf(sample(file)));
	});

	it('is empty when the item has no file at all', async () => {
		const result = await runGlairVision({ parameters: read, credentials: suite.credentials, documents: [{ json: {} }] });
		expect(result.byOutput['Not Read'][0].json.file_sha256).toBe('');
	});
});
