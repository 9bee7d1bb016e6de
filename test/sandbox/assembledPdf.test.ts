import { createHash } from 'node:crypto';
import { PAGE_SECTIONS, type BpkbPage } from '../helpers/bpkbSpec';
import { assembleCombinedPdf, type PagePhoto } from '../../nodes/GlairVision/engine/input/combine/combinedPdf';
import { assembledPdfReading, pngImageData, scanPdfImages } from './assembledPdf';
import vendorSampleAnswer from './fixtures/bpkb-sample-response.json';
import { GlairSandbox } from './server';
import { postBpkb, readJson, sample } from './testClient';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const VENDOR = vendorSampleAnswer.read as Record<string, Record<string, { value: string; page_index: number }>>;

function photo(fileName: string): PagePhoto {
	const bytes = sample(fileName);
	return { fileName, type: fileName.endsWith('.png') ? 'png' : 'jpeg', size: bytes.length, open: async () => bytes };
}

async function assembled(fileNames: string[]): Promise<Buffer> {
	const pdf = await assembleCombinedPdf(fileNames.map(photo), { maxTotalBytes: 10 * 1024 * 1024 });
	const chunks: Buffer[] = [];
	for await (const chunk of await pdf.open()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

/** Every field of `page`'s section, as the vendor sample has it but with this page_index. */
function expectedSection(page: BpkbPage, pageIndex: number) {
	const section = VENDOR[PAGE_SECTIONS[page]];
	return Object.fromEntries(Object.entries(section).map(([key, field]) => [key, { ...field, page_index: pageIndex }]));
}

/**
 * A PDF written by hand, not by the node's PDF writer: objects in file order 1..n, pages listed in
 * /Kids in reverse, the first page's resources behind a reference and the rest inherited from
 * the page tree, so only a scanner that follows the page tree gets the order right.
 */
function handWrittenPdf(jpegs: Buffer[]): Buffer {
	const parts: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
	const add = (text: string) => parts.push(Buffer.from(text, 'latin1'));
	const imageId = (index: number) => 10 + index;
	const pageId = (index: number) => 20 + index;
	jpegs.forEach((jpeg, index) => {
		add(`${imageId(index)} 0 obj\r\n<</Type/XObject/Subtype/Image/Width 832/Height 592/ColorSpace/DeviceRGB/BitsPerComponent 8/Filter/DCTDecode/Length ${jpeg.length}>>\r\nstream\r\n`);
		parts.push(jpeg);
		add('\r\nendstream\r\nendobj\r\n');
	});
	const kids = jpegs.map((_, index) => pageId(index)).reverse();
	add(`1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n`);
	add(`2 0 obj <</Type/Pages/Count ${jpegs.length}/Kids[${kids.map((id) => `${id} 0 R`).join(' ')}]/Resources<</XObject<</Pic ${imageId(1)} 0 R>>>>>> endobj\n`);
	add(`3 0 obj <</XObject<</Pic ${imageId(0)} 0 R>>>> endobj\n`);
	jpegs.forEach((_, index) => {
		const resources = index === 0 ? '/Resources 3 0 R' : index === 1 ? '' : `/Resources<</ProcSet[/PDF/ImageC]/XObject<</Pic ${imageId(index)} 0 R>>>>`;
		add(`${pageId(index)} 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 832 592]${resources}/Contents 4 0 R>> endobj\n`);
	});
	const content = 'q 832 0 0 592 0 0 cm /Pic Do Q';
	add(`4 0 obj <</Length ${content.length}>>\nstream\n${content}\nendstream\nendobj\n`);
	add('trailer <</Root 1 0 R>>\n%%EOF\n');
	return Buffer.concat(parts);
}

describe('scanPdfImages', () => {
	it('finds each page image of an assembled PDF, in page order, whatever the chunking', async () => {
		const order = [3, 1, 4, 2];
		const pdf = await assembled(order.map((page) => `bpkb-photo-${page}.jpg`));
		const expected = order.map((page) => [sha256(sample(`bpkb-photo-${page}.jpg`))]);
		for (const chunkSize of [1, 977, 64 * 1024]) expect(scanPdfImages(pdf, chunkSize)).toEqual(expected);
	});

	it('hashes a PNG page as its IDAT data, which is what the PDF holds of it', async () => {
		const pdf = await assembled(['bpkb-page-2.png', 'bpkb-photo-1.jpg']);
		expect(scanPdfImages(pdf)).toEqual([
			[sha256(pngImageData(sample('bpkb-page-2.png')))],
			[sha256(sample('bpkb-photo-1.jpg'))],
		]);
	});

	it('follows the page tree, not the file order: /Kids order, referenced and inherited resources', () => {
		const jpegs = [1, 2, 3].map((page) => sample(`bpkb-photo-${page}.jpg`));
		expect(scanPdfImages(handWrittenPdf(jpegs), 1000)).toEqual([[sha256(jpegs[2])], [sha256(jpegs[1])], [sha256(jpegs[0])]]);
	});

	it('sees pages without images in a PDF of text, and nothing in what is not a PDF', () => {
		expect(scanPdfImages(sample('bpkb-sample.pdf'))).toEqual([[], [], [], []]);
		expect(scanPdfImages(sample('bpkb-page-1.png'))).toBeUndefined();
		const cut = sample('bpkb-photo-1.jpg');
		expect(scanPdfImages(Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj\n<< /Subtype /Image /Length 999999 >>\nstream\n'), cut]))).toBeUndefined();
	});
});

describe('assembledPdfReading', () => {
	it('answers each recognised page with its section, page_index = its position', async () => {
		const order: BpkbPage[] = [3, 1, 4, 2];
		const pdf = await assembled(order.map((page) => `bpkb-photo-${page}.jpg`));
		const reading = assembledPdfReading(scanPdfImages(pdf));
		expect(reading).toEqual(
			Object.fromEntries(order.map((page, position) => [PAGE_SECTIONS[page], expectedSection(page, position)])),
		);
	});

	it('skips pages it does not recognise, and recognises nothing in a PDF of none', async () => {
		const pdf = await assembled(['not-a-bpkb.png', 'bpkb-page-4.png']);
		expect(assembledPdfReading(scanPdfImages(pdf))).toEqual({ halaman_terakhir: expectedSection(4, 1) });
		expect(assembledPdfReading(scanPdfImages(await assembled(['not-a-bpkb.png'])))).toBeUndefined();
		expect(assembledPdfReading(undefined)).toBeUndefined();
	});

	it('reads a section shown twice from its first page', async () => {
		const pdf = await assembled(['bpkb-photo-2.jpg', 'bpkb-page-2.png']);
		expect(assembledPdfReading(scanPdfImages(pdf))).toEqual({ identitas_kendaraan: expectedSection(2, 0) });
	});
});

describe('the sandbox answering an assembled PDF', () => {
	let sandbox: GlairSandbox;
	beforeAll(async () => {
		sandbox = await GlairSandbox.start();
	});
	afterAll(() => sandbox.close());

	it('gives every field the page_index of the page its photo is on', async () => {
		const files = ['bpkb-photo-4.jpg', 'bpkb-page-1.png', 'not-a-bpkb.png', 'bpkb-photo-3.jpg'];
		const pdf = await assembled(files);
		const response = await postBpkb(sandbox, { file: pdf, fileName: 'photos.pdf', contentType: 'application/pdf' });
		expect(response.status).toBe(200);
		const answer = await readJson(response);
		expect(answer.status).toBe('SUCCESS');
		expect(answer.read.halaman_terakhir).toEqual(expectedSection(4, 0));
		expect(answer.read.identitas_pemilik).toEqual(expectedSection(1, 1));
		expect(answer.read.dokumen_registrasi_pertama).toEqual(expectedSection(3, 3));
		// Page 2 of the book is not among the photos: its section comes back empty, as GLAIR does.
		expect(Object.values(answer.read.identitas_kendaraan).every((field) => (field as { value: string }).value === '')).toBe(true);
		expect(sandbox.requests.at(-1)).toMatchObject({ bytes: pdf.length, detectedType: 'pdf', httpStatus: 200 });
	});

	it('still answers one page asked for with `page`', async () => {
		const pdf = await assembled(['bpkb-photo-2.jpg', 'bpkb-photo-1.jpg']);
		const response = await postBpkb(sandbox, { file: pdf, fileName: 'photos.pdf', contentType: 'application/pdf', page: '1' });
		expect((await readJson(response)).read).toEqual({ identitas_pemilik: expectedSection(1, 1) });
	});
});
