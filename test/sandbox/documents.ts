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
import otherPersonKtpAnswer from './fixtures/ktp-other-person-response.json';
import ocrSlipsStnkAnswer from './fixtures/stnk-ocr-slips-response.json';
import otherChassisStnkAnswer from './fixtures/stnk-other-chassis-response.json';
import otherPlateStnkAnswer from './fixtures/stnk-other-plate-response.json';
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
