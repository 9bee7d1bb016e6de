import { decode } from 'jpeg-js';
import { JpegScanner, checkJpeg } from '../../../../../../nodes/GlairVision/engine/input/combine/jpegMarkers';
import { jpegOf, segmentAt, tinyJpeg, type TinyJpegOptions } from './jpegBytes';

const SHORT = 'ends before the';

/** Whole, then with its first scan one unit short: what checkJpeg says of each. */
function wholeAndShort(options: TinyJpegOptions, units: number): [string, string] {
	const say = (bytes: Buffer) => {
		try {
			const { width, height } = checkJpeg(bytes);
			return `${width} x ${height}`;
		} catch (error) {
			return (error as Error).message;
		}
	};
	return [say(tinyJpeg(options)), say(tinyJpeg({ ...options, firstScanUnits: units - 1 }))];
}

describe('counting the blocks of each scan', () => {
	it('writes tiny JPEGs a decoder reads (the test images themselves are right)', () => {
		const image = decode(tinyJpeg({ width: 20, height: 12, sampling: [{ h: 2, v: 2 }, { h: 1, v: 1 }, { h: 1, v: 1 }], restartInterval: 2 }));
		expect([image.width, image.height]).toEqual([20, 12]);
	});

	it('counts a gray scan block by block: a block short is refused, at every chunking', () => {
		// 20 x 12 gray: 3 x 2 blocks.
		expect(wholeAndShort({ width: 20, height: 12 }, 6)).toEqual(['20 x 12', expect.stringContaining(`${SHORT} 20 x 12 pixels`)]);
		const short = tinyJpeg({ width: 20, height: 12, firstScanUnits: 5 });
		for (const size of [1, 3, 1000]) {
			const scanner = new JpegScanner(true);
			expect(() => {
				for (let at = 0; at < short.length; at += size) scanner.push(short.subarray(at, at + size));
				scanner.end();
			}).toThrow(SHORT);
		}
	});

	it('counts MCUs of subsampled colour: 4:2:0 and 4:2:2', () => {
		// 20 x 12 at 2 x 2: 2 x 1 MCUs of 6 blocks each; at 2 x 1: 2 x 2 MCUs of 4 blocks.
		const yuv420 = [{ h: 2, v: 2 }, { h: 1, v: 1 }, { h: 1, v: 1 }];
		expect(wholeAndShort({ width: 20, height: 12, sampling: yuv420 }, 2)).toEqual(['20 x 12', expect.stringContaining(SHORT)]);
		const yuv422 = [{ h: 2, v: 1 }, { h: 1, v: 1 }, { h: 1, v: 1 }];
		expect(wholeAndShort({ width: 20, height: 12, sampling: yuv422 }, 4)).toEqual(['20 x 12', expect.stringContaining(SHORT)]);
	});

	it('follows restart intervals, and refuses an interval that ends before its blocks do', () => {
		const options = { width: 40, height: 24, restartInterval: 4 };
		expect(wholeAndShort(options, 15)).toEqual(['40 x 24', expect.stringContaining(SHORT)]);
		const jpeg = tinyJpeg(options);
		const firstRestart = jpeg.indexOf(Buffer.from([0xff, 0xd0]));
		// One byte of the first interval gone: its four blocks run into the restart marker.
		const cut = Buffer.concat([jpeg.subarray(0, firstRestart - 1), jpeg.subarray(firstRestart)]);
		expect(() => checkJpeg(cut)).toThrow(SHORT);
	});

	it('counts a progressive JPEG by its DC scan and its first AC scans, passing over refinement scans', () => {
		// 20 x 12 at 2 x 2: 2 MCUs in the DC scan; 3 x 2 luma and 2 x 1 chroma blocks in the AC scans.
		const sampling = [{ h: 2, v: 2 }, { h: 1, v: 1 }, { h: 1, v: 1 }];
		expect(wholeAndShort({ width: 20, height: 12, sampling, progressive: true }, 2)).toEqual(['20 x 12', expect.stringContaining(SHORT)]);
		expect(wholeAndShort({ width: 64, height: 8, progressive: true }, 8)).toEqual(['64 x 8', expect.stringContaining(SHORT)]);
	});

	it('runs through many blocks at once with an end-of-band run, and no further', () => {
		// One run of 64 blocks in the first AC scan: all of 8 x 8 blocks, not of 8 x 9.
		expect(checkJpeg(tinyJpeg({ width: 64, height: 64, progressive: true, endOfBandRun: true }))).toMatchObject({ progressive: true });
		expect(() => checkJpeg(tinyJpeg({ width: 64, height: 72, progressive: true, endOfBandRun: true }))).toThrow(`${SHORT} 64 x 72 pixels`);
	});

	it('refuses data that does not decode with its own tables', () => {
		const jpeg = jpegOf(16, 16);
		const sos = segmentAt(jpeg, 0xda);
		const dataAt = sos + 2 + jpeg.readUInt16BE(sos + 2);
		// All ones (0xff, stuffed as 0xff 0x00) is no Huffman code in any JPEG table.
		const garbled = Buffer.concat([jpeg.subarray(0, dataAt), Buffer.from([0xff, 0, 0xff, 0, 0xff, 0]), jpeg.subarray(dataAt + 6)]);
		expect(() => checkJpeg(garbled)).toThrow('does not decode with its own Huffman tables');
	});
});
