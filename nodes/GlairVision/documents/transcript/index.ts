import type { DocumentSpec } from '../spec';
import { TRANSCRIPT_CHECKS } from './checks';
import { TRANSCRIPT_SECTIONS } from './fields';

/** A transkrip akademik: what a university's transcript says of the graduate, read flat. GLAIR calls the endpoint beta. */
export const transcript: DocumentSpec = {
	resource: 'transcript',
	displayName: 'Academic Transcript',
	shortName: 'Transcript',
	description: "Read a university transcript's heading: the student, the institution, the major and the grade point average",
	path: '/ocr/v1/transcript',
	sections: TRANSCRIPT_SECTIONS,
	flat: true,
	// The record shows no list for this document; those of the BPKB, as for the NPWP. A transcript runs to pages.
	fileTypes: ['png', 'jpeg', 'tiff', 'pdf'],
	multiPage: true,
	checks: TRANSCRIPT_CHECKS,
	notThisDocumentReason: /some fields are invalid/i,
};
