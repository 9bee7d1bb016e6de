import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { parseJpegHead } from '../../nodes/GlairVision/engine/input/combine/jpegMarkers';
import { SAMPLES_DIRECTORY } from '../samples';
import { FACE_SAMPLE_NAMES, makeFaceSamples } from '../samples/faces';
import { pngImageData } from './assembledPdf';
import { FACE_SCENES } from './faces';
import ktpAnswer from './fixtures/ktp-sample-response.json';

/**
 * samples/faces/ is what test/samples/faces.ts draws: the selfies byte for byte (jpeg-js is
 * pure JavaScript), the KTP's face photo by its pixels (zlib builds differ), and that photo is the
 * one the KTP answer carries, so Read KTP's `foto` and the file are the same picture.
 */

const generated = makeFaceSamples();
const committed = (fileName: string) => readFileSync(join(SAMPLES_DIRECTORY, fileName));
const selfies = FACE_SAMPLE_NAMES.filter((name) => name.endsWith('.jpg'));

describe('samples/faces/', () => {
	it.each(selfies)('%s is byte for byte what the generator makes: a 240x320 colour JPEG under 20 KB', (fileName) => {
		const jpeg = committed(fileName);
		expect(jpeg.equals(generated[fileName])).toBe(true);
		expect(parseJpegHead(jpeg)).toMatchObject({ width: 240, height: 320, components: 3, progressive: false });
		expect(jpeg.length).toBeLessThan(20 * 1024);
	});

	it('every selfie is a different picture', () => {
		expect(new Set(selfies.map((name) => committed(name).toString('base64'))).size).toBe(selfies.length);
	});

	it("faces/ktp-foto.png holds the pixels of the KTP answer's foto (what Read KTP hands on as `foto`)", () => {
		const pixels = (png: Buffer) => inflateSync(pngImageData(png));
		const fromAnswer = Buffer.from(ktpAnswer.read.foto.value, 'base64');
		expect(pixels(committed('faces/ktp-foto.png')).equals(pixels(fromAnswer))).toBe(true);
		expect(pixels(generated['faces/ktp-foto.png']).equals(pixels(fromAnswer))).toBe(true);
	});

	it('the sandbox knows what each one shows', () => {
		for (const name of FACE_SAMPLE_NAMES) expect([name, FACE_SCENES[name]]).toEqual([name, expect.objectContaining({ faces: expect.any(Number) })]);
	});
});
