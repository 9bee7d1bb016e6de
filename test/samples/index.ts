/**
 * Writes the sample documents in samples/: a fictitious 4-page BPKB as a PDF, as one PNG
 * per page and as one JPEG "phone photo" per page (plus one cut-out PNG with an alpha channel),
 * a PNG that is not a BPKB, a GIF like an email signature, and the vehicle file's STNK (both
 * sides on one image), KTP, a photocopy of that KTP and NPWP; the vehicle file's BPKB and its
 * one-mismatch variants in samples/vehicle-file/ (see test/samples/vehicleFileSamples.ts); the
 * selfies and the KTP's face photo in samples/faces/ (see test/samples/faces.ts); the
 * applicant file's BPKB of a stranger in samples/applicant/ (test/samples/applicantFile.ts); the
 * documents with tables: two KKs, a bank statement, an invoice and a receipt
 * (test/samples/tableSamples.ts); a tax invoice and an SKPR (test/samples/formSamples.ts);
 * and the sandbox's invented answers for them in test/sandbox/fixtures/. The output is the same
 * bytes on every run (no timestamps, no randomness), so the files can be committed and
 * the sandbox can recognise them by SHA-256.
 *
 * The invented documents are a test library (the sandbox answers them, the tests read them);
 * `npm run samples` (scripts/make-samples.ts) writes them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ktpAnswer, npwpAnswer, stnkAnswer } from './answers';
import { drawKtp, drawKtpPhotocopy, drawNpwp, drawStnk } from './cards';
import { FACE_SAMPLE_NAMES, makeFaceSamples } from './faces';
import { GrayCanvas, WHITE, advance } from './grayCanvas';
import { encodeTwoToneGif } from './gif';
import { drawReceipt, drawSpecimenPage } from './pageImages';
import { writeSpecimenPdf } from './pdf';
import { encodePagePhotoJpeg } from './jpeg';
import { encodeGrayPng } from './png';
import { encodeCutOutRgbaPng } from './pngAlpha';
import { SPECIMEN_PAGES } from './specimenContent';
import { TABLE_SAMPLE_NAMES, makeTableAnswers, makeTableSamples } from './tableSamples';
import { FORM_SAMPLE_NAMES, makeFormAnswers, makeFormSamples } from './formSamples';
import { VEHICLE_FILE_SAMPLE_NAMES, makeVehicleFileAnswers, makeVehicleFileSamples } from './vehicleFileSamples';
import { DOCUMENT_SAMPLE_NAMES, makeDocumentAnswers, makeDocumentSamples } from './documentSamples';
import { APPLICANT_SAMPLE_NAMES, makeApplicantAnswers, makeApplicantSamples } from './applicantFile';

export { VEHICLE_FILE_SETS, type VehicleFileSet, type VehicleFileVariant } from './vehicleFile';

export const SAMPLES_DIRECTORY = resolve(__dirname, '..', '..', 'samples');

export const SAMPLE_FILE_NAMES = [
	'bpkb-sample.pdf',
	'bpkb-page-1.png',
	'bpkb-page-2.png',
	'bpkb-page-3.png',
	'bpkb-page-4.png',
	'not-a-bpkb.png',
	'signature.gif',
	'bpkb-photo-1.jpg',
	'bpkb-photo-2.jpg',
	'bpkb-photo-3.jpg',
	'bpkb-photo-4.jpg',
	'bpkb-photo-1-alpha.png',
	'stnk-sample.png',
	'ktp-sample.png',
	'ktp-photocopy.png',
	'npwp-sample.png',
	...VEHICLE_FILE_SAMPLE_NAMES,
	...FACE_SAMPLE_NAMES,
	...DOCUMENT_SAMPLE_NAMES,
	...APPLICANT_SAMPLE_NAMES,
	...TABLE_SAMPLE_NAMES,
	...FORM_SAMPLE_NAMES,
] as const;

export type SampleFileName = (typeof SAMPLE_FILE_NAMES)[number];

/** The bytes of every sample file, keyed by file name. Pure: writes nothing. */
export function makeSamples(): Record<SampleFileName, Buffer> {
	const pageCanvases = SPECIMEN_PAGES.map((page, index) => drawSpecimenPage(page, index + 1, SPECIMEN_PAGES.length));
	const pageImages = pageCanvases.map((canvas) => encodeGrayPng(canvas));
	const pagePhotos = pageCanvases.map((canvas) => encodePagePhotoJpeg(canvas));
	return {
		'bpkb-sample.pdf': writeSpecimenPdf(SPECIMEN_PAGES),
		'bpkb-page-1.png': pageImages[0],
		'bpkb-page-2.png': pageImages[1],
		'bpkb-page-3.png': pageImages[2],
		'bpkb-page-4.png': pageImages[3],
		'not-a-bpkb.png': encodeGrayPng(drawReceipt()),
		'signature.gif': encodeTwoToneGif(drawSignature(), [20, 40, 120]),
		'bpkb-photo-1.jpg': pagePhotos[0],
		'bpkb-photo-2.jpg': pagePhotos[1],
		'bpkb-photo-3.jpg': pagePhotos[2],
		'bpkb-photo-4.jpg': pagePhotos[3],
		'bpkb-photo-1-alpha.png': encodeCutOutRgbaPng(pageCanvases[0]),
		'stnk-sample.png': encodeGrayPng(drawStnk().drawn.canvas),
		'ktp-sample.png': encodeGrayPng(drawKtp().canvas),
		'ktp-photocopy.png': encodeGrayPng(drawKtpPhotocopy().canvas),
		'npwp-sample.png': encodeGrayPng(drawNpwp().canvas),
		...makeVehicleFileSamples(),
		...makeFaceSamples(),
		...makeDocumentSamples(),
		...makeApplicantSamples(),
		...makeTableSamples(),
		...makeFormSamples(),
	};
}

export const FIXTURES_DIRECTORY = resolve(__dirname, '..', 'sandbox', 'fixtures');

/** The sandbox's invented answers for the vehicle file, by fixture file name. */
export function makeAnswerFixtures(): Record<string, object> {
	return {
		'stnk-sample-response.json': stnkAnswer(),
		'ktp-sample-response.json': ktpAnswer(),
		'npwp-sample-response.json': npwpAnswer(),
		...makeVehicleFileAnswers(),
		...makeDocumentAnswers(),
		...makeApplicantAnswers(),
		...makeTableAnswers(),
		...makeFormAnswers(),
	};
}

export function answerFixtureText(answer: object): string {
	return `${JSON.stringify(answer, null, 2)}\n`;
}

export function writeSamples(directory = SAMPLES_DIRECTORY): Record<SampleFileName, Buffer> {
	const samples = makeSamples();
	for (const [fileName, bytes] of Object.entries(samples)) {
		mkdirSync(dirname(join(directory, fileName)), { recursive: true });
		writeFileSync(join(directory, fileName), bytes);
	}
	for (const [fileName, answer] of Object.entries(makeAnswerFixtures())) {
		writeFileSync(join(FIXTURES_DIRECTORY, fileName), answerFixtureText(answer));
	}
	return samples;
}

function drawSignature(): GrayCanvas {
	const text = 'BEST REGARDS';
	const canvas = new GrayCanvas(text.length * advance(1) + 3, 13, WHITE);
	canvas.drawText(text, 2, 2, 1);
	canvas.fillRect(2, 11, text.length * advance(1) - 1, 1, 0); // underline
	return canvas;
}
