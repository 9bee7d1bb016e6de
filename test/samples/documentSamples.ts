/**
 * The samples of the documents beyond the vehicle file (samples/*.png) and their answers
 * (test/sandbox/fixtures/), by file name: see identityDocuments.ts, plateAndLetter.ts and
 * handoverRecord.ts, education.ts, phoneBox.ts.
 */
import {
	drawKitas,
	drawSim,
	drawSingaporeFamilyPass,
	drawSingaporeNric,
	drawSingaporeWorkPermit,
	kitasKitapAnswer,
	letterAnswer,
	passportAnswer,
	plateAnswer,
	simAnswer,
	singaporeFamilyPassAnswer,
	singaporeNricAnswer,
	singaporeWorkPermitAnswer,
	twoPlatesAnswer,
} from './identityAnswers';
import { diplomaAnswer, drawDiploma, drawTranscript, transcriptAnswer } from './education';
import { bstkAnswer, drawBstk } from './handoverRecord';
import { drawPhoneBox, phoneBoxAnswer } from './phoneBox';
import { drawPassportPage } from './identityDocuments';
import { drawLetter, drawPlatePhoto, drawTwoPlatesPhoto } from './plateAndLetter';
import { encodeGrayPng } from './png';

export const DOCUMENT_SAMPLE_NAMES = [
	'sim-sample.png',
	'passport-sample.png',
	'kitas-kitap-sample.png',
	'plate-sample.png',
	'plate-two-cars.png',
	'general-document-letter.png',
	'singapore-nric-sample.png',
	'singapore-family-pass-sample.png',
	'singapore-work-permit-sample.png',
	'bstk-sample.png',
	'diploma-sample.png',
	'transcript-sample.png',
	'phone-packaging-sample.png',
] as const;

export type DocumentSampleName = (typeof DOCUMENT_SAMPLE_NAMES)[number];

/** Each sample's answer fixture in test/sandbox/fixtures/: the sample's name with -response.json. */
export function documentFixtureOf(sample: DocumentSampleName): string {
	return sample.replace(/\.png$/, '-response.json');
}

export function makeDocumentSamples(): Record<DocumentSampleName, Buffer> {
	return {
		'sim-sample.png': encodeGrayPng(drawSim().canvas),
		'passport-sample.png': encodeGrayPng(drawPassportPage()),
		'kitas-kitap-sample.png': encodeGrayPng(drawKitas().canvas),
		'plate-sample.png': encodeGrayPng(drawPlatePhoto().canvas),
		'plate-two-cars.png': encodeGrayPng(drawTwoPlatesPhoto().canvas),
		'general-document-letter.png': encodeGrayPng(drawLetter().canvas),
		'singapore-nric-sample.png': encodeGrayPng(drawSingaporeNric().canvas),
		'singapore-family-pass-sample.png': encodeGrayPng(drawSingaporeFamilyPass().canvas),
		'singapore-work-permit-sample.png': encodeGrayPng(drawSingaporeWorkPermit().canvas),
		'bstk-sample.png': encodeGrayPng(drawBstk().canvas),
		'diploma-sample.png': encodeGrayPng(drawDiploma().canvas),
		'transcript-sample.png': encodeGrayPng(drawTranscript().canvas),
		'phone-packaging-sample.png': encodeGrayPng(drawPhoneBox().canvas),
	};
}

export function makeDocumentAnswers(): Record<string, object> {
	const answers: Record<DocumentSampleName, object> = {
		'sim-sample.png': simAnswer(),
		'passport-sample.png': passportAnswer(),
		'kitas-kitap-sample.png': kitasKitapAnswer(),
		'plate-sample.png': plateAnswer(),
		'plate-two-cars.png': twoPlatesAnswer(),
		'general-document-letter.png': letterAnswer(),
		'singapore-nric-sample.png': singaporeNricAnswer(),
		'singapore-family-pass-sample.png': singaporeFamilyPassAnswer(),
		'singapore-work-permit-sample.png': singaporeWorkPermitAnswer(),
		'bstk-sample.png': bstkAnswer(),
		'diploma-sample.png': diplomaAnswer(),
		'transcript-sample.png': transcriptAnswer(),
		'phone-packaging-sample.png': phoneBoxAnswer(),
	};
	return Object.fromEntries(Object.entries(answers).map(([sample, answer]) => [documentFixtureOf(sample as DocumentSampleName), answer]));
}
