import {
	PAGE_SECTIONS,
	fieldsOfSection,
	sectionsForPage,
	type BpkbPage,
	type BpkbSection,
} from '../helpers/bpkbSpec';
import type { DocumentStatus as EnvelopeStatus } from '../../nodes/GlairVision/engine/response/readAnswer';
import type { FieldReading } from '../../nodes/GlairVision/engine/response/readings';
import vendorSampleAnswer from './fixtures/bpkb-sample-response.json';

/** The bodies GLAIR answers with, built from the vendor's own sample so they look like the real thing. */

// The documented envelope shape, shared with the node's reader (which also copes with worse).
export type { EnvelopeStatus, FieldReading };

export type SectionReading = Record<string, FieldReading>;

export interface Envelope {
	status: EnvelopeStatus;
	reason: string;
	read?: Partial<Record<BpkbSection, SectionReading>>;
}

export const REASONS = {
	read: 'File Successfully Read',
	someFieldsInvalid: 'File successfully read. Some fields are invalid.',
	noFile: 'No file in request body',
	invalidFormat: 'Failed to process invalid file format. Please upload the correct file format',
	// The record has no wording for FAILED; this one is ours.
	failed: 'Failed to read the document',
	// Nor for a bad `page`: see invalidPageEnvelope.
	invalidPage: 'Invalid page. Page must be a number from 1 to 4',
} as const;

const VENDOR_READ = vendorSampleAnswer.read as Record<BpkbSection, SectionReading>;

/** What a document's answer holds, section by section, before the `page` filter. */
export type DocumentReading = Partial<Record<BpkbSection, SectionReading>>;

/** The vendor's sample, all four pages as read from one 4-page upload. */
export function fullSampleReading(): DocumentReading {
	return structuredClone(VENDOR_READ);
}

/** One page of the sample uploaded on its own: that page is the upload's only page, index 0. */
export function singlePageSampleReading(page: BpkbPage): DocumentReading {
	const section = PAGE_SECTIONS[page];
	const fields = structuredClone(VENDOR_READ[section]);
	for (const field of Object.values(fields)) field.page_index = 0;
	return { [section]: fields };
}

export function emptyField(): FieldReading {
	return { value: '', value_original: '', confidence: 0, confidence_text: 0, polygon: [], page_index: 0 };
}

/**
 * The 200 SUCCESS answer for the requested page (or all pages). Sections the document does not
 * fill come back with every field empty, which is how GLAIR reports fields it did not find; if
 * nothing requested was filled, the reason says "Some fields are invalid".
 */
export function successEnvelope(reading: DocumentReading, page: BpkbPage | undefined): Envelope {
	const read: Partial<Record<BpkbSection, SectionReading>> = {};
	let anythingRead = false;
	for (const section of sectionsForPage(page)) {
		const known = reading[section];
		if (known) anythingRead = true;
		read[section] = known ?? emptySection(section);
	}
	return { status: 'SUCCESS', reason: anythingRead ? REASONS.read : REASONS.someFieldsInvalid, read };
}

function emptySection(section: BpkbSection): SectionReading {
	return Object.fromEntries(fieldsOfSection(section).map((field) => [field.key, emptyField()]));
}

/*
 * Failure envelopes carry no `read`: nothing was read, and the record never shows one.
 * A client has to cope with `read` missing either way.
 */
export const noFileEnvelope = (): Envelope => ({ status: 'NO_FILE', reason: REASONS.noFile });
export const invalidFormatEnvelope = (): Envelope => ({
	status: 'FILE_INVALID_FORMAT',
	reason: REASONS.invalidFormat,
});
export const failedEnvelope = (): Envelope => ({ status: 'FAILED', reason: REASONS.failed });

/**
 * The real API's answer to `page=7` is undocumented. 400 + FAILED is our guess: it is a client
 * error, and FAILED is the only status of the four that is not about the file.
 */
export const invalidPageEnvelope = (): Envelope => ({ status: 'FAILED', reason: REASONS.invalidPage });

/** "1".."4" (surrounding spaces tolerated, as a form parser would); anything else is not a page. */
export function parsePage(raw: string | undefined): BpkbPage | undefined | 'invalid' {
	if (raw === undefined) return undefined;
	const trimmed = raw.trim();
	return /^[1-4]$/.test(trimmed) ? (Number(trimmed) as BpkbPage) : 'invalid';
}
