import { noise } from './pngBytes';

/** JPEG segments for the Combine Files tests, written by hand. Test-side only. */

/** An EXIF APP1 segment with an orientation and a thumbnail JPEG (with its own SOF) inside. */
export function exifSegment(orientation: number, littleEndian: boolean): Buffer {
	const tiff = Buffer.alloc(8 + 2 + 12 + 4);
	tiff.write(littleEndian ? 'II' : 'MM', 0, 'latin1');
	const u16 = (value: number, at: number) => (littleEndian ? tiff.writeUInt16LE(value, at) : tiff.writeUInt16BE(value, at));
	const u32 = (value: number, at: number) => (littleEndian ? tiff.writeUInt32LE(value, at) : tiff.writeUInt32BE(value, at));
	u16(42, 2);
	u32(8, 4);
	u16(1, 8);
	u16(0x0112, 10);
	u16(3, 12);
	u32(1, 14);
	u16(orientation, 18);
	const thumbnail = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x10, 0x00, 0x20, 0x01, 0x01, 0x11, 0x00, 0xff, 0xd9]);
	const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff, thumbnail, noise(60_000, 3)]);
	const header = Buffer.from([0xff, 0xe1, 0, 0]);
	header.writeUInt16BE(body.length + 2, 2);
	return Buffer.concat([header, body]);
}

/** `jpeg` with these segments inserted right after its start marker. */
export function withSegments(jpeg: Buffer, ...segments: Buffer[]): Buffer {
	return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

/** An Adobe CMYK JPEG of 3 x 2 pixels: Adobe APP14, frame header, end marker (no image data). */
export function adobeCmykHead(): Buffer {
	const sof = Buffer.from([0xff, 0xc0, 0x00, 0x14, 0x08, 0x00, 0x02, 0x00, 0x03, 0x04, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0]);
	const adobe = Buffer.concat([Buffer.from([0xff, 0xee, 0x00, 0x0e]), Buffer.from('Adobe', 'latin1'), Buffer.from([0, 100, 0, 0, 0, 0, 2])]);
	return Buffer.concat([Buffer.from([0xff, 0xd8]), adobe, sof, Buffer.from([0xff, 0xd9])]);
}
