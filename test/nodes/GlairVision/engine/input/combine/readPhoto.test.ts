import { Readable } from 'node:stream';
import { PhotoFormatError } from '../../../../../../nodes/GlairVision/engine/input/combine/photoFormatError';
import { readJpeg, readPng } from '../../../../../../nodes/GlairVision/engine/input/combine/readPhoto';
import { sample } from '../../../../../helpers/documents';
import { cutAfterFrameHeader, cutMidImage, jpegOf, withClaimedSize } from './jpegBytes';
import { encodePng, noise, rewritePng, withHeaderSize, withImageDataCut } from './pngBytes';

/** A file as the binary store streams it, in small chunks; remembers whether it was closed. */
function stored(bytes: Buffer): { open: () => Promise<Readable>; streams: Readable[] } {
	const streams: Readable[] = [];
	const open = async () => {
		const chunks = Array.from({ length: Math.ceil(bytes.length / 509) }, (_, index) => bytes.subarray(index * 509, (index + 1) * 509));
		const stream = Readable.from(chunks, { objectMode: false });
		streams.push(stream);
		return stream;
	};
	return { open, streams };
}

async function refusal(read: Promise<unknown>): Promise<PhotoFormatError> {
	const error = await read.then(
		() => undefined,
		(problem: unknown) => problem,
	);
	if (!(error instanceof PhotoFormatError)) throw new Error(`not refused as a photo: ${String(error)}`);
	return error;
}

describe('readJpeg', () => {
	const jpeg = jpegOf(64, 48);

	it('reads a whole JPEG to its end, streamed, and closes the file', async () => {
		const file = stored(jpeg);
		expect(await readJpeg(file.open)).toMatchObject({ width: 64, height: 48 });
		expect(await readJpeg(async () => sample('bpkb-photo-2.jpg').bytes)).toMatchObject({ width: 832, height: 592 });
		expect(file.streams.every((stream) => stream.destroyed)).toBe(true);
	});

	it.each([
		['cut right after its frame header', cutAfterFrameHeader(jpeg), 'is a JPEG that ends before its image data (cut short or damaged)'],
		['cut mid-image', cutMidImage(jpeg), 'is a JPEG that is cut short: it ends partway through its image data'],
		[
			'claiming 65535 x 65535 over 64 x 48 of data',
			withClaimedSize(jpeg, 65535, 65535),
			'is a JPEG whose image data ends before the 65535 x 65535 pixels its header claims (cut short or damaged)',
		],
	])('refuses a JPEG %s as damaged, and closes the file', async (_, bytes, message) => {
		const file = stored(bytes);
		const error = await refusal(readJpeg(file.open));
		expect([error.problem, error.message]).toEqual(['damaged', message]);
		expect(file.streams.every((stream) => stream.destroyed)).toBe(true);
	});
});

describe('readPng', () => {
	const png = encodePng({ width: 64, height: 48, bitDepth: 8, colorType: 2 }, noise(64 * 48 * 3, 11));

	it('reads a whole PNG, its rows inflated and counted, and closes the file', async () => {
		const file = stored(png);
		expect(await readPng(file.open)).toMatchObject({ width: 64, height: 48, colorType: 2 });
		expect(await readPng(async () => sample('bpkb-page-1.png').bytes)).toMatchObject({ width: 800, height: 560 });
		expect(file.streams.every((stream) => stream.destroyed)).toBe(true);
	});

	it.each([
		[
			'claiming 65535 x 65535 over 64 x 48 of data',
			withHeaderSize(png, 65535, 65535),
			'is a PNG whose image data holds 0 of the 65535 rows its header claims (cut short or damaged)',
		],
		['claiming 0 x 0', withHeaderSize(png, 0, 0), 'is a damaged PNG (its header claims a size of 0 x 0 pixels)'],
		['whose compressed data is cut short, with valid checksums', withImageDataCut(png, 0.5), 'is a PNG whose compressed image data is cut short (damaged)'],
		[
			'whose image data is empty',
			rewritePng(png, (type) => (type === 'IDAT' ? Buffer.alloc(0) : undefined)),
			'is a PNG without image data (its IDAT chunks are missing or empty)',
		],
	])('refuses a PNG %s as damaged, and closes the file', async (_, bytes, message) => {
		const file = stored(bytes);
		const error = await refusal(readPng(file.open));
		expect([error.problem, error.message]).toEqual(['damaged', message]);
		expect(file.streams.every((stream) => stream.destroyed)).toBe(true);
	});

	it('refuses a PNG with no IDAT chunk at all', async () => {
		const noImage = Buffer.concat([png.subarray(0, 33), png.subarray(png.length - 12)]);
		expect((await refusal(readPng(async () => noImage))).message).toBe('is a PNG without image data (its IDAT chunks are missing or empty)');
	});

	it('refuses what a PDF page cannot hold as unsupported, not damaged', async () => {
		const error = await refusal(readPng(async () => sample('bpkb-photo-1-alpha.png').bytes));
		expect([error.problem, error.message]).toEqual(['unsupported', expect.stringContaining('has an alpha channel')]);
	});
});
