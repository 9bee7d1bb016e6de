import { crc32 } from 'node:zlib';
import { damaged, unsupported } from './photoFormatError';

/**
 * A PNG's chunks, read as its bytes arrive: the header, palette and transparency (kept: a few
 * hundred bytes), the IDAT payloads (handed on as they pass) and every chunk's CRC.
 */

export interface PngInfo {
	width: number;
	height: number;
	bitDepth: number;
	/** 0 gray, 2 RGB, 3 palette, 4 gray + alpha, 6 RGBA. */
	colorType: number;
	interlaced: boolean;
	/** PLTE's RGB triplets (palette images only). */
	palette?: Buffer;
	/** tRNS as stored. */
	transparency?: Buffer;
	/** The IDAT payloads' total length: the PDF image stream's length. */
	imageDataLength: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const VALID_BIT_DEPTHS: Record<number, readonly number[]> = {
	0: [1, 2, 4, 8, 16],
	2: [8, 16],
	3: [1, 2, 4, 8],
	4: [8, 16],
	6: [8, 16],
};
/** Chunks read into memory; anything else but IDAT is skipped as it streams. */
const KEPT_CHUNKS: Record<string, number> = { IHDR: 13, PLTE: 768, tRNS: 768 };

/**
 * Walks a PNG's chunks as its bytes arrive, checking every CRC. IDAT payloads are handed out as
 * slices of the chunks pushed (never copied or collected); IHDR, PLTE and tRNS, a few hundred
 * bytes at most, are kept; other chunks are skipped.
 */
export class PngChunkScanner {
	private pending: Buffer = Buffer.alloc(0);
	private signatureChecked = false;
	private current: { type: string; remaining: number; crc: number; kept?: Buffer[] } | undefined;
	private crcBytesLeft = 0;
	private expectedCrc = 0;
	private ended = false;
	private readonly info: Partial<PngInfo> & { imageDataLength: number } = { imageDataLength: 0 };
	private sawHeader = false;

	/** Feeds the next bytes; returns the IDAT payload bytes among them, in order. */
	push(chunk: Uint8Array): Buffer[] {
		const out: Buffer[] = [];
		let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
		while (bytes.length > 0) {
			if (this.ended) return out; // bytes after IEND are ignored, as readers do
			if (this.current) {
				const take = Math.min(this.current.remaining, bytes.length);
				const piece = bytes.subarray(0, take);
				this.current.crc = crc32(piece, this.current.crc);
				this.current.remaining -= take;
				if (this.current.type === 'IDAT') {
					out.push(piece);
					this.info.imageDataLength += take;
				} else if (this.current.kept) {
					this.current.kept.push(Buffer.from(piece));
				}
				bytes = bytes.subarray(take);
				if (this.current.remaining === 0) this.closeChunkData();
				continue;
			}
			// Signature, chunk headers and CRCs are small: gather them in `pending`.
			this.pending = this.pending.length === 0 ? bytes : Buffer.concat([this.pending, bytes]);
			bytes = Buffer.alloc(0);
			bytes = this.readFixedParts();
		}
		return out;
	}

	/** The layout as far as read: complete but for `imageDataLength` once the first IDAT bytes came out. */
	get header(): PngInfo | undefined {
		return this.sawHeader ? (this.info as PngInfo) : undefined;
	}

	/** The file ended: its layout, or why it cannot be used. */
	end(): PngInfo {
		if (!this.signatureChecked) throw unsupported('is not a PNG (it does not start with the PNG signature)');
		if (!this.ended) throw damaged('is a PNG that is cut short (no IEND chunk)');
		return this.info as PngInfo;
	}

	/** Consumes signature / chunk header / CRC bytes from `pending`; returns what follows a chunk header. */
	private readFixedParts(): Buffer {
		for (;;) {
			if (!this.signatureChecked) {
				if (this.pending.length < 8) return Buffer.alloc(0);
				if (!this.pending.subarray(0, 8).equals(PNG_SIGNATURE)) {
					throw unsupported('is not a PNG (it does not start with the PNG signature)');
				}
				this.signatureChecked = true;
				this.pending = this.pending.subarray(8);
			}
			if (this.crcBytesLeft > 0) {
				if (this.pending.length < 4) return Buffer.alloc(0);
				if (this.pending.readUInt32BE(0) !== this.expectedCrc) {
					throw damaged('is a damaged PNG (a chunk fails its CRC check)');
				}
				this.crcBytesLeft = 0;
				this.pending = this.pending.subarray(4);
				if (this.ended) return Buffer.alloc(0);
			}
			if (this.pending.length < 8) {
				this.pending = Buffer.from(this.pending);
				return Buffer.alloc(0);
			}
			const length = this.pending.readUInt32BE(0);
			const type = this.pending.subarray(4, 8).toString('latin1');
			if (!/^[A-Za-z]{4}$/.test(type) || length > 0x7fffffff) {
				throw damaged('is a damaged PNG (a chunk header is unreadable)');
			}
			this.openChunk(type, length, this.pending.subarray(4, 8));
			const rest = this.pending.subarray(8);
			if (this.current === undefined) {
				this.pending = rest; // an empty chunk: its CRC follows at once
				continue;
			}
			this.pending = Buffer.alloc(0);
			return rest;
		}
	}

	private openChunk(type: string, length: number, typeBytes: Buffer): void {
		if (!this.sawHeader && type !== 'IHDR') throw damaged('is a damaged PNG (IHDR is not its first chunk)');
		const keepLimit = KEPT_CHUNKS[type];
		if (keepLimit !== undefined && length > keepLimit) {
			throw damaged(`is a damaged PNG (its ${type} chunk is ${length} bytes long)`);
		}
		this.current = { type, remaining: length, crc: crc32(typeBytes), kept: keepLimit !== undefined ? [] : undefined };
		if (length === 0) this.closeChunkData();
	}

	private closeChunkData(): void {
		const chunk = this.current as NonNullable<typeof this.current>;
		this.current = undefined;
		this.expectedCrc = chunk.crc >>> 0;
		this.crcBytesLeft = 4;
		const data = chunk.kept ? Buffer.concat(chunk.kept) : undefined;
		if (chunk.type === 'IHDR') this.readHeader(data as Buffer);
		else if (chunk.type === 'PLTE') this.info.palette = data;
		else if (chunk.type === 'tRNS') this.info.transparency = data;
		else if (chunk.type === 'IEND') this.ended = true;
	}

	private readHeader(data: Buffer): void {
		if (this.sawHeader || data.length !== 13) throw damaged('is a damaged PNG (its IHDR chunk is malformed)');
		this.sawHeader = true;
		const [bitDepth, colorType, compression, filter, interlace] = data.subarray(8, 13);
		if (!VALID_BIT_DEPTHS[colorType]?.includes(bitDepth) || compression !== 0 || filter !== 0 || interlace > 1) {
			throw damaged('is a damaged PNG (its IHDR chunk holds values PNG does not define)');
		}
		const width = data.readUInt32BE(0);
		const height = data.readUInt32BE(4);
		// PNG defines sizes from 1 to 2^31 - 1: 0 x 0 would be an image PDF readers refuse.
		if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) {
			throw damaged(`is a damaged PNG (its header claims a size of ${width} x ${height} pixels)`);
		}
		Object.assign(this.info, {
			width,
			height,
			bitDepth,
			colorType,
			interlaced: interlace === 1,
		});
	}
}

/** The layout of a PNG held whole. Pure. */
export function parsePngLayout(bytes: Uint8Array): PngInfo {
	const scanner = new PngChunkScanner();
	scanner.push(bytes);
	return scanner.end();
}
