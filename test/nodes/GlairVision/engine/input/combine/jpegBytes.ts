import { encode } from 'jpeg-js';
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

/** A real baseline JPEG of noise, by jpeg-js (the noise keeps its image data from being tiny). */
export function jpegOf(width: number, height: number, seed = 1): Buffer {
	const rgba = noise(width * height * 4, seed);
	for (let alpha = 3; alpha < rgba.length; alpha += 4) rgba[alpha] = 255;
	return Buffer.from(encode({ width, height, data: rgba }, 90).data);
}

/** Where the first segment with this marker starts, walking the segments from the start marker. */
export function segmentAt(jpeg: Buffer, marker: number): number {
	for (let at = 2; at + 4 <= jpeg.length; at += 2 + jpeg.readUInt16BE(at + 2)) {
		if (jpeg[at + 1] === marker) return at;
	}
	throw new Error(`no segment 0xff${marker.toString(16)}`);
}

const SOF0 = 0xc0;
const SOS = 0xda;

/** The JPEG up to the end of its frame header: no image data, no end marker. */
export function cutAfterFrameHeader(jpeg: Buffer): Buffer {
	const at = segmentAt(jpeg, SOF0);
	return jpeg.subarray(0, at + 2 + jpeg.readUInt16BE(at + 2));
}

/** The JPEG cut halfway through its image data. */
export function cutMidImage(jpeg: Buffer): Buffer {
	const at = segmentAt(jpeg, SOS);
	const dataAt = at + 2 + jpeg.readUInt16BE(at + 2);
	return jpeg.subarray(0, dataAt + Math.floor((jpeg.length - 2 - dataAt) / 2));
}

/** The same JPEG with another size in its frame header. */
export function withClaimedSize(jpeg: Buffer, width: number, height: number): Buffer {
	const changed = Buffer.from(jpeg);
	const at = segmentAt(changed, SOF0);
	changed.writeUInt16BE(height, at + 5);
	changed.writeUInt16BE(width, at + 7);
	return changed;
}

export interface TinyJpegOptions {
	width: number;
	height: number;
	/** Sampling factors per colour component (default one gray component, 1 x 1). */
	sampling?: ReadonlyArray<{ h: number; v: number }>;
	progressive?: boolean;
	/** Units (MCUs, or blocks in a one-component scan) per restart interval; 0 for none. */
	restartInterval?: number;
	/** Units of image data the first scan holds (default: as many as the frame needs). */
	firstScanUnits?: number;
	/** An Adobe APP14 segment (a 4-component Adobe JPEG is CMYK, stored inverted). */
	adobe?: boolean;
	/** Progressive first AC scans as one end-of-band run of 64 blocks each (whatever the size). */
	endOfBandRun?: boolean;
}

const segment = (marker: number, body: Buffer) => {
	const header = Buffer.from([0xff, marker, 0, 0]);
	header.writeUInt16BE(body.length + 2, 2);
	return Buffer.concat([header, body]);
};

/**
 * A JPEG of flat gray blocks, written by hand so that a test knows exactly how many blocks each
 * scan holds: one-code Huffman tables (DC difference 0 is "0", end-of-block is "0"), so a block
 * is 2 bits in a sequential scan and 1 bit in a progressive DC or first AC scan. Each restart
 * interval is padded with ones to a byte and followed by its RSTn marker.
 */
export function tinyJpeg(options: TinyJpegOptions): Buffer {
	const sampling = options.sampling ?? [{ h: 1, v: 1 }];
	const hMax = Math.max(...sampling.map(({ h }) => h));
	const vMax = Math.max(...sampling.map(({ v }) => v));
	const ids = sampling.map((_, index) => index + 1);
	const frame = Buffer.from([8, 0, 0, 0, 0, sampling.length, ...sampling.flatMap(({ h, v }, index) => [ids[index], (h << 4) | v, 0])]);
	frame.writeUInt16BE(options.height, 1);
	frame.writeUInt16BE(options.width, 3);
	// Each table has one code, "0": DC difference 0; end of block; an end-of-band run of 64 + 6 bits.
	const oneCode = (classAndId: number, symbol: number) => Buffer.from([classAndId, 1, ...Array<number>(15).fill(0), symbol]);
	const parts: Buffer[] = [
		Buffer.from([0xff, 0xd8]),
		...(options.adobe ? [segment(0xee, Buffer.from([...Buffer.from('Adobe', 'latin1'), 0, 100, 0, 0, 0, 0, 2]))] : []),
		segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
		segment(options.progressive ? 0xc2 : 0xc0, frame),
		segment(0xc4, Buffer.concat([oneCode(0x00, 0), oneCode(0x10, 0), oneCode(0x11, 0x60)])),
		...(options.restartInterval ? [segment(0xdd, Buffer.from([options.restartInterval >> 8, options.restartInterval & 0xff]))] : []),
	];
	const scan = (components: number[], spectral: [number, number], refining: boolean, units: number, bitsPerUnit: number, acTable = 0) => {
		const header = Buffer.from([components.length, ...components.flatMap((index) => [ids[index], acTable]), spectral[0], spectral[1], refining ? 0x10 : 0]);
		parts.push(segment(0xda, header), entropyData(units, bitsPerUnit, options.restartInterval ?? 0));
	};
	const blocksPerUnit = sampling.reduce((sum, { h, v }) => sum + h * v, 0);
	const mcus = Math.ceil(options.width / (8 * hMax)) * Math.ceil(options.height / (8 * vMax));
	const blocksOf = ({ h, v }: { h: number; v: number }) =>
		Math.ceil(Math.ceil((options.width * h) / hMax) / 8) * Math.ceil(Math.ceil((options.height * v) / vMax) / 8);
	const all = sampling.map((_, index) => index);
	const firstUnits = (whole: number) => options.firstScanUnits ?? whole;
	if (!options.progressive) {
		const [units, bits] = sampling.length === 1 ? [blocksOf(sampling[0]), 2] : [mcus, 2 * blocksPerUnit];
		scan(all, [0, 63], false, firstUnits(units), bits);
	} else {
		const [units, bits] = sampling.length === 1 ? [blocksOf(sampling[0]), 1] : [mcus, blocksPerUnit];
		scan(all, [0, 0], false, firstUnits(units), bits);
		for (const index of all) {
			if (options.endOfBandRun) scan([index], [1, 63], false, 1, 7, 1);
			else scan([index], [1, 63], false, blocksOf(sampling[index]), 1);
		}
		// A refinement scan cannot be counted (it depends on the earlier scans): its bytes pass.
		parts.push(segment(0xda, Buffer.from([1, ids[0], 0x00, 1, 63, 0x10])), Buffer.from([0x12, 0x34, 0xff, 0x00, 0x56]));
	}
	parts.push(Buffer.from([0xff, 0xd9]));
	return Buffer.concat(parts);
}

/** `units` units of zero bits, each restart interval padded with ones to a byte and followed by RSTn. */
function entropyData(units: number, bitsPerUnit: number, restartInterval: number): Buffer {
	const bytes: number[] = [];
	const interval = restartInterval || Infinity;
	for (let done = 0, restarts = 0; done < units; restarts++) {
		const count = Math.min(interval, units - done);
		const bits = count * bitsPerUnit;
		bytes.push(...Array<number>(Math.floor(bits / 8)).fill(0));
		if (bits % 8) bytes.push(0xff >> (bits % 8));
		done += count;
		if (done < units) bytes.push(0xff, 0xd0 + (restarts % 8));
	}
	return Buffer.from(bytes);
}
