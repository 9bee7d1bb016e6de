import { damaged, unsupported } from './photoFormatError';

/**
 * A JPEG's markers, read as its bytes arrive: the frame header (size, colour components, baseline
 * or progressive) and what the segments before it say about showing the photo (EXIF orientation,
 * Adobe's inverted CMYK). Segments are skipped as they stream, never held whole.
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
const SOS = 0xda;
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
 * Reads a JPEG's markers as its bytes arrive, up to the frame header (SOF), skipping the
 * segments before it (EXIF with its thumbnail, ICC profiles, ...) without holding them. Only
 * the segments it reads are kept, one at a time, each at most 64 KB.
 */
export class JpegHeadScanner {
	/** Marker and length bytes not yet complete (a few bytes at most). */
	private pending: Buffer = Buffer.alloc(0);
	private skipping = 0;
	/** A segment being read whole: its marker, its body so far. */
	private collecting: { marker: number; body: Buffer; filled: number } | undefined;
	private sawStart = false;
	private adobe = false;
	private orientation = 1;
	private result: JpegInfo | undefined;

	/** Feeds the next bytes; gives the header once the frame header was read. */
	push(chunk: Uint8Array): JpegInfo | undefined {
		let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
		while (!this.result && bytes.length > 0) {
			if (this.skipping > 0) {
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
				if (this.skipping > 0 || this.collecting || this.result) {
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

	/** The file ended: the header if it was found, else why not. */
	end(): JpegInfo {
		if (this.result) return this.result;
		if (!this.sawStart) throw unsupported('is not a JPEG (it does not start with a JPEG marker)');
		throw damaged('is a JPEG that ends before its frame header (cut short or damaged)');
	}

	/**
	 * Reads markers from `bytes` until a segment's body starts (to skip or to collect) or the
	 * bytes run out mid-marker; returns how many bytes it used.
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
			if (marker === SOS || marker === EOI || marker === 0xd8) {
				throw damaged('is a damaged JPEG (its image data comes before any frame header)');
			}
			if (bytes.length - at < 4) break;
			const length = bytes.readUInt16BE(at + 2);
			if (length < 2) throw damaged('is a damaged JPEG (a segment has an impossible length)');
			at += 4;
			if (isFrameMarker(marker) || marker === APP1 || marker === APP14) {
				this.collecting = { marker, body: Buffer.alloc(length - 2), filled: 0 };
				if (length === 2) {
					this.collecting = undefined;
					this.segment(marker, Buffer.alloc(0));
					if (this.result) return at;
					continue;
				}
			} else {
				this.skipping = length - 2;
			}
			return at;
		}
		return at;
	}

	private segment(marker: number, body: Buffer): void {
		if (marker === APP1) this.orientation = exifOrientation(body) ?? this.orientation;
		else if (marker === APP14) this.adobe ||= body.subarray(0, 5).toString('latin1') === 'Adobe';
		else this.result = this.frame(marker, body);
	}

	private frame(marker: number, body: Buffer): JpegInfo {
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
	const scanner = new JpegHeadScanner();
	return scanner.push(bytes) ?? scanner.end();
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

