import { deflateSync } from 'node:zlib';
import type { GrayCanvas } from './grayCanvas';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOR_TYPE_GRAYSCALE = 0;
const FILTER_NONE = 0;

const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let bit = 0; bit < 8; bit++) {
			c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		}
		table[n] = c >>> 0;
	}
	return table;
})();

/** CRC-32 as PNG chunks need it (ISO 3309, the same polynomial as zip). */
export function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) {
		crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	}
	return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const checksum = Buffer.alloc(4);
	checksum.writeUInt32BE(crc32(typeAndData));
	return Buffer.concat([length, typeAndData, checksum]);
}

/** Encodes an 8-bit grayscale PNG. Level 9 and no filtering: flat white paper compresses well as is. */
export function encodeGrayPng(canvas: GrayCanvas): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(canvas.width, 0);
	header.writeUInt32BE(canvas.height, 4);
	header[8] = 8; // bit depth
	header[9] = COLOR_TYPE_GRAYSCALE;
	// compression, filter method and interlace stay 0

	const rowLength = canvas.width + 1;
	const scanlines = Buffer.alloc(rowLength * canvas.height);
	for (let y = 0; y < canvas.height; y++) {
		scanlines[y * rowLength] = FILTER_NONE;
		scanlines.set(canvas.pixels.subarray(y * canvas.width, (y + 1) * canvas.width), y * rowLength + 1);
	}

	return Buffer.concat([
		PNG_SIGNATURE,
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(scanlines, { level: 9 })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}
