import { sample } from '../../../../../helpers/documents';
import { JpegHeadScanner, exifOrientation, parseJpegHead } from '../../../../../../nodes/GlairVision/engine/input/combine/jpegMarkers';
import { adobeCmykHead, exifSegment, withSegments } from './jpegBytes';
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
			const scanner = new JpegHeadScanner();
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
		expect(parseJpegHead(adobeCmykHead())).toMatchObject({ width: 3, height: 2, components: 4, adobe: true });
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
