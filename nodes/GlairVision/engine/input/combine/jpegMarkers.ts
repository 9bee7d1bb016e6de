import { readHuffmanTables, type HuffmanTables } from './jpegHuffman';
import { ScanData, type Frame } from './jpegScanData';
import { damaged, unsupported } from './photoFormatError';

/**
 * A JPEG's markers, read as its bytes arrive: the frame header (size, colour components, baseline
 * or progressive), what the segments before it say about showing the photo (EXIF orientation,
 * Adobe's inverted CMYK) and, read to its end, whether it holds the image its header describes.
 */

export interface JpegInfo {
	width: number;
	height: number;
	/** 1 gray, 3 YCbCr/RGB, 4 CMYK/YCCK. */
	components: 1 | 3 | 4;
	/** An Adobe APP14 segment: a 4-component Adobe JPEG stores CMYK inverted. */
	adobe: boolean;
	/** EXIF orientation 1..8 (1 when absent or unreadable). */
	orientation: number;
	/** Whether the frame is progressive (SOF2). */
	progressive: boolean;
}

const SOF_BASELINE = 0xc0;
const SOF_EXTENDED = 0xc1;
const SOF_PROGRESSIVE = 0xc2;
const APP1 = 0xe1;
const APP14 = 0xee;
const DHT = 0xc4;
const DRI = 0xdd;
const SOS = 0xda;
const SOI = 0xd8;
const EOI = 0xd9;

function isStandaloneMarker(marker: number): boolean {
	return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

function isFrameMarker(marker: number): boolean {
	return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function describeUnsupportedFrame(marker: number): string {
	if (marker === 0xc3 || marker === 0xc7 || marker === 0xcb || marker === 0xcf) return 'a lossless JPEG';
	if (marker >= 0xc9) return 'an arithmetic-coded JPEG';
	return 'a hierarchical JPEG';
}

/**
 * Reads a JPEG's markers as its bytes arrive, skipping the segments it has no use for (EXIF with
 * its thumbnail, ICC profiles, ...) without holding them; the segments it reads are kept one at a
 * time, each at most 64 KB. Up to the frame header (SOF) by default; with `wholeFile`, on to the
 * end-of-image marker, counting each scan's image data against the frame (see jpegScanData.ts).
 */
export class JpegScanner {
	/** Marker and length bytes not yet complete (a few bytes at most). */
	private pending: Buffer = Buffer.alloc(0);
	private skipping = 0;
	/** A segment being read whole: its marker, its body so far. */
	private collecting: { marker: number; body: Buffer; filled: number } | undefined;
	private sawStart = false;
	private adobe = false;
	private orientation = 1;
	private result: JpegInfo | undefined;
	private frame: Frame | undefined;
	private readonly tables: HuffmanTables = new Map();
	private restartInterval = 0;
	private scan: ScanData | undefined;
	private scans = 0;
	private sawEnd = false;

	constructor(private readonly wholeFile = false) {}

	private get done(): boolean {
		return this.wholeFile ? this.sawEnd : this.result !== undefined;
	}

	/** Feeds the next bytes; gives the header once the frame header was read. */
	push(chunk: Uint8Array): JpegInfo | undefined {
		let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
		while (!this.done && bytes.length > 0) {
			if (this.scan) {
				const rest = this.scan.push(bytes);
				bytes = rest ?? Buffer.alloc(0);
				if (rest) this.scan = undefined;
			} else if (this.skipping > 0) {
				const skipped = Math.min(this.skipping, bytes.length);
				this.skipping -= skipped;
				bytes = bytes.subarray(skipped);
			} else if (this.collecting) {
				const segment = this.collecting;
				const copied = bytes.copy(segment.body, segment.filled);
				segment.filled += copied;
				bytes = bytes.subarray(copied);
				if (segment.filled === segment.body.length) {
					this.collecting = undefined;
					this.segment(segment.marker, segment.body);
				}
			} else {
				const joined = this.pending.length === 0 ? bytes : Buffer.concat([this.pending, bytes]);
				const used = this.readMarkers(joined);
				const unread = joined.subarray(used);
				if (this.skipping > 0 || this.collecting || this.done) {
					this.pending = Buffer.alloc(0);
					bytes = unread;
				} else {
					this.pending = Buffer.from(unread); // under 4 bytes: a marker not yet complete
					bytes = Buffer.alloc(0);
				}
			}
		}
		return this.result;
	}

	/** The file ended: the header if the file holds what it should, else why not. */
	end(): JpegInfo {
		if (this.result && !this.wholeFile) return this.result;
		if (!this.sawStart) throw unsupported('is not a JPEG (it does not start with a JPEG marker)');
		if (!this.result) throw damaged('is a JPEG that ends before its frame header (cut short or damaged)');
		this.scan?.finish();
		if (this.scans === 0) throw damaged('is a JPEG that ends before its image data (cut short or damaged)');
		if (!this.sawEnd) throw damaged('is a JPEG that is cut short (it has no end-of-image marker)');
		return this.result;
	}

	/**
	 * Reads markers from `bytes` until a segment's body starts (to skip or to collect), the image
	 * ends or the bytes run out mid-marker; returns how many bytes it used.
	 */
	private readMarkers(bytes: Buffer): number {
		let at = 0;
		if (!this.sawStart) {
			if (bytes.length < 2) return 0;
			if (bytes[0] !== 0xff || bytes[1] !== 0xd8) {
				throw unsupported('is not a JPEG (it does not start with a JPEG marker)');
			}
			this.sawStart = true;
			at = 2;
		}
		while (bytes.length - at >= 2) {
			if (bytes[at] !== 0xff) {
				throw damaged('is a damaged JPEG (a segment does not start with a marker)');
			}
			const marker = bytes[at + 1];
			if (marker === 0xff) {
				at += 1; // fill byte
				continue;
			}
			if (isStandaloneMarker(marker)) {
				at += 2;
				continue;
			}
			if (!this.result && (marker === SOS || marker === EOI || marker === SOI)) {
				throw damaged('is a damaged JPEG (its image data comes before any frame header)');
			}
			if (marker === SOI) throw damaged('is a damaged JPEG (a second start-of-image marker inside it)');
			if (marker === EOI) {
				if (this.scans === 0) throw damaged('is a JPEG without image data (it ends right after its header)');
				this.sawEnd = true;
				return at + 2;
			}
			if (bytes.length - at < 4) break;
			const length = bytes.readUInt16BE(at + 2);
			if (length < 2) throw damaged('is a damaged JPEG (a segment has an impossible length)');
			at += 4;
			if (this.reads(marker)) {
				this.collecting = { marker, body: Buffer.alloc(length - 2), filled: 0 };
				if (length === 2) {
					this.collecting = undefined;
					this.segment(marker, Buffer.alloc(0));
					if (this.done || this.scan) return at;
					continue;
				}
			} else {
				this.skipping = length - 2;
			}
			return at;
		}
		return at;
	}

	/** Whether a segment is read whole (the rest are skipped as they pass). */
	private reads(marker: number): boolean {
		if (marker === APP1 || marker === APP14) return !this.result;
		return isFrameMarker(marker) || (this.wholeFile && (marker === DHT || marker === DRI || marker === SOS));
	}

	private segment(marker: number, body: Buffer): void {
		if (marker === APP1) this.orientation = exifOrientation(body) ?? this.orientation;
		else if (marker === APP14) this.adobe ||= body.subarray(0, 5).toString('latin1') === 'Adobe';
		else if (marker === DHT) readHuffmanTables(body, this.tables);
		else if (marker === DRI) {
			if (body.length !== 2) throw damaged('is a damaged JPEG (its restart interval segment is malformed)');
			this.restartInterval = body.readUInt16BE(0);
		} else if (marker === SOS) {
			this.scan = new ScanData(this.frame as Frame, this.tables, this.restartInterval, body);
			this.scans++;
		} else if (this.result) throw damaged('is a damaged JPEG (it has a second frame header)');
		else this.result = this.readFrame(marker, body);
	}

	private readFrame(marker: number, body: Buffer): JpegInfo {
		if (marker !== SOF_BASELINE && marker !== SOF_EXTENDED && marker !== SOF_PROGRESSIVE) {
			throw unsupported(`is ${describeUnsupportedFrame(marker)}, which PDF readers do not decode`);
		}
		if (body.length < 6) throw damaged('is a damaged JPEG (its frame header is too short)');
		const precision = body[0];
		const height = body.readUInt16BE(1);
		const width = body.readUInt16BE(3);
		const components = body[5];
		if (precision !== 8) {
			throw unsupported(`is a ${precision}-bit JPEG; a PDF can hold 8-bit JPEGs only`);
		}
		if (width === 0 || height === 0) {
			throw unsupported('is a JPEG without its size in the frame header, which PDF readers do not decode');
		}
		if (components !== 1 && components !== 3 && components !== 4) {
			throw unsupported(`is a JPEG with ${components} colour components (1, 3 or 4 can go into a PDF)`);
		}
		if (body.length < 6 + 3 * components) throw damaged('is a damaged JPEG (its frame header is too short)');
		const sampling = Array.from({ length: components }, (_, index) => ({
			id: body[6 + 3 * index],
			h: body[7 + 3 * index] >> 4,
			v: body[7 + 3 * index] & 15,
		}));
		if (sampling.some(({ h, v }) => h < 1 || h > 4 || v < 1 || v > 4)) {
			throw damaged('is a damaged JPEG (its frame header holds values JPEG does not define)');
		}
		this.frame = { width, height, progressive: marker === SOF_PROGRESSIVE, components: sampling };
		return {
			width,
			height,
			components,
			adobe: this.adobe,
			orientation: this.orientation,
			progressive: marker === SOF_PROGRESSIVE,
		};
	}
}

/** The header of a JPEG held whole, or its first bytes up to the frame header. Pure. */
export function parseJpegHead(bytes: Uint8Array): JpegInfo {
	const scanner = new JpegScanner();
	return scanner.push(bytes) ?? scanner.end();
}

/** The header of a JPEG held whole, once its image data was counted against it to its end. Pure. */
export function checkJpeg(bytes: Uint8Array): JpegInfo {
	const scanner = new JpegScanner(true);
	scanner.push(bytes);
	return scanner.end();
}

/** EXIF IFD0's Orientation tag (0x0112) from an APP1 segment's body; undefined if absent or unreadable. */
export function exifOrientation(app1: Buffer): number | undefined {
	if (app1.length < 14 || app1.subarray(0, 6).toString('latin1') !== 'Exif\0\0') return undefined;
	const tiff = app1.subarray(6);
	const order = tiff.subarray(0, 2).toString('latin1');
	if (order !== 'II' && order !== 'MM') return undefined;
	const little = order === 'II';
	const u16 = (offset: number) => (little ? tiff.readUInt16LE(offset) : tiff.readUInt16BE(offset));
	const u32 = (offset: number) => (little ? tiff.readUInt32LE(offset) : tiff.readUInt32BE(offset));
	if (u16(2) !== 42) return undefined;
	const ifd = u32(4);
	if (ifd + 2 > tiff.length) return undefined;
	const count = u16(ifd);
	for (let entry = 0; entry < count; entry++) {
		const offset = ifd + 2 + entry * 12;
		if (offset + 12 > tiff.length) return undefined;
		if (u16(offset) === 0x0112 && u16(offset + 2) === 3) {
			const value = u16(offset + 8);
			return value >= 1 && value <= 8 ? value : undefined;
		}
	}
	return undefined;
}

