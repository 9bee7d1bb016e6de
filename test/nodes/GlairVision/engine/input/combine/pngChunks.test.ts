import { sample } from '../../../../../helpers/documents';
import { PngChunkScanner, parsePngLayout } from '../../../../../../nodes/GlairVision/engine/input/combine/pngChunks';
import { encodePng, noise, pngChunk, pngImageData, rewritePng, withHeaderSize } from './pngBytes';

describe('PNG layout', () => {
	it('reads a sample page: gray 8-bit 800 x 560, and the length of its image data', () => {
		const png = sample('bpkb-page-3.png').bytes;
		expect(parsePngLayout(png)).toEqual({
			width: 800,
			height: 560,
			bitDepth: 8,
			colorType: 0,
			interlaced: false,
			imageDataLength: pngImageData(png).idat.length,
		});
	});

	it('hands out exactly the IDAT payloads, whatever the chunking', () => {
		const png = encodePng({ width: 40, height: 30, bitDepth: 8, colorType: 2, idatChunks: 5 }, noise(3600, 4));
		const expected = pngImageData(png).idat;
		for (const chunkSize of [1, 5, 8, 13, 1000]) {
			const scanner = new PngChunkScanner();
			const pieces: Buffer[] = [];
			for (let at = 0; at < png.length; at += chunkSize) pieces.push(...scanner.push(png.subarray(at, at + chunkSize)));
			expect(Buffer.concat(pieces).equals(expected)).toBe(true);
			expect(scanner.end().imageDataLength).toBe(expected.length);
		}
	});

	it('reads an alpha PNG as it is (whether a PDF can hold it is photoPage.ts to say)', () => {
		expect(parsePngLayout(sample('bpkb-photo-1-alpha.png').bytes)).toMatchObject({ colorType: 6, bitDepth: 8 });
	});

	it('refuses chunks out of order and values PNG does not define', () => {
		const png = sample('bpkb-page-4.png').bytes;
		const headerless = Buffer.concat([png.subarray(0, 8), pngChunk('tEXt', Buffer.from('a')), png.subarray(8)]);
		expect(() => parsePngLayout(headerless)).toThrow('IHDR is not its first chunk');
		const header = Buffer.from(png.subarray(16, 29));
		header[8] = 3; // 3-bit gray does not exist
		const undefinedDepth = Buffer.concat([png.subarray(0, 8), pngChunk('IHDR', header), png.subarray(33)]);
		expect(() => parsePngLayout(undefinedDepth)).toThrow('holds values PNG does not define');
	});

	it('reads on past an empty chunk (its CRC follows its header at once), whatever the chunking', () => {
		const png = encodePng({ width: 40, height: 30, bitDepth: 8, colorType: 2, idatChunks: 3 }, noise(3600, 4));
		const emptyComment = rewritePng(png, (type) => (type === 'tEXt' ? Buffer.alloc(0) : undefined));
		const expected = pngImageData(png).idat.length;
		for (const chunkSize of [1, 5, 1000]) {
			const scanner = new PngChunkScanner();
			for (let at = 0; at < emptyComment.length; at += chunkSize) scanner.push(emptyComment.subarray(at, at + chunkSize));
			expect(scanner.end().imageDataLength).toBe(expected);
		}
	});

	it('refuses a header that claims 0 x 0 pixels (PNG sizes start at 1)', () => {
		const png = encodePng({ width: 4, height: 3, bitDepth: 8, colorType: 0 }, noise(12, 5));
		expect(() => parsePngLayout(withHeaderSize(png, 0, 0))).toThrow('is a damaged PNG (its header claims a size of 0 x 0 pixels)');
		expect(() => parsePngLayout(withHeaderSize(png, 4, 0))).toThrow('a size of 4 x 0 pixels');
		expect(parsePngLayout(png)).toMatchObject({ width: 4, height: 3 });
	});
});
