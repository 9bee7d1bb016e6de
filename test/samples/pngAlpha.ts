import { crc32, deflateSync } from 'node:zlib';
import type { GrayCanvas } from './grayCanvas';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOR_TYPE_RGBA = 6;
const FILTER_NONE = 0;
const BORDER = 12;

function chunk(type: string, data: Buffer): Buffer {
	const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const framed = Buffer.alloc(12 + data.length);
	framed.writeUInt32BE(data.length, 0);
	typeAndData.copy(framed, 4);
	framed.writeUInt32BE(crc32(typeAndData), 8 + data.length);
	return framed;
}

/**
 * A page as a "scan to PNG" app cuts it out: 8-bit RGBA, the paper opaque inside a fully
 * transparent border. The kind of PNG Combine Files refuses (an alpha channel).
 */
export function encodeCutOutRgbaPng(canvas: GrayCanvas): Buffer {
	const width = canvas.width + 2 * BORDER;
	const height = canvas.height + 2 * BORDER;
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8;
	header[9] = COLOR_TYPE_RGBA;

	const rowLength = width * 4 + 1;
	const scanlines = Buffer.alloc(rowLength * height); // transparent black
	for (let y = 0; y < canvas.height; y++) {
		const row = (y + BORDER) * rowLength;
		scanlines[row] = FILTER_NONE;
		for (let x = 0; x < canvas.width; x++) {
			const at = row + 1 + (x + BORDER) * 4;
			const shade = canvas.pixels[y * canvas.width + x];
			scanlines[at] = shade;
			scanlines[at + 1] = shade;
			scanlines[at + 2] = shade;
			scanlines[at + 3] = 255;
		}
	}
	return Buffer.concat([
		PNG_SIGNATURE,
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(scanlines, { level: 9 })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}
