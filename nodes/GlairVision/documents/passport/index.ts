import type { DocumentSpec } from '../spec';
import { PASSPORT_CHECKS } from './checks';
import { PASSPORT_SECTIONS } from './fields';

/** A passport (any country's): what its machine-readable zone says, read flat. */
export const passport: DocumentSpec = {
	resource: 'passport',
	displayName: 'Passport',
	shortName: 'Passport',
	description: "Read a passport's machine-readable zone (MRZ) from a photo of its photo page, with its check digits verified",
	path: '/ocr/v1/passport',
	sections: PASSPORT_SECTIONS,
	flat: true,
	// The docs list png/jpg/jpeg.
	fileTypes: ['png', 'jpeg'],
	multiPage: false,
	checks: PASSPORT_CHECKS,
	notThisDocumentReason: /some fields are invalid/i,
};
