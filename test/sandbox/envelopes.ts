import { sectionsForPage } from '../../nodes/GlairVision/documents/fieldList';
import type { DocumentSpec, SectionSpec } from '../../nodes/GlairVision/documents/spec';
import type { DocumentStatus as EnvelopeStatus } from '../../nodes/GlairVision/engine/response/parseAnswer';
import type { FieldReading } from '../../nodes/GlairVision/engine/response/readings';
import type { BpkbPage } from '../helpers/bpkbSpec';

/** The bodies GLAIR answers with, built from sample answers so they look like the real thing. */

// The documented envelope shape, shared with the node's reader (which also copes with worse).
export type { EnvelopeStatus, FieldReading };

/** A section's fields as sent; an image field (a KTP's foto) is `{ value: <base64>, ... }` too. */
export type SectionReading = Record<string, unknown>;

export interface Envelope {
	status: EnvelopeStatus;
	reason: string;
	/** By section, or the fields themselves for a flat document. */
	read?: Record<string, unknown>;
	/** The quality endpoint's grades of the picture. */
	qualities?: Record<string, unknown>;
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

/** What a document's answer holds, by the spec's section keys (a flat document: its one section). */
export type DocumentReading = Partial<Record<string, SectionReading>>;

export function emptyField(): FieldReading {
	return { value: '', value_original: '', confidence: 0, confidence_text: 0, polygon: [], page_index: 0 };
}

/** A field sent as a list (the plates in a picture) comes back as an empty list when nothing was found. */
function emptySection(section: SectionSpec): SectionReading {
	return Object.fromEntries(section.fields.map((field) => [field.key, field.list ? [] : emptyField()]));
}

/**
 * The 200 SUCCESS answer for the requested page (or all pages). Sections the document does not
 * fill come back with every field empty, which is how GLAIR reports fields it did not find; if
 * nothing requested was filled, the reason says "Some fields are invalid". A flat document's
 * fields sit directly in `read`.
 */
export function successEnvelope(spec: DocumentSpec, reading: DocumentReading, page: BpkbPage | undefined): Envelope {
	const read: Record<string, unknown> = {};
	let anythingRead = false;
	for (const section of sectionsForPage(spec, page)) {
		const known = reading[section.key];
		if (known) anythingRead = true;
		const fields = known ?? emptySection(section);
		if (spec.flat) Object.assign(read, fields);
		else read[section.key] = fields;
	}
	return { status: 'SUCCESS', reason: anythingRead ? REASONS.read : REASONS.someFieldsInvalid, read };
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
