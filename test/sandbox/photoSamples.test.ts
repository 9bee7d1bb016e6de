import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { parseJpegHead } from '../../nodes/GlairVision/engine/input/combine/jpegMarkers';
import { parsePngLayout } from '../../nodes/GlairVision/engine/input/combine/pngChunks';
import { SAMPLES_DIRECTORY, makeSamples } from '../samples';
import { pngImageData } from './assembledPdf';

/**
 * The page photos in samples/ are what `npm run samples` (test/samples/) writes: the JPEGs byte for byte
 * (jpeg-js is pure JavaScript, the same bytes everywhere), the RGBA PNG by its pixels (zlib
 * builds may compress the same pixels differently).
 */

const generated = makeSamples();
const committed = (fileName: string) => readFileSync(join(SAMPLES_DIRECTORY, fileName));

describe('sample page photos', () => {
	it.each(['bpkb-photo-1.jpg', 'bpkb-photo-2.jpg', 'bpkb-photo-3.jpg', 'bpkb-photo-4.jpg'] as const)(
		'%s is byte for byte what the generator makes: a baseline colour JPEG under 100 KB',
		(fileName) => {
			const jpeg = committed(fileName);
			expect(jpeg.equals(generated[fileName])).toBe(true);
			expect(parseJpegHead(jpeg)).toEqual({ width: 832, height: 592, components: 3, adobe: false, orientation: 1, progressive: false });
			expect(jpeg.length).toBeLessThan(100 * 1024);
		},
	);

	it('the four photos are four different files', () => {
		const photos = [1, 2, 3, 4].map((page) => committed(`bpkb-photo-${page}.jpg`).toString('base64'));
		expect(new Set(photos).size).toBe(4);
	});

	it('bpkb-photo-1-alpha.png holds the pixels the generator draws, as 8-bit RGBA', () => {
		const png = committed('bpkb-photo-1-alpha.png');
		expect(parsePngLayout(png)).toMatchObject({ width: 824, height: 584, bitDepth: 8, colorType: 6, interlaced: false });
		const pixels = inflateSync(pngImageData(png));
		expect(pixels.equals(inflateSync(pngImageData(generated['bpkb-photo-1-alpha.png'])))).toBe(true);
		// The corner is see-through, the middle of the page is not.
		expect(pixels[1 + 3]).toBe(0);
		const middle = 292 * (824 * 4 + 1) + 1 + 412 * 4;
		expect(pixels[middle + 3]).toBe(255);
		expect(png.length).toBeLessThan(60 * 1024);
	});
});
