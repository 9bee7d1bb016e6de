import { sample } from '../../../../../helpers/documents';
import { JpegScanner, checkJpeg, exifOrientation, parseJpegHead } from '../../../../../../nodes/GlairVision/engine/input/combine/jpegMarkers';
import { cutAfterFrameHeader, cutMidImage, exifSegment, jpegOf, segmentAt, tinyJpeg, withClaimedSize, withSegments } from './jpegBytes';
import { noise } from './pngBytes';

describe('JPEG head', () => {
	const jpeg = sample('bpkb-photo-1.jpg').bytes;
	const sofAt = jpeg.indexOf(Buffer.from([0xff, 0xc0]));

	it('reads the sample photo: 832 x 592, 3 components, baseline', () => {
		expect(parseJpegHead(jpeg)).toEqual({ width: 832, height: 592, components: 3, adobe: false, orientation: 1, progressive: false });
	});

	it('skips EXIF and other segments before the frame header, whatever their size and the chunking', () => {
		const comment = Buffer.concat([Buffer.from([0xff, 0xfe, 0x13, 0x88]), noise(0x1388 - 2, 9)]);
		const photo = withSegments(jpeg, exifSegment(6, true), comment, Buffer.from([0xff, 0xff]), exifSegment(8, false));
		const whole = parseJpegHead(photo);
		expect(whole).toMatchObject({ width: 832, height: 592, orientation: 8 });
		for (const chunkSize of [1, 2, 3, 7, 4096]) {
			const scanner = new JpegScanner();
			let info;
			for (let at = 0; at < photo.length && !info; at += chunkSize) info = scanner.push(photo.subarray(at, at + chunkSize));
			expect(info).toEqual(whole);
		}
	});

	it('reads the EXIF orientation in either byte order', () => {
		expect(exifOrientation(exifSegment(6, true).subarray(4))).toBe(6);
		expect(exifOrientation(exifSegment(3, false).subarray(4))).toBe(3);
		expect(exifOrientation(Buffer.from('Exif\0\0MM\0*garbage', 'latin1'))).toBeUndefined();
		expect(parseJpegHead(withSegments(jpeg, exifSegment(6, true)))).toMatchObject({ orientation: 6 });
	});

	it('reads an Adobe CMYK JPEG as 4 components, marked Adobe', () => {
		const cmyk = tinyJpeg({ width: 3, height: 2, sampling: [1, 2, 3, 4].map(() => ({ h: 1, v: 1 })), adobe: true });
		expect(parseJpegHead(cmyk)).toMatchObject({ width: 3, height: 2, components: 4, adobe: true });
	});

	it('says what is wrong with what is not a usable JPEG', () => {
		expect(() => parseJpegHead(Buffer.from('GIF89a'))).toThrow('is not a JPEG');
		expect(() => parseJpegHead(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 2]))).toThrow('its image data comes before any frame header');
		expect(() => parseJpegHead(Buffer.from([0xff, 0xd8, 0x00, 0x00]))).toThrow('a segment does not start with a marker');
		const noHeight = Buffer.from(jpeg);
		noHeight.writeUInt16BE(0, sofAt + 5);
		expect(() => parseJpegHead(noHeight)).toThrow('without its size in the frame header');
	});
});

/** Feeds `bytes` in chunks of `size` to a whole-file scanner; the header, or why the file is refused. */
function scanInChunks(bytes: Buffer, size: number): string {
	const scanner = new JpegScanner(true);
	try {
		for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size));
		const { width, height } = scanner.end();
		return `${width} x ${height}`;
	} catch (error) {
		return (error as Error).message;
	}
}

describe('a JPEG read to its end', () => {
	const jpeg = jpegOf(64, 48);

	it('accepts a whole JPEG, its image data counted, whatever the chunking', () => {
		expect(checkJpeg(jpeg)).toMatchObject({ width: 64, height: 48, components: 3 });
		for (const size of [1, 2, 5, 997, 65536]) expect(scanInChunks(jpeg, size)).toBe('64 x 48');
		expect(checkJpeg(sample('bpkb-photo-1.jpg').bytes)).toMatchObject({ width: 832, height: 592 });
	});

	it('refuses a JPEG cut right after its frame header, which the head alone cannot tell', () => {
		const cut = cutAfterFrameHeader(jpeg);
		expect(parseJpegHead(cut)).toMatchObject({ width: 64, height: 48 });
		for (const size of [1, 7, 65536]) expect(scanInChunks(cut, size)).toBe('is a JPEG that ends before its image data (cut short or damaged)');
	});

	it('refuses a JPEG cut mid-image', () => {
		for (const size of [1, 7, 65536]) {
			expect(scanInChunks(cutMidImage(jpeg), size)).toBe('is a JPEG that is cut short: it ends partway through its image data');
		}
	});

	it('refuses a JPEG whose header claims 65535 x 65535 pixels but whose data holds 64 x 48', () => {
		const claimed = withClaimedSize(jpeg, 65535, 65535);
		expect(parseJpegHead(claimed)).toMatchObject({ width: 65535, height: 65535 });
		for (const size of [1, 7, 65536]) {
			expect(scanInChunks(claimed, size)).toBe(
				'is a JPEG whose image data ends before the 65535 x 65535 pixels its header claims (cut short or damaged)',
			);
		}
	});

	it('refuses a JPEG whose image data is whole but whose end-of-image marker is missing', () => {
		expect(() => checkJpeg(jpeg.subarray(0, jpeg.length - 2))).toThrow('is a JPEG that is cut short (it has no end-of-image marker)');
	});

	it('refuses a JPEG that ends right after its header with an end-of-image marker, and one with a second start marker', () => {
		const empty = Buffer.concat([cutAfterFrameHeader(jpeg), Buffer.from([0xff, 0xd9])]);
		expect(() => checkJpeg(empty)).toThrow('is a JPEG without image data (it ends right after its header)');
		const sos = segmentAt(jpeg, 0xda);
		const restarted = Buffer.concat([jpeg.subarray(0, sos), Buffer.from([0xff, 0xd8]), jpeg.subarray(sos)]);
		expect(() => checkJpeg(restarted)).toThrow('a second start-of-image marker inside it');
	});

	it('ignores what follows the end-of-image marker, as readers do', () => {
		expect(checkJpeg(Buffer.concat([jpeg, Buffer.from('trailing bytes')]))).toMatchObject({ width: 64, height: 48 });
	});

	it('reads Huffman tables defined before the frame header too', () => {
		const tables = segmentAt(jpeg, 0xc4);
		const frame = segmentAt(jpeg, 0xc0);
		const dhtLength = 2 + jpeg.readUInt16BE(tables + 2);
		const moved = Buffer.concat([jpeg.subarray(0, frame), jpeg.subarray(tables, tables + dhtLength), jpeg.subarray(frame, tables), jpeg.subarray(tables + dhtLength)]);
		expect(moved.length).toBe(jpeg.length);
		expect(checkJpeg(moved)).toMatchObject({ width: 64, height: 48 });
		expect(() => checkJpeg(withClaimedSize(moved, 64, 4800))).toThrow('ends before the 64 x 4800 pixels');
	});
});
