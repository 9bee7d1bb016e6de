import { crc32, deflateSync, inflateSync } from 'node:zlib';

/**
 * Real PNG files of every kind Combine Files meets, written here with all five row filters,
 * and the PNG predictor's inverse, which is what a PDF reader applies to a /FlateDecode image
 * with /Predictor 15. Test-side only.
 */

export interface PngSpec {
	width: number;
	height: number;
	bitDepth: number;
	colorType: number;
	palette?: Buffer;
	transparency?: Buffer;
	interlaced?: boolean;
	/** Split the zlib data over this many IDAT chunks. */
	idatChunks?: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export function pngChunk(type: string, data: Buffer): Buffer {
	const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const framed = Buffer.alloc(12 + data.length);
	framed.writeUInt32BE(data.length, 0);
	typeAndData.copy(framed, 4);
	framed.writeUInt32BE(crc32(typeAndData), 8 + data.length);
	return framed;
}

export function rowBytes(spec: Pick<PngSpec, 'width' | 'bitDepth' | 'colorType'>): number {
	return Math.ceil((spec.width * CHANNELS[spec.colorType] * spec.bitDepth) / 8);
}

/** Bytes per complete pixel, at least 1: the distance the Sub, Average and Paeth filters look back. */
export function filterDistance(channels: number, bitDepth: number): number {
	return Math.max(1, Math.ceil((channels * bitDepth) / 8));
}

function paeth(a: number, b: number, c: number): number {
	const p = a + b - c;
	const pa = Math.abs(p - a);
	const pb = Math.abs(p - b);
	const pc = Math.abs(p - c);
	return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Filters `pixels` (rows of `rowBytes` unfiltered bytes) with filter type y % 5 on row y. */
export function filterRows(pixels: Buffer, stride: number, distance: number): Buffer {
	const height = pixels.length / stride;
	const out = Buffer.alloc(height * (stride + 1));
	for (let y = 0; y < height; y++) {
		const filter = y % 5;
		out[y * (stride + 1)] = filter;
		for (let x = 0; x < stride; x++) {
			const value = pixels[y * stride + x];
			const a = x >= distance ? pixels[y * stride + x - distance] : 0;
			const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
			const c = x >= distance && y > 0 ? pixels[(y - 1) * stride + x - distance] : 0;
			const predicted = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
			out[y * (stride + 1) + 1 + x] = (value - predicted) & 0xff;
		}
	}
	return out;
}

/** Undoes PNG row filters: what /Predictor 15 /Colors /BitsPerComponent /Columns ask a PDF reader for. */
export function unfilterRows(filtered: Buffer, colors: number, bitsPerComponent: number, columns: number): Buffer {
	const stride = Math.ceil((colors * bitsPerComponent * columns) / 8);
	const distance = filterDistance(colors, bitsPerComponent);
	const height = filtered.length / (stride + 1);
	if (!Number.isInteger(height)) throw new Error(`${filtered.length} bytes are not whole rows of ${stride + 1}`);
	const pixels = Buffer.alloc(height * stride);
	for (let y = 0; y < height; y++) {
		const filter = filtered[y * (stride + 1)];
		for (let x = 0; x < stride; x++) {
			const a = x >= distance ? pixels[y * stride + x - distance] : 0;
			const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
			const c = x >= distance && y > 0 ? pixels[(y - 1) * stride + x - distance] : 0;
			if (filter > 4) throw new Error(`row ${y} has filter type ${filter}`);
			const predicted = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
			pixels[y * stride + x] = (filtered[y * (stride + 1) + 1 + x] + predicted) & 0xff;
		}
	}
	return pixels;
}

/** A PNG of `pixels` (unfiltered rows, packed as PNG packs them). */
export function encodePng(spec: PngSpec, pixels: Buffer): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(spec.width, 0);
	header.writeUInt32BE(spec.height, 4);
	header[8] = spec.bitDepth;
	header[9] = spec.colorType;
	header[12] = spec.interlaced ? 1 : 0;
	const stride = rowBytes(spec);
	const data = deflateSync(filterRows(pixels, stride, filterDistance(CHANNELS[spec.colorType], spec.bitDepth)));
	const parts = spec.idatChunks ?? 1;
	const idats: Buffer[] = [];
	const step = Math.ceil(data.length / parts);
	for (let offset = 0; offset < data.length; offset += step) idats.push(pngChunk('IDAT', data.subarray(offset, offset + step)));
	return Buffer.concat([
		SIGNATURE,
		pngChunk('IHDR', header),
		pngChunk('tEXt', Buffer.from('Comment\0made by the Combine Files tests', 'latin1')),
		...(spec.palette ? [pngChunk('PLTE', spec.palette)] : []),
		...(spec.transparency ? [pngChunk('tRNS', spec.transparency)] : []),
		...idats,
		pngChunk('IEND', Buffer.alloc(0)),
	]);
}

/** The IDAT payloads of a PNG, concatenated, and its pixels, unfiltered. */
export function pngImageData(png: Buffer): { idat: Buffer; header: Buffer } {
	const idat: Buffer[] = [];
	let header: Buffer = Buffer.alloc(0);
	for (let offset = 8; offset < png.length; ) {
		const length = png.readUInt32BE(offset);
		const type = png.subarray(offset + 4, offset + 8).toString('latin1');
		const data = png.subarray(offset + 8, offset + 8 + length);
		if (type === 'IHDR') header = data;
		if (type === 'IDAT') idat.push(data);
		offset += 12 + length;
	}
	return { idat: Buffer.concat(idat), header };
}

export function decodePngPixels(png: Buffer): Buffer {
	const { idat, header } = pngImageData(png);
	const width = header.readUInt32BE(0);
	return unfilterRows(inflateSync(idat), CHANNELS[header[9]], header[8], width);
}

/** Deterministic pseudo-random bytes (a photo's noise, not a flat page). */
export function noise(length: number, seed: number): Buffer {
	const bytes = Buffer.alloc(length);
	let state = seed >>> 0 || 1;
	for (let index = 0; index < length; index++) {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		bytes[index] = state & 0xff;
	}
	return bytes;
}

/** The PNG with chunks rewritten by `edit` (new data, or undefined to keep it), each with a valid CRC. */
export function rewritePng(png: Buffer, edit: (type: string, data: Buffer) => Buffer | undefined): Buffer {
	const chunks: Buffer[] = [SIGNATURE];
	for (let offset = 8; offset < png.length; ) {
		const length = png.readUInt32BE(offset);
		const type = png.subarray(offset + 4, offset + 8).toString('latin1');
		const data = png.subarray(offset + 8, offset + 8 + length);
		chunks.push(pngChunk(type, edit(type, data) ?? data));
		offset += 12 + length;
	}
	return Buffer.concat(chunks);
}

/** The PNG with another size in its header. */
export function withHeaderSize(png: Buffer, width: number, height: number): Buffer {
	return rewritePng(png, (type, data) => {
		if (type !== 'IHDR') return undefined;
		const header = Buffer.from(data);
		header.writeUInt32BE(width, 0);
		header.writeUInt32BE(height, 4);
		return header;
	});
}

/** The PNG with its (one) IDAT chunk's zlib data cut to `keep` of its bytes, the CRC still valid. */
export function withImageDataCut(png: Buffer, keep: number): Buffer {
	return rewritePng(png, (type, data) => (type === 'IDAT' ? data.subarray(0, Math.floor(data.length * keep)) : undefined));
}
