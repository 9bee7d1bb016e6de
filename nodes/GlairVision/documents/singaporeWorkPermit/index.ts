import type { DocumentSpec } from '../spec';
import { SINGAPORE_WORK_PERMIT_CHECKS } from './checks';
import { SINGAPORE_WORK_PERMIT_IMAGES, SINGAPORE_WORK_PERMIT_SECTIONS } from './fields';

/** Singapore's Work Permit card, read flat. */
export const singaporeWorkPermit: DocumentSpec = {
	resource: 'singaporeWorkPermit',
	displayName: 'Singapore Work Permit',
	shortName: 'Singapore Work Permit',
	description: 'Read the fields of a Singapore Work Permit card photo, optionally with its face photo',
	path: '/ocr/v1/singapore-work-permit',
	sections: SINGAPORE_WORK_PERMIT_SECTIONS,
	flat: true,
	// The docs list png/jpg/jpeg, as for the NRIC.
	fileTypes: ['png', 'jpeg'],
	multiPage: false,
	checks: SINGAPORE_WORK_PERMIT_CHECKS,
	images: SINGAPORE_WORK_PERMIT_IMAGES,
	notThisDocumentReason: /some fields are invalid/i,
};
