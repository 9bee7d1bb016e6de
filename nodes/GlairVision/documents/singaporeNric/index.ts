import type { DocumentSpec } from '../spec';
import { SINGAPORE_NRIC_CHECKS } from './checks';
import { SINGAPORE_NRIC_SECTIONS, SINGAPORE_PHOTO } from './fields';

/** Singapore's NRIC, read flat. */
export const singaporeNric: DocumentSpec = {
	resource: 'singaporeNric',
	displayName: 'Singapore NRIC (Identity Card)',
	shortName: 'Singapore NRIC',
	description: "Read the fields of a Singapore NRIC (identity card) photo, optionally with its face photo",
	path: '/ocr/v1/singapore-nric',
	sections: SINGAPORE_NRIC_SECTIONS,
	flat: true,
	// The docs list png/jpg/jpeg.
	fileTypes: ['png', 'jpeg'],
	multiPage: false,
	checks: SINGAPORE_NRIC_CHECKS,
	images: SINGAPORE_PHOTO,
	notThisDocumentReason: /some fields are invalid/i,
};
