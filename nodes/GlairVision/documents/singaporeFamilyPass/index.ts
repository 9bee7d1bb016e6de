import type { DocumentSpec } from '../spec';
import { SINGAPORE_FAMILY_PASS_CHECKS } from './checks';
import { SINGAPORE_FAMILY_PASS_IMAGES, SINGAPORE_FAMILY_PASS_SECTIONS } from './fields';

/** Singapore's Family (Dependant's) Pass card, read flat. */
export const singaporeFamilyPass: DocumentSpec = {
	resource: 'singaporeFamilyPass',
	displayName: 'Singapore Family Pass',
	shortName: 'Singapore Family Pass',
	description: "Read the fields of a Singapore Family (Dependant's) Pass card photo, optionally with its face photo and signature",
	path: '/ocr/v1/singapore-family-pass',
	sections: SINGAPORE_FAMILY_PASS_SECTIONS,
	flat: true,
	// The docs list png/jpg/jpeg, as for the NRIC.
	fileTypes: ['png', 'jpeg'],
	multiPage: false,
	checks: SINGAPORE_FAMILY_PASS_CHECKS,
	images: SINGAPORE_FAMILY_PASS_IMAGES,
	notThisDocumentReason: /some fields are invalid/i,
};
