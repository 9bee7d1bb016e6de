import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { inflateSync } from 'node:zlib';
import {
	CombinedPdfError,
	DEFAULT_MAX_PAGES,
	assembleCombinedPdf,
	type CombinedPdf,
	type PagePhoto,
} from '../../../../../../nodes/GlairVision/engine/input/combine/combinedPdf';
import { buildMultipartBody, type UploadSource } from '../../../../../../nodes/GlairVision/transport/multipart';
import { SAMPLES_DIRECTORY } from '../../../../../samples';
import { drawSpecimenPage } from '../../../../../samples/pageImages';
import { SPECIMEN_PAGES } from '../../../../../samples/specimenContent';
import { cutAfterFrameHeader, cutMidImage, exifSegment, jpegOf, tinyJpeg, withClaimedSize, withSegments } from './jpegBytes';
import { readPdfPages, type PdfPage } from './pdfObjects';
import { decodePngPixels, encodePng, noise, pngImageData, unfilterRows, withHeaderSize, withImageDataCut, type PngSpec } from './pngBytes';

const sample = (fileName: string) => readFileSync(join(SAMPLES_DIRECTORY, fileName));
const MB = 1024 * 1024;

/** A photo on disk, read as a stream in small chunks so every parser meets chunk boundaries. */
function diskPhoto(fileName: string, type: 'jpeg' | 'png'): PagePhoto {
	const path = join(SAMPLES_DIRECTORY, fileName);
	return { fileName, type, size: statSync(path).size, open: async () => createReadStream(path, { highWaterMark: 997 }) };
}

function bufferPhoto(fileName: string, type: 'jpeg' | 'png', bytes: Buffer): PagePhoto {
	return { fileName, type, size: bytes.length, open: async () => bytes };
}

async function streamed(pdf: CombinedPdf): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of await pdf.open()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

async function refusal(photos: PagePhoto[], maxTotalBytes = 50 * MB, maxPages?: number): Promise<CombinedPdfError> {
	try {
		await assembleCombinedPdf(photos, { maxTotalBytes, maxPages });
	} catch (error) {
		if (error instanceof CombinedPdfError) return error;
		throw error;
	}
	throw new Error('the combined PDF was assembled');
}

/** The pixels a PDF reader gets from a /FlateDecode image with the PNG predictor, per its own parameters. */
function decodeFlateImage(page: PdfPage): Buffer {
	const parms = /\/DecodeParms << \/Predictor 15 \/Colors (\d+) \/BitsPerComponent (\d+) \/Columns (\d+) >>/.exec(
		page.image.dictionary,
	);
	if (!parms) throw new Error(`no PNG predictor in ${page.image.dictionary}`);
	return unfilterRows(inflateSync(page.image.stream as Buffer), Number(parms[1]), Number(parms[2]), Number(parms[3]));
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const rgbPng = (width: number, height: number) => encodePng({ width, height, bitDepth: 8, colorType: 2 }, noise(width * height * 3, 5));

describe('assembleCombinedPdf with the sample JPEG photos', () => {
	const order = [3, 1, 4, 2];
	const photos = order.map((page) => diskPhoto(`bpkb-photo-${page}.jpg`, 'jpeg'));
	let combined: CombinedPdf;
	let pdf: Buffer;

	beforeAll(async () => {
		combined = await assembleCombinedPdf(photos, { maxTotalBytes: 10 * MB, fileName: 'combined.pdf' });
		pdf = await streamed(combined);
	});

	it('is an UploadSource whose size is the streamed length', () => {
		const upload: UploadSource = combined;
		expect(upload.mimeType).toBe('application/pdf');
		expect(upload.fileName).toBe('combined.pdf');
		expect(pdf.length).toBe(combined.size);
		expect(pdf.subarray(0, 9).toString('latin1')).toBe('%PDF-1.5\n');
	});

	it('has one page per photo, in the order given, each holding its JPEG byte for byte', () => {
		const pages = readPdfPages(pdf);
		expect(pages).toHaveLength(4);
		pages.forEach((page, index) => {
			const jpeg = sample(`bpkb-photo-${order[index]}.jpg`);
			expect(page.image.stream?.equals(jpeg)).toBe(true);
			expect(page.image.dictionary).toContain('/Filter /DCTDecode');
			expect(page.image.dictionary).toContain('/Width 832 /Height 592 /ColorSpace /DeviceRGB /BitsPerComponent 8');
			expect(page.mediaBox).toEqual([0, 0, 832, 592]);
			expect(page.dictionary).not.toContain('/Rotate');
		});
		expect(combined.pages.map((page) => [page.pageIndex, page.fileName])).toEqual(
			order.map((page, index) => [index, `bpkb-photo-${page}.jpg`]),
		);
	});

	it('streams the same bytes on every open, as retries need', async () => {
		expect((await streamed(combined)).equals(pdf)).toBe(true);
	});

	it('hashes the photos, file after file, as they stream', () => {
		expect(combined.sha256()).toBe(sha256(Buffer.concat(order.map((page) => sample(`bpkb-photo-${page}.jpg`)))));
	});

	it('goes through the transport multipart body with the Content-Length it declares', async () => {
		const { body, headers } = await buildMultipartBody(combined, undefined);
		const chunks: Buffer[] = [];
		// A PDF under 1 MiB is sent as one buffer, a larger one streams.
		if (Buffer.isBuffer(body)) chunks.push(body);
		else for await (const chunk of body) chunks.push(chunk as Buffer);
		const multipart = Buffer.concat(chunks);
		expect(multipart.length).toBe(Number(headers['content-length']));
		expect(multipart.includes(pdf)).toBe(true);
	});
});

describe('assembleCombinedPdf with PNG pages', () => {
	it('embeds the sample PNGs losslessly: their IDAT as the stream, their pixels as decoded', async () => {
		const combined = await assembleCombinedPdf([diskPhoto('bpkb-page-2.png', 'png'), diskPhoto('bpkb-page-1.png', 'png')], {
			maxTotalBytes: MB,
		});
		const pdf = await streamed(combined);
		expect(pdf.length).toBe(combined.size);
		const pages = readPdfPages(pdf);
		expect(pages).toHaveLength(2);
		[2, 1].forEach((pageNumber, index) => {
			const page = pages[index];
			expect(page.image.stream?.equals(pngImageData(sample(`bpkb-page-${pageNumber}.png`)).idat)).toBe(true);
			expect(page.image.dictionary).toContain('/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode');
			const drawn = drawSpecimenPage(SPECIMEN_PAGES[pageNumber - 1], pageNumber, SPECIMEN_PAGES.length);
			expect(decodeFlateImage(page).equals(Buffer.from(drawn.pixels))).toBe(true);
			expect(page.mediaBox).toEqual([0, 0, 800, 560]);
		});
	});

	const kinds: Array<[string, PngSpec, string]> = [
		['8-bit RGB', { width: 37, height: 23, bitDepth: 8, colorType: 2, idatChunks: 3 }, '/ColorSpace /DeviceRGB /BitsPerComponent 8'],
		['16-bit RGB', { width: 19, height: 11, bitDepth: 16, colorType: 2 }, '/ColorSpace /DeviceRGB /BitsPerComponent 16'],
		['16-bit gray', { width: 21, height: 13, bitDepth: 16, colorType: 0, idatChunks: 2 }, '/ColorSpace /DeviceGray /BitsPerComponent 16'],
		['1-bit gray', { width: 29, height: 17, bitDepth: 1, colorType: 0 }, '/ColorSpace /DeviceGray /BitsPerComponent 1'],
		[
			'4-bit palette',
			{ width: 31, height: 9, bitDepth: 4, colorType: 3, palette: noise(16 * 3, 7) },
			`/ColorSpace [/Indexed /DeviceRGB 15 <${noise(16 * 3, 7).toString('hex')}>] /BitsPerComponent 4`,
		],
		[
			'8-bit gray with a tRNS colour key',
			{ width: 15, height: 15, bitDepth: 8, colorType: 0, transparency: Buffer.from([0, 200]) },
			'/ColorSpace /DeviceGray /BitsPerComponent 8 /Mask [200 200]',
		],
	];

	it.each(kinds)('round-trips a %s PNG (all five row filters) pixel for pixel', async (_, spec, dictionary) => {
		const rowLength = Math.ceil((spec.width * (spec.colorType === 2 ? 3 : 1) * spec.bitDepth) / 8);
		const pixels = noise(rowLength * spec.height, spec.width * spec.height);
		const png = encodePng(spec, pixels);
		expect(decodePngPixels(png).equals(pixels)).toBe(true); // the file itself is right
		const combined = await assembleCombinedPdf([bufferPhoto('page.png', 'png', png)], { maxTotalBytes: MB });
		const [page] = readPdfPages(await streamed(combined));
		expect(page.image.dictionary).toContain(dictionary);
		expect(page.image.dictionary).toContain(`/Width ${spec.width} /Height ${spec.height}`);
		expect(decodeFlateImage(page).equals(pixels)).toBe(true);
	});

	it('mixes JPEG and PNG pages and hashes every file in order', async () => {
		const names = ['bpkb-photo-1.jpg', 'bpkb-page-2.png', 'bpkb-photo-3.jpg', 'bpkb-page-4.png'];
		const photos = names.map((name) => diskPhoto(name, name.endsWith('.png') ? 'png' : 'jpeg'));
		const combined = await assembleCombinedPdf(photos, { maxTotalBytes: MB });
		expect(combined.sha256()).toBeUndefined();
		const pdf = await streamed(combined);
		expect(pdf.length).toBe(combined.size);
		expect(readPdfPages(pdf).map((page) => /\/Filter \/(\w+)/.exec(page.image.dictionary)?.[1])).toEqual([
			'DCTDecode',
			'FlateDecode',
			'DCTDecode',
			'FlateDecode',
		]);
		expect(combined.sha256()).toBe(sha256(Buffer.concat(names.map(sample))));
	});
});

describe('what Combine Files refuses, and why', () => {
	const jpeg = sample('bpkb-photo-1.jpg');
	const sofAt = jpeg.indexOf(Buffer.from([0xff, 0xc0]));

	it('names the photo with an alpha channel and says what to do', async () => {
		const error = await refusal([diskPhoto('bpkb-photo-1.jpg', 'jpeg'), diskPhoto('bpkb-photo-1-alpha.png', 'png')]);
		expect(error.message).toBe(
			'1 of 2 photos cannot go into one PDF: "bpkb-photo-1-alpha.png" has an alpha channel (transparency), ' +
				'which a PDF page cannot hold without re-encoding the image. Save it as JPEG (or as PNG without ' +
				'transparency or interlacing), or turn off Combine Files to read each file on its own.',
		);
		expect(error.fileNames).toEqual(['bpkb-photo-1-alpha.png']);
	});

	it('lists every photo that cannot go in, not just the first', async () => {
		const interlaced = encodePng({ width: 8, height: 8, bitDepth: 8, colorType: 0, interlaced: true }, noise(64, 1));
		const twelveBit = Buffer.from(jpeg);
		twelveBit[sofAt + 4] = 12;
		const arithmetic = Buffer.from(jpeg);
		arithmetic[sofAt + 1] = 0xc9;
		const palette = encodePng(
			{ width: 4, height: 4, bitDepth: 8, colorType: 3, palette: noise(6, 2), transparency: Buffer.from([0]) },
			Buffer.alloc(16),
		);
		const error = await refusal([
			bufferPhoto('a.png', 'png', interlaced),
			bufferPhoto('b.jpg', 'jpeg', twelveBit),
			diskPhoto('bpkb-photo-2.jpg', 'jpeg'),
			bufferPhoto('c.jpg', 'jpeg', arithmetic),
			bufferPhoto('d.png', 'png', palette),
			bufferPhoto('e.jpg', 'jpeg', sample('bpkb-page-1.png')),
		]);
		expect(error.fileNames).toEqual(['a.png', 'b.jpg', 'c.jpg', 'd.png', 'e.jpg']);
		expect(error.message).toMatch(/^5 of 6 photos cannot go into one PDF: /);
		expect(error.message).toContain('"a.png" is interlaced (Adam7)');
		expect(error.message).toContain('"b.jpg" is a 12-bit JPEG; a PDF can hold 8-bit JPEGs only');
		expect(error.message).toContain('"c.jpg" is an arithmetic-coded JPEG, which PDF readers do not decode');
		expect(error.message).toContain('"d.png" has transparent palette entries');
		expect(error.message).toContain('"e.jpg" is not a JPEG');
		expect(error.message).toMatch(/Save them as JPEG .*turn off Combine Files/);
	});

	it('refuses damaged and cut-short files', async () => {
		const png = sample('bpkb-page-1.png');
		const badCrc = Buffer.from(png);
		badCrc[50] ^= 0xff; // inside the IDAT data
		const error = await refusal([
			bufferPhoto('cut.png', 'png', png.subarray(0, png.length - 20)),
			bufferPhoto('crc.png', 'png', badCrc),
			bufferPhoto('cut.jpg', 'jpeg', jpeg.subarray(0, sofAt + 5)),
			bufferPhoto('empty.jpg', 'jpeg', Buffer.alloc(0)),
		]);
		expect(error.message).toContain('"cut.png" is a PNG that is cut short (no IEND chunk)');
		expect(error.message).toContain('"crc.png" is a damaged PNG (a chunk fails its CRC check)');
		expect(error.message).toContain('"cut.jpg" is a JPEG that ends before its frame header');
		expect(error.message).toContain('"empty.jpg" is empty (0 bytes)');
		expect(error.message).toMatch(
			/\. Send the complete files again, as the phone or scanner saved them: a damaged photo would reach GLAIR as a blank or partial page\.$/,
		);
	});

	it.each([
		['a JPEG cut right after its frame header', 'cut.jpg', cutAfterFrameHeader(jpegOf(64, 48)), 'is a JPEG that ends before its image data (cut short or damaged)'],
		['a JPEG cut mid-image', 'cut.jpg', cutMidImage(jpegOf(64, 48)), 'is a JPEG that is cut short: it ends partway through its image data'],
		[
			'a JPEG claiming 65535 x 65535 over 64 x 48 of data',
			'big.jpg',
			withClaimedSize(jpegOf(64, 48), 65535, 65535),
			'is a JPEG whose image data ends before the 65535 x 65535 pixels its header claims (cut short or damaged)',
		],
		[
			'a PNG claiming 65535 x 65535 over 64 x 48 of data',
			'big.png',
			withHeaderSize(rgbPng(64, 48), 65535, 65535),
			'is a PNG whose image data holds 0 of the 65535 rows its header claims (cut short or damaged)',
		],
		['a PNG claiming 0 x 0', 'none.png', withHeaderSize(rgbPng(64, 48), 0, 0), 'is a damaged PNG (its header claims a size of 0 x 0 pixels)'],
		['a PNG whose compressed data is cut short', 'cut.png', withImageDataCut(rgbPng(64, 48), 0.5), 'is a PNG whose compressed image data is cut short (damaged)'],
	])('refuses %s, naming it and saying what to do, before a byte is sent', async (_, fileName, bytes, problem) => {
		let opened = 0;
		const photo = { ...bufferPhoto(fileName, fileName.endsWith('.png') ? 'png' : 'jpeg', bytes), open: async () => (opened++, bytes) };
		const error = await refusal([diskPhoto('bpkb-photo-1.jpg', 'jpeg'), photo]);
		expect(error.message).toBe(
			`1 of 2 photos cannot go into one PDF: "${fileName}" ${problem}. ` +
				'Send the complete file again, as the phone or scanner saved it: a damaged photo would reach GLAIR as a blank or partial page.',
		);
		expect(error.fileNames).toEqual([fileName]);
		expect(opened).toBe(1); // read once, whole, before any PDF exists
	});

	it('says what to do for each kind of problem when damaged and unsupported photos are mixed', async () => {
		const error = await refusal([
			bufferPhoto('cut.jpg', 'jpeg', cutMidImage(jpegOf(64, 48))),
			diskPhoto('bpkb-photo-1-alpha.png', 'png'),
			diskPhoto('bpkb-photo-2.jpg', 'jpeg'),
		]);
		expect(error.message).toBe(
			'2 of 3 photos cannot go into one PDF: "cut.jpg" is a JPEG that is cut short: it ends partway through its image data; ' +
				'"bpkb-photo-1-alpha.png" has an alpha channel (transparency), which a PDF page cannot hold without re-encoding the image. ' +
				'Send "cut.jpg" again, as the phone or scanner saved it: a damaged photo would reach GLAIR as a blank or partial page. ' +
				'Save "bpkb-photo-1-alpha.png" as JPEG (or as PNG without transparency or interlacing), or turn off Combine Files to read each file on its own.',
		);
	});

	it(`allows at most ${DEFAULT_MAX_PAGES} pages by default, or the caller's maximum`, async () => {
		const photo = bufferPhoto('page.jpg', 'jpeg', jpeg);
		const tooMany = await refusal(Array.from({ length: DEFAULT_MAX_PAGES + 1 }, () => photo));
		expect(tooMany.message).toBe(
			'51 photos were selected for one document, over the limit of 50 pages. ' +
				'Split them over several items, or turn off Combine Files.',
		);
		await expect(assembleCombinedPdf(Array.from({ length: DEFAULT_MAX_PAGES }, () => photo), { maxTotalBytes: 50 * MB })).resolves.toMatchObject({ pages: expect.any(Array) });
		expect((await refusal([photo, photo, photo], 50 * MB, 2)).message).toMatch(/^3 photos .* limit of 2 pages/);
		expect((await refusal([])).message).toBe('There are no photos to combine into one document.');
	});

	it('refuses a PDF over the size cap, before anything is sent', async () => {
		const photos = [1, 2, 3, 4].map((page) => diskPhoto(`bpkb-photo-${page}.jpg`, 'jpeg'));
		const fits = await assembleCombinedPdf(photos, { maxTotalBytes: 10 * MB });
		expect(await assembleCombinedPdf(photos, { maxTotalBytes: fits.size })).toMatchObject({ size: fits.size });
		const error = await refusal(photos, fits.size - 1);
		expect(error.message).toBe(
			`The 4 photos make a PDF of ${fits.size} bytes, over the ${fits.size - 1} bytes limit for one upload. Send fewer or smaller photos per item ` +
				`(a phone's "medium" size reads as well), or raise Max File Size (MB) if GLAIR accepts larger files for your account.`,
		);
		expect(error.fileNames).toHaveLength(4);
	});

	it('fails the stream, rather than send a wrong body, when a photo changed after it was measured', async () => {
		let reads = 0;
		const changing: PagePhoto = {
			fileName: 'changing.jpg',
			type: 'jpeg',
			size: jpeg.length,
			open: async () => (reads++ === 0 ? jpeg : Readable.from([jpeg.subarray(0, jpeg.length - 10)])),
		};
		const combined = await assembleCombinedPdf([changing], { maxTotalBytes: MB });
		await expect(streamed(combined)).rejects.toThrow(
			'"changing.jpg" changed while the combined PDF was being sent (80123 bytes instead of 80133). Run the workflow again.',
		);
		expect(combined.sha256()).toBeUndefined();
	});
});

describe('reading errors', () => {
	it('ends the PDF stream with the error a photo read fails with, and records no hash', async () => {
		const jpeg = sample('bpkb-photo-1.jpg');
		let reads = 0;
		const flaky: PagePhoto = {
			fileName: 'flaky.jpg',
			type: 'jpeg',
			size: jpeg.length,
			open: async () => {
				if (reads++ === 0) return jpeg; // the first read, before anything is sent, checks the whole photo
				return new Readable({
					read() {
						this.push(jpeg.subarray(0, 1000));
						this.destroy(new Error('binary data store went away'));
					},
				});
			},
		};
		const combined = await assembleCombinedPdf([diskPhoto('bpkb-photo-2.jpg', 'jpeg'), flaky], { maxTotalBytes: MB });
		await expect(streamed(combined)).rejects.toThrow('binary data store went away');
		expect(combined.sha256()).toBeUndefined();
	});
});

describe('how a JPEG shows on its page', () => {
	it('shows an EXIF-rotated photo upright with /Rotate', async () => {
		const rotated = withSegments(sample('bpkb-photo-1.jpg'), exifSegment(6, true));
		const pdf = await assembleCombinedPdf([bufferPhoto('rotated.jpg', 'jpeg', rotated)], { maxTotalBytes: MB });
		const [page] = readPdfPages(await streamed(pdf));
		expect(page.dictionary).toContain('/MediaBox [0 0 832 592] /Rotate 90 ');
	});

	it('marks an Adobe CMYK JPEG with the inverting /Decode array', async () => {
		const cmyk = tinyJpeg({ width: 3, height: 2, sampling: [1, 2, 3, 4].map(() => ({ h: 1, v: 1 })), adobe: true });
		const pdf = await assembleCombinedPdf([bufferPhoto('cmyk.jpg', 'jpeg', cmyk)], { maxTotalBytes: MB });
		const [page] = readPdfPages(await streamed(pdf));
		expect(page.image.dictionary).toContain('/ColorSpace /DeviceCMYK /BitsPerComponent 8 /Decode [1 0 1 0 1 0 1 0] /Filter /DCTDecode');
		expect(page.image.stream?.equals(cmyk)).toBe(true);
	});
});
