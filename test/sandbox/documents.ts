import { DOCUMENT_SPECS } from '../../nodes/GlairVision/documents/registry';
import type { DocumentSpec } from '../../nodes/GlairVision/documents/spec';
import { PAGE_SECTIONS, type BpkbPage } from '../helpers/bpkbSpec';
import { assembledPdfReading } from './assembledPdf';
import type { DocumentReading, SectionReading } from './envelopes';
import vendorSampleAnswer from './fixtures/bpkb-sample-response.json';
import ktpAnswer from './fixtures/ktp-sample-response.json';
import npwpAnswer from './fixtures/npwp-sample-response.json';
import stnkAnswer from './fixtures/stnk-sample-response.json';
import vehicleFileBpkbAnswer from './fixtures/bpkb-vehicle-file-response.json';
import otherOwnerBpkbAnswer from './fixtures/bpkb-vehicle-file-other-owner-response.json';
import strangerBpkbAnswer from './fixtures/bpkb-applicant-stranger-response.json';
import otherPersonKtpAnswer from './fixtures/ktp-other-person-response.json';
import ocrSlipsStnkAnswer from './fixtures/stnk-ocr-slips-response.json';
import otherChassisStnkAnswer from './fixtures/stnk-other-chassis-response.json';
import otherPlateStnkAnswer from './fixtures/stnk-other-plate-response.json';
import simAnswer from './fixtures/sim-sample-response.json';
import passportAnswer from './fixtures/passport-sample-response.json';
import kitasKitapAnswer from './fixtures/kitas-kitap-sample-response.json';
import plateAnswer from './fixtures/plate-sample-response.json';
import twoPlatesAnswer from './fixtures/plate-two-cars-response.json';
import letterAnswer from './fixtures/general-document-letter-response.json';
import singaporeNricAnswer from './fixtures/singapore-nric-sample-response.json';
import singaporeFamilyPassAnswer from './fixtures/singapore-family-pass-sample-response.json';
import singaporeWorkPermitAnswer from './fixtures/singapore-work-permit-sample-response.json';
import bstkAnswer from './fixtures/bstk-sample-response.json';
import diplomaAnswer from './fixtures/diploma-sample-response.json';
import transcriptAnswer from './fixtures/transcript-sample-response.json';
import phonePackagingAnswer from './fixtures/phone-packaging-sample-response.json';
import type { ImagePart } from './multipart';
import type { LegacySpelling } from './spelling';
import { TABLE_DOCUMENTS } from './tableDocuments';

/**
 * What the sandbox knows of each document it serves: the sample files it recognises (by their
 * bytes) and the reading it answers for each, what a scripted SUCCESS answers, and how the
 * document's older answers were spelled. Every registered document needs an entry here.
 */

export type Qualities = Record<string, unknown>;

export interface SandboxSample {
	fileName: string;
	reading: () => DocumentReading;
	/** The quality endpoint's grades of this picture (documents with a quality endpoint only). */
	qualities?: (sampleBytes: Buffer) => Qualities;
}

export interface SandboxDocument {
	samples: readonly SandboxSample[];
	/** What a scripted SUCCESS (and a truncated or malformed answer) is made of, whatever was uploaded. */
	scriptedReading: () => DocumentReading;
	legacy: LegacySpelling;
	/** The grades of a picture that is not a sample (documents with a quality endpoint only). */
	unknownQualities?: () => Qualities;
	/** How to read an upload that is no sample by its bytes but may hold some (absent: as nothing). */
	unknownUpload?: (image: ImagePart, samplesDirectory: string) => DocumentReading | undefined;
}

const VENDOR_READ = vendorSampleAnswer.read as Record<string, SectionReading>;

/** The vendor's sample, all four pages as read from one 4-page upload. */
export function fullSampleReading(): DocumentReading {
	return structuredClone(VENDOR_READ);
}

/** One page of the sample uploaded on its own: that page is the upload's only page, index 0. */
export function singlePageSampleReading(page: BpkbPage): DocumentReading {
	const section = PAGE_SECTIONS[page];
	const fields = structuredClone(VENDOR_READ[section]) as Record<string, { page_index: number }>;
	for (const field of Object.values(fields)) field.page_index = 0;
	return { [section]: fields };
}

/**
 * The vehicle file's BPKBs (samples/vehicle-file/, INVENTED answers): the consistent book and the
 * one whose owner is someone else, by fixture file name. Uploaded whole (the PDF) every section
 * reads with the page_index of its page; one page photo uploaded alone reads as that page only.
 */
export const VEHICLE_FILE_BPKB_ANSWERS: Readonly<Record<string, { read: unknown }>> = {
	'bpkb-vehicle-file-response.json': vehicleFileBpkbAnswer,
	'bpkb-vehicle-file-other-owner-response.json': otherOwnerBpkbAnswer,
	// The applicant file's car in a stranger's name (samples/applicant/README.md), the same kind of book.
	'bpkb-applicant-stranger-response.json': strangerBpkbAnswer,
};

export function vehicleFileBpkbReading(fixture: string): DocumentReading {
	return structuredClone(VEHICLE_FILE_BPKB_ANSWERS[fixture].read as Record<string, SectionReading>);
}

export function vehicleFileBpkbPageReading(fixture: string, page: BpkbPage): DocumentReading {
	const section = PAGE_SECTIONS[page];
	const fields = structuredClone((VEHICLE_FILE_BPKB_ANSWERS[fixture].read as Record<string, SectionReading>)[section]) as Record<string, { page_index: number }>;
	for (const field of Object.values(fields)) field.page_index = 0;
	return { [section]: fields };
}

const VEHICLE_FILE_BPKB_SAMPLES: readonly SandboxSample[] = [
	{ fileName: 'vehicle-file/bpkb.pdf', reading: () => vehicleFileBpkbReading('bpkb-vehicle-file-response.json') },
	{ fileName: 'vehicle-file/bpkb-other-owner.pdf', reading: () => vehicleFileBpkbReading('bpkb-vehicle-file-other-owner-response.json') },
	...([1, 2, 3, 4] as BpkbPage[]).map((page) => ({
		fileName: `vehicle-file/bpkb-photo-${page}.jpg`,
		reading: () => vehicleFileBpkbPageReading('bpkb-vehicle-file-response.json', page),
	})),
	{ fileName: 'vehicle-file/bpkb-other-owner-photo-1.jpg', reading: () => vehicleFileBpkbPageReading('bpkb-vehicle-file-other-owner-response.json', 1) },
	{ fileName: 'applicant/bpkb-stranger.pdf', reading: () => vehicleFileBpkbReading('bpkb-applicant-stranger-response.json') },
];

const stnkReading = (): DocumentReading => structuredClone(stnkAnswer.read as Record<string, SectionReading>);
const ktpReading = (): DocumentReading => ({ ktp: structuredClone(ktpAnswer.read as SectionReading) });
const readingOf = (answer: { read: unknown }) => (): DocumentReading => structuredClone(answer.read as Record<string, SectionReading>);
const flatReadingOf = (key: string, answer: { read: unknown }) => (): DocumentReading => ({ [key]: structuredClone(answer.read as SectionReading) });
const npwpReading = (): DocumentReading => ({ npwp: structuredClone(npwpAnswer.read as SectionReading) });

/**
 * INVENTED: the record names the grades and their shape (flags `{value, confidence,
 * confidence_<name>}`, `document` and `rotate` with a text value) but shows no values. A clean
 * picture here has every flag false; the photocopy sample has `photocopy` true; `rotate` carries the
 * upright picture as `fixed_image`, here simply the upload itself.
 */
function qualities(raised: readonly string[], document: string, fixedImage?: Buffer): Qualities {
	const grades: Qualities = {};
	for (const flag of ['blur', 'bright', 'crop', 'dark', 'flash', 'photocopy', 'screen']) {
		const confidence = raised.includes(flag) ? 91.37 : 97.52;
		grades[flag] = { value: raised.includes(flag), confidence, [`confidence_${flag}`]: confidence };
	}
	grades.document = { value: document, confidence: 98.1 };
	grades.rotate = { value: '0', confidence: 99.2, ...(fixedImage ? { fixed_image: fixedImage.toString('base64') } : {}) };
	return grades;
}

/** A flat document with one sample: its answer (INVENTED, see test/samples/identityAnswers.ts), scripted SUCCESS the same. */
function oneSample(key: string, fileName: string, answer: { read: unknown }, legacy: LegacySpelling): SandboxDocument {
	const reading = flatReadingOf(key, answer);
	return { samples: [{ fileName, reading }], scriptedReading: reading, legacy };
}

/**
 * The documents beyond the vehicle file. Their older spellings, as far as the record shows them:
 * the SIM's docs page in camelCase with `{value, confidence}` and `images.photo`/`sign`; the
 * passport's 2023 Go SDK in bare strings, dates as the MRZ prints them (yymmdd); the KITAS's and
 * Singapore's older docs in snake_case with `{value, confidence}` and top-level `images`; the
 * plates as `{text}` (the docs' sample) and the general document's lines as `{value, polygon}`.
 */
const PEOPLE_PLATES_AND_PAGES: Readonly<Record<string, SandboxDocument>> = {
	sim: oneSample('sim', 'sim-sample.png', simAnswer, { fields: 'valueAndConfidence' }),
	passport: oneSample('passport', 'passport-sample.png', passportAnswer, { keys: 'unchanged', printed: ['birth_date', 'expiry_date'] }),
	kitasKitap: oneSample('kitas_kitap', 'kitas-kitap-sample.png', kitasKitapAnswer, { keys: 'unchanged', fields: 'valueAndConfidence' }),
	plate: {
		samples: [
			{ fileName: 'plate-sample.png', reading: flatReadingOf('plate', plateAnswer) },
			{ fileName: 'plate-two-cars.png', reading: flatReadingOf('plate', twoPlatesAnswer) },
		],
		scriptedReading: flatReadingOf('plate', plateAnswer),
		legacy: { keys: 'unchanged', listEntries: { wrap: 'text' } },
	},
	generalDocument: oneSample('general_document', 'general-document-letter.png', letterAnswer, { keys: 'unchanged', listEntries: { keep: ['value', 'polygon'] } }),
	singaporeNric: oneSample('singapore_nric', 'singapore-nric-sample.png', singaporeNricAnswer, { keys: 'unchanged', fields: 'valueAndConfidence' }),
	singaporeFamilyPass: oneSample('singapore_family_pass', 'singapore-family-pass-sample.png', singaporeFamilyPassAnswer, { keys: 'unchanged', fields: 'valueAndConfidence' }),
	// INVENTED: no older BSTK answer is on record; the KITAS's traits (snake_case, {value, confidence}).
	bstk: oneSample('bstk', 'bstk-sample.png', bstkAnswer, { keys: 'unchanged', fields: 'valueAndConfidence' }),
	// The docs show `value` only per field; INVENTED: the older answers as bare strings.
	diploma: oneSample('diploma', 'diploma-sample.png', diplomaAnswer, { keys: 'unchanged' }),
	transcript: oneSample('transcript', 'transcript-sample.png', transcriptAnswer, { keys: 'unchanged' }),
	// INVENTED: no older phone box answer is on record; bare strings, the IMEIs too.
	phonePackaging: oneSample('phone_packaging', 'phone-packaging-sample.png', phonePackagingAnswer, { keys: 'unchanged' }),
	singaporeWorkPermit: oneSample('singapore_work_permit', 'singapore-work-permit-sample.png', singaporeWorkPermitAnswer, { keys: 'unchanged', fields: 'valueAndConfidence', names: { location_work: 'location' } }),
};

export const SANDBOX_DOCUMENTS: Readonly<Record<string, SandboxDocument>> = {
	bpkb: {
		samples: [
			{ fileName: 'bpkb-sample.pdf', reading: fullSampleReading },
			...([1, 2, 3, 4] as BpkbPage[]).map((page) => ({ fileName: `bpkb-page-${page}.png`, reading: () => singlePageSampleReading(page) })),
			...VEHICLE_FILE_BPKB_SAMPLES,
		],
		scriptedReading: fullSampleReading,
		legacy: {},
		unknownUpload: (image, samplesDirectory) => assembledPdfReading(image.pdfPageImages, samplesDirectory),
	},
	stnk: {
		samples: [
			{ fileName: 'stnk-sample.png', reading: stnkReading },
			// The vehicle file's variants (INVENTED answers): see samples/vehicle-file/README.md.
			{ fileName: 'vehicle-file/stnk-other-chassis.png', reading: readingOf(otherChassisStnkAnswer) },
			{ fileName: 'vehicle-file/stnk-other-plate.png', reading: readingOf(otherPlateStnkAnswer) },
			{ fileName: 'vehicle-file/stnk-ocr-slips.png', reading: readingOf(ocrSlipsStnkAnswer) },
		],
		scriptedReading: stnkReading,
		// INVENTED combination: the docs page with the typo also showed the flat answer.
		legacy: { flat: true, names: { isi_silinder: 'isi_sillinder' } },
	},
	ktp: {
		samples: [
			{ fileName: 'ktp-sample.png', reading: ktpReading, qualities: (bytes) => qualities([], 'KTP', bytes) },
			// INVENTED: a photocopy reads exactly as the card does; only its grades tell them apart.
			{ fileName: 'ktp-photocopy.png', reading: ktpReading, qualities: (bytes) => qualities(['photocopy'], 'KTP', bytes) },
			// The vehicle file's KTP of another person (INVENTED answer): a clean card.
			{ fileName: 'vehicle-file/ktp-other-person.png', reading: flatReadingOf('ktp', otherPersonKtpAnswer), qualities: (bytes) => qualities([], 'KTP', bytes) },
		],
		scriptedReading: ktpReading,
		legacy: {},
		// INVENTED: what GLAIR calls a picture that is no KTP.
		unknownQualities: () => qualities([], 'OTHER'),
	},
	npwp: { samples: [{ fileName: 'npwp-sample.png', reading: npwpReading }], scriptedReading: npwpReading, legacy: {} },
	...PEOPLE_PLATES_AND_PAGES,
	...TABLE_DOCUMENTS,
};

/** The sandbox's entry for a registered document; a document without one is a setup mistake. */
export function sandboxDocument(spec: DocumentSpec): SandboxDocument {
	const document = SANDBOX_DOCUMENTS[spec.resource];
	if (!document) throw new Error(`The sandbox has no sample answers for "${spec.resource}": add it to test/sandbox/documents.ts`);
	return document;
}

export function registeredSpecs(): readonly DocumentSpec[] {
	return DOCUMENT_SPECS;
}
