import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { sizeAgainstLimit } from '../../transport/byteSize';
import { StreamingSha256 } from './sha256';

/**
 * Page photos (JPEG, PNG) into one multi-page PDF, streamed: one page per photo, in the order
 * given. Nothing is re-encoded. A JPEG goes in byte for byte as a /DCTDecode image; a PNG's
 * IDAT data (already zlib with PNG row filters) goes in as /FlateDecode with the PNG predictor,
 * which PDF readers undo exactly, so the pixels are the PNG's own.
 *
 * The PDF's length is worked out before a byte of it is sent (the multipart body declares a
 * Content-Length): preparing reads each JPEG's head up to its frame header and each PNG's chunk
 * layout. Streaming then reads each photo once more, in turn, one chunk at a time, hashing the
 * photos' bytes as they pass (see `sha256()`).
 *
 * Page size: one pixel is one point (72 dpi), except that a page longer than A4 (842 pt) is
 * scaled down to 842 pt on its long side, so a 4032 x 3024 phone photo is an A4-sized page at
 * 345 dpi and a renderer working at 300 dpi gets close to the photo's own pixels.
 */

export type PhotoType = 'jpeg' | 'png';

/** One page photo; the same shape as the transport's UploadSource, plus its type. */
export interface PagePhoto {
	fileName: string;
	type: PhotoType;
	size: number;
	/** A fresh read of the whole file each call. */
	open(): Promise<Readable | Buffer>;
}

export interface PhotoBookOptions {
	/** The PDF's file name in the upload (default "photos.pdf"). */
	fileName?: string;
	/** At most this many photos (default 50). */
	maxPages?: number;
	/** The assembled PDF may be at most this many bytes (the caller's upload limit). */
	maxTotalBytes: number;
}

export interface PhotoBookPage {
	/** 0-based page of the PDF, which is what GLAIR's `page_index` counts. */
	pageIndex: number;
	fileName: string;
	type: PhotoType;
	widthPixels: number;
	heightPixels: number;
}

/** An UploadSource for the transport: `size` is exact, every `open()` streams the same bytes. */
export interface PhotoBook {
	fileName: string;
	mimeType: 'application/pdf';
	size: number;
	open(): Promise<Readable>;
	pages: readonly PhotoBookPage[];
	/**
	 * Hex SHA-256 over the photos' bytes, file after file in page order, as the last `open()` that
	 * was read to its end read them; undefined until one was.
	 */
	sha256(): string | undefined;
}

export const DEFAULT_MAX_PAGES = 50;
/** A4's long side in points: pages larger than this are scaled down to it. */
export const MAX_PAGE_SIDE_POINTS = 842;

/** A photo that cannot go into the PDF, or a book over a limit. `fileNames` are the photos concerned. */
export class PhotoBookError extends Error {
	constructor(
		message: string,
		readonly fileNames: readonly string[],
	) {
		super(message);
		this.name = 'PhotoBookError';
	}
}

/** A problem with one photo's bytes, worded so that it can follow the file's name. */
export class PhotoFormatError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'PhotoFormatError';
	}
}

// ---------------------------------------------------------------------------------------------
// JPEG

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
		if (!this.sawStart) throw new PhotoFormatError('is not a JPEG (it does not start with a JPEG marker)');
		throw new PhotoFormatError('is a JPEG that ends before its frame header (cut short or damaged)');
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
				throw new PhotoFormatError('is not a JPEG (it does not start with a JPEG marker)');
			}
			this.sawStart = true;
			at = 2;
		}
		while (bytes.length - at >= 2) {
			if (bytes[at] !== 0xff) {
				throw new PhotoFormatError('is a damaged JPEG (a segment does not start with a marker)');
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
				throw new PhotoFormatError('is a damaged JPEG (its image data comes before any frame header)');
			}
			if (bytes.length - at < 4) break;
			const length = bytes.readUInt16BE(at + 2);
			if (length < 2) throw new PhotoFormatError('is a damaged JPEG (a segment has an impossible length)');
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
			throw new PhotoFormatError(`is ${describeUnsupportedFrame(marker)}, which PDF readers do not decode`);
		}
		if (body.length < 6) throw new PhotoFormatError('is a damaged JPEG (its frame header is too short)');
		const precision = body[0];
		const height = body.readUInt16BE(1);
		const width = body.readUInt16BE(3);
		const components = body[5];
		if (precision !== 8) {
			throw new PhotoFormatError(`is a ${precision}-bit JPEG; a PDF can hold 8-bit JPEGs only`);
		}
		if (width === 0 || height === 0) {
			throw new PhotoFormatError('is a JPEG without its size in the frame header, which PDF readers do not decode');
		}
		if (components !== 1 && components !== 3 && components !== 4) {
			throw new PhotoFormatError(`is a JPEG with ${components} colour components (1, 3 or 4 can go into a PDF)`);
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

/** The page /Rotate that shows an EXIF-rotated photo upright; mirrored orientations stay unmirrored. */
export function rotationForOrientation(orientation: number): 0 | 90 | 180 | 270 {
	if (orientation === 3 || orientation === 4) return 180;
	if (orientation === 6 || orientation === 5) return 90;
	if (orientation === 8 || orientation === 7) return 270;
	return 0;
}

// ---------------------------------------------------------------------------------------------
// PNG

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

	/** The file ended: its layout, or why it cannot be used. */
	end(): PngInfo {
		if (!this.signatureChecked) throw new PhotoFormatError('is not a PNG (it does not start with the PNG signature)');
		if (!this.ended) throw new PhotoFormatError('is a PNG that is cut short (no IEND chunk)');
		return this.info as PngInfo;
	}

	/** Consumes signature / chunk header / CRC bytes from `pending`; returns what follows a chunk header. */
	private readFixedParts(): Buffer {
		for (;;) {
			if (!this.signatureChecked) {
				if (this.pending.length < 8) return Buffer.alloc(0);
				if (!this.pending.subarray(0, 8).equals(PNG_SIGNATURE)) {
					throw new PhotoFormatError('is not a PNG (it does not start with the PNG signature)');
				}
				this.signatureChecked = true;
				this.pending = this.pending.subarray(8);
			}
			if (this.crcBytesLeft > 0) {
				if (this.pending.length < 4) return Buffer.alloc(0);
				if (this.pending.readUInt32BE(0) !== this.expectedCrc) {
					throw new PhotoFormatError('is a damaged PNG (a chunk fails its CRC check)');
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
				throw new PhotoFormatError('is a damaged PNG (a chunk header is unreadable)');
			}
			this.openChunk(type, length, this.pending.subarray(4, 8));
			const rest = this.pending.subarray(8);
			this.pending = Buffer.alloc(0);
			if (this.current === undefined) continue; // empty chunk: its CRC follows at once
			return rest;
		}
	}

	private openChunk(type: string, length: number, typeBytes: Buffer): void {
		if (!this.sawHeader && type !== 'IHDR') throw new PhotoFormatError('is a damaged PNG (IHDR is not its first chunk)');
		const keepLimit = KEPT_CHUNKS[type];
		if (keepLimit !== undefined && length > keepLimit) {
			throw new PhotoFormatError(`is a damaged PNG (its ${type} chunk is ${length} bytes long)`);
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
		if (this.sawHeader || data.length !== 13) throw new PhotoFormatError('is a damaged PNG (its IHDR chunk is malformed)');
		this.sawHeader = true;
		const [bitDepth, colorType, compression, filter, interlace] = data.subarray(8, 13);
		if (!VALID_BIT_DEPTHS[colorType]?.includes(bitDepth) || compression !== 0 || filter !== 0 || interlace > 1) {
			throw new PhotoFormatError('is a damaged PNG (its IHDR chunk holds values PNG does not define)');
		}
		Object.assign(this.info, {
			width: data.readUInt32BE(0),
			height: data.readUInt32BE(4),
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

/**
 * Why a PNG cannot go into the PDF as it is, or undefined when it can. These would need their
 * pixels decoded and compressed again (alpha split into a soft mask, interlacing undone): rather
 * than re-encode a page photo, the node asks for a plain one.
 */
export function pngRefusal(info: PngInfo): string | undefined {
	if (info.colorType === 4 || info.colorType === 6) {
		return 'has an alpha channel (transparency), which a PDF page cannot hold without re-encoding the image';
	}
	if (info.colorType === 3 && info.transparency) {
		return 'has transparent palette entries, which a PDF page cannot hold without re-encoding the image';
	}
	if (info.interlaced) return 'is interlaced (Adam7), which a PDF image cannot hold without re-encoding';
	if (info.colorType === 3 && (!info.palette || info.palette.length % 3 !== 0 || info.palette.length === 0)) {
		return 'is a palette PNG without a valid PLTE chunk';
	}
	return undefined;
}

// ---------------------------------------------------------------------------------------------
// Page layout

/** MediaBox size in points for a photo of this many pixels (see the module comment). Pure. */
export function pageSizePoints(widthPixels: number, heightPixels: number): { width: number; height: number } {
	const scale = Math.min(1, MAX_PAGE_SIDE_POINTS / Math.max(widthPixels, heightPixels));
	const toPoints = (pixels: number) => Math.max(1, Math.round(pixels * scale * 100) / 100);
	return { width: toPoints(widthPixels), height: toPoints(heightPixels) };
}

interface PreparedPhoto {
	photo: PagePhoto;
	width: number;
	height: number;
	/** The image XObject's dictionary entries, without /Length. */
	imageDictionary: string;
	rotate: number;
	/** The bytes of this photo that go into the image stream. */
	streamLength: number;
	/** What the upload stream checks each read against. */
	png?: PngInfo;
}

function jpegDictionary(info: JpegInfo): string {
	const colourSpace = info.components === 1 ? '/DeviceGray' : info.components === 3 ? '/DeviceRGB' : '/DeviceCMYK';
	const decode = info.components === 4 && info.adobe ? ' /Decode [1 0 1 0 1 0 1 0]' : '';
	return (
		`/Type /XObject /Subtype /Image /Width ${info.width} /Height ${info.height} ` +
		`/ColorSpace ${colourSpace} /BitsPerComponent 8${decode} /Filter /DCTDecode`
	);
}

function pngDictionary(info: PngInfo): string {
	const colours = info.colorType === 2 ? 3 : 1;
	let colourSpace: string;
	if (info.colorType === 3) {
		const palette = info.palette as Buffer;
		colourSpace = `[/Indexed /DeviceRGB ${palette.length / 3 - 1} <${palette.toString('hex')}>]`;
	} else {
		colourSpace = info.colorType === 2 ? '/DeviceRGB' : '/DeviceGray';
	}
	// tRNS on gray or RGB names one colour as transparent: a colour-key mask says the same.
	let mask = '';
	if (info.transparency && info.colorType !== 3) {
		const values: number[] = [];
		for (let offset = 0; offset + 1 < info.transparency.length && values.length < colours * 2; offset += 2) {
			const value = info.transparency.readUInt16BE(offset) & ((1 << info.bitDepth) - 1);
			values.push(value, value);
		}
		if (values.length === colours * 2) mask = ` /Mask [${values.join(' ')}]`;
	}
	return (
		`/Type /XObject /Subtype /Image /Width ${info.width} /Height ${info.height} ` +
		`/ColorSpace ${colourSpace} /BitsPerComponent ${info.bitDepth}${mask} /Filter /FlateDecode ` +
		`/DecodeParms << /Predictor 15 /Colors ${colours} /BitsPerComponent ${info.bitDepth} /Columns ${info.width} >>`
	);
}

async function readJpegHead(photo: PagePhoto): Promise<JpegInfo> {
	const content = await photo.open();
	if (Buffer.isBuffer(content)) return parseJpegHead(content);
	const scanner = new JpegHeadScanner();
	try {
		for await (const chunk of content) {
			const info = scanner.push(chunk as Buffer);
			if (info) return info;
		}
		return scanner.end();
	} finally {
		content.destroy();
	}
}

async function readPngLayout(photo: PagePhoto): Promise<PngInfo> {
	const content = await photo.open();
	if (Buffer.isBuffer(content)) return parsePngLayout(content);
	const scanner = new PngChunkScanner();
	try {
		for await (const chunk of content) scanner.push(chunk as Buffer);
		return scanner.end();
	} finally {
		content.destroy();
	}
}

async function preparePhoto(photo: PagePhoto): Promise<PreparedPhoto> {
	if (photo.type === 'jpeg') {
		const info = await readJpegHead(photo);
		return {
			photo,
			width: info.width,
			height: info.height,
			imageDictionary: jpegDictionary(info),
			rotate: rotationForOrientation(info.orientation),
			streamLength: photo.size,
		};
	}
	const info = await readPngLayout(photo);
	const refusal = pngRefusal(info);
	if (refusal) throw new PhotoFormatError(refusal);
	return {
		photo,
		width: info.width,
		height: info.height,
		imageDictionary: pngDictionary(info),
		rotate: 0,
		streamLength: info.imageDataLength,
		png: info,
	};
}

// ---------------------------------------------------------------------------------------------
// The PDF

type Segment = { text: Buffer } | { photo: PreparedPhoto };

const latin1 = (text: string) => Buffer.from(text, 'latin1');

/** The PDF as text pieces and photo streams, every object's offset known. */
function layOut(prepared: readonly PreparedPhoto[]): { segments: Segment[]; size: number } {
	const segments: Segment[] = [];
	let offset = 0;
	const offsets: number[] = [];
	const text = (value: string) => {
		const bytes = latin1(value);
		segments.push({ text: bytes });
		offset += bytes.length;
	};
	const object = (id: number, body: string) => {
		offsets[id] = offset;
		text(`${id} 0 obj\n${body}\nendobj\n`);
	};

	// The binary comment line tells transfer tools the file is not plain text.
	text('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n');
	const pageId = (index: number) => 3 + index * 3;
	object(1, '<< /Type /Catalog /Pages 2 0 R >>');
	object(
		2,
		`<< /Type /Pages /Kids [${prepared.map((_, index) => `${pageId(index)} 0 R`).join(' ')}] /Count ${prepared.length} >>`,
	);
	prepared.forEach((page, index) => {
		const id = pageId(index);
		const { width, height } = pageSizePoints(page.width, page.height);
		const rotate = page.rotate ? ` /Rotate ${page.rotate}` : '';
		object(
			id,
			`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}]${rotate} ` +
				`/Resources << /XObject << /Im1 ${id + 2} 0 R >> >> /Contents ${id + 1} 0 R >>`,
		);
		const content = `q ${width} 0 0 ${height} 0 0 cm /Im1 Do Q`;
		object(id + 1, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
		offsets[id + 2] = offset;
		text(`${id + 2} 0 obj\n<< ${page.imageDictionary} /Length ${page.streamLength} >>\nstream\n`);
		segments.push({ photo: page });
		offset += page.streamLength;
		text('\nendstream\nendobj\n');
	});

	const count = 3 + prepared.length * 3;
	const startXref = offset;
	// Each xref entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, space, LF.
	const entries = ['0000000000 65535 f \n'];
	for (let id = 1; id < count; id++) entries.push(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
	text(`xref\n0 ${count}\n${entries.join('')}trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${startXref}\n%%EOF\n`);
	return { segments, size: offset };
}

/** One photo's image-stream bytes, read once, hashed as they pass, checked against the layout. */
async function* photoStreamBytes(page: PreparedPhoto, sha256: StreamingSha256): AsyncGenerator<Buffer> {
	const { photo } = page;
	const changed = (what: string) =>
		new PhotoBookError(
			`"${photo.fileName}" changed while the combined PDF was being sent (${what}). Run the workflow again.`,
			[photo.fileName],
		);
	const png = page.png ? new PngChunkScanner() : undefined;
	// A PNG that parsed when measured and fails now was replaced in between.
	const checked = <T>(step: () => T): T => {
		try {
			return step();
		} catch (error) {
			throw changed(`it ${error instanceof Error ? error.message : String(error)}`);
		}
	};
	const content = await photo.open();
	const chunks: Iterable<Buffer> | AsyncIterable<Buffer> = Buffer.isBuffer(content) ? [content] : (content as AsyncIterable<Buffer>);
	let read = 0;
	let streamed = 0;
	try {
		for await (const chunk of chunks) {
			sha256.update(chunk);
			read += chunk.length;
			const pieces = png ? checked(() => png.push(chunk)) : [chunk];
			for (const piece of pieces) {
				streamed += piece.length;
				if (streamed > page.streamLength) throw changed('it grew');
				yield piece;
			}
		}
		if (png) checked(() => png.end());
	} finally {
		if (!Buffer.isBuffer(content)) content.destroy();
	}
	if (read !== photo.size || streamed !== page.streamLength) {
		throw changed(`${read} bytes instead of ${photo.size}`);
	}
}

async function* bookBytes(segments: readonly Segment[], onHashed: (hex: string) => void): AsyncGenerator<Buffer> {
	const sha256 = new StreamingSha256();
	for (const segment of segments) {
		if ('text' in segment) yield segment.text;
		else yield* photoStreamBytes(segment.photo, sha256);
	}
	onHashed(sha256.finish());
}

function describeAll(problems: ReadonlyArray<{ fileName: string; message: string }>, total: number): string {
	const list = problems.map(({ fileName, message }) => `"${fileName}" ${message}`).join('; ');
	const lead = problems.length === 1 ? (total === 1 ? '' : `1 of ${total} photos cannot go into one PDF: `) : `${problems.length} of ${total} photos cannot go into one PDF: `;
	return (
		`${lead}${list}. Save ${problems.length === 1 ? 'it' : 'them'} as JPEG (or as PNG without transparency or interlacing), ` +
		'or turn off Combine Files Into One Document to read each file on its own.'
	);
}

/** What is wrong with a photo's bytes goes in the list of problems; anything else (I/O) goes on up. */
function formatProblemOrThrow(error: unknown): PhotoFormatError {
	if (error instanceof PhotoFormatError) return error;
	throw error;
}

/**
 * Prepares the PDF of these page photos, in this order. Reads each JPEG's head and each PNG's
 * chunk layout (nothing is kept but a few numbers per photo); throws a PhotoBookError naming
 * every photo that cannot go in, or the limit the book is over.
 */
export async function assemblePhotoBook(photos: readonly PagePhoto[], options: PhotoBookOptions): Promise<PhotoBook> {
	const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
	const allNames = photos.map((photo) => photo.fileName);
	if (photos.length === 0) throw new PhotoBookError('There are no photos to combine into one document.', []);
	if (photos.length > maxPages) {
		throw new PhotoBookError(
			`${photos.length} photos were selected for one document, over the limit of ${maxPages} pages. ` +
				'Split them over several items, or turn off Combine Files Into One Document.',
			allNames,
		);
	}

	const prepared: PreparedPhoto[] = [];
	const problems: Array<{ fileName: string; message: string }> = [];
	for (const photo of photos) {
		if (photo.size <= 0) {
			problems.push({ fileName: photo.fileName, message: 'is empty (0 bytes)' });
			continue;
		}
		const outcome = await preparePhoto(photo).catch(formatProblemOrThrow);
		if (outcome instanceof PhotoFormatError) problems.push({ fileName: photo.fileName, message: outcome.message });
		else prepared.push(outcome);
	}
	if (problems.length > 0) {
		throw new PhotoBookError(
			describeAll(problems, photos.length),
			problems.map((problem) => problem.fileName),
		);
	}

	const { segments, size } = layOut(prepared);
	if (size > options.maxTotalBytes) {
		const [sizeText, limitText] = sizeAgainstLimit(size, options.maxTotalBytes);
		throw new PhotoBookError(
			`The ${photos.length} photos make a PDF of ${sizeText}, over the ${limitText} limit ` +
				'for one upload. Send fewer or smaller photos per item (a phone\'s "medium" size reads as well), or raise Max File Size (MB) if GLAIR accepts larger files for your account.',
			allNames,
		);
	}

	let latestSha256: string | undefined;
	return {
		fileName: options.fileName ?? 'photos.pdf',
		mimeType: 'application/pdf',
		size,
		pages: prepared.map((page, pageIndex) => ({
			pageIndex,
			fileName: page.photo.fileName,
			type: page.photo.type,
			widthPixels: page.width,
			heightPixels: page.height,
		})),
		open: async () =>
			Readable.from(
				bookBytes(segments, (hex) => {
					latestSha256 = hex;
				}),
				{ objectMode: false },
			),
		sha256: () => latestSha256,
	};
}
