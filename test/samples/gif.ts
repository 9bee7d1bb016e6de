import type { GrayCanvas } from './grayCanvas';

/**
 * A GIF89a with a 4-entry palette, for the tiny two-tone images that ride along in mail
 * (signatures, logos). The LZW stream sends a Clear code before every second pixel, so the
 * code width never grows past 3 bits: large, but trivially correct and tiny at this size.
 */
export function encodeTwoToneGif(canvas: GrayCanvas, ink: readonly [number, number, number]): Buffer {
	const header = Buffer.alloc(13);
	header.write('GIF89a', 0, 'latin1');
	header.writeUInt16LE(canvas.width, 6);
	header.writeUInt16LE(canvas.height, 8);
	header[10] = 0b1000_0001; // global colour table present, 2^(1+1) = 4 entries
	header[11] = 0; // background colour index
	header[12] = 0; // no aspect ratio
	const palette = Buffer.from([255, 255, 255, ...ink, 128, 128, 128, 0, 0, 0]);

	const imageDescriptor = Buffer.alloc(10);
	imageDescriptor[0] = 0x2c;
	imageDescriptor.writeUInt16LE(canvas.width, 5);
	imageDescriptor.writeUInt16LE(canvas.height, 7);
	// left, top and flags (no local table, not interlaced) stay 0

	const colourIndices = Array.from(canvas.pixels, (shade) => (shade < 128 ? 1 : 0));
	return Buffer.concat([
		header,
		palette,
		imageDescriptor,
		Buffer.from([MINIMUM_CODE_SIZE]),
		subBlocks(lzwWithoutGrowth(colourIndices)),
		Buffer.from([0x3b]), // trailer
	]);
}

const MINIMUM_CODE_SIZE = 2;
const CLEAR_CODE = 1 << MINIMUM_CODE_SIZE;
const END_CODE = CLEAR_CODE + 1;
const CODE_WIDTH = MINIMUM_CODE_SIZE + 1;

function lzwWithoutGrowth(indices: number[]): Buffer {
	const codes: number[] = [];
	indices.forEach((index, position) => {
		if (position % 2 === 0) codes.push(CLEAR_CODE);
		codes.push(index);
	});
	codes.push(END_CODE);

	// Codes are packed least significant bit first.
	const bytes: number[] = [];
	let bitBuffer = 0;
	let bitCount = 0;
	for (const code of codes) {
		bitBuffer |= code << bitCount;
		bitCount += CODE_WIDTH;
		while (bitCount >= 8) {
			bytes.push(bitBuffer & 0xff);
			bitBuffer >>>= 8;
			bitCount -= 8;
		}
	}
	if (bitCount > 0) bytes.push(bitBuffer & 0xff);
	return Buffer.from(bytes);
}

function subBlocks(data: Buffer): Buffer {
	const blocks: Buffer[] = [];
	for (let start = 0; start < data.length; start += 255) {
		const block = data.subarray(start, start + 255);
		blocks.push(Buffer.from([block.length]), block);
	}
	blocks.push(Buffer.from([0])); // block terminator
	return Buffer.concat(blocks);
}
