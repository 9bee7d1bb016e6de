import type { DocumentSpec } from '../spec';
import { GENERAL_DOCUMENT_CHECKS } from './checks';
import { GENERAL_DOCUMENT_SECTIONS } from './fields';

/** Any page (a letter, a form, a handwritten note): its text, line by line. */
export const generalDocument: DocumentSpec = {
	resource: 'generalDocument',
	displayName: 'General Document (Any Text)',
	shortName: 'General Document',
	description: 'Read all the text on any page or scan, line by line',
	path: '/ocr/v1/general-document',
	sections: GENERAL_DOCUMENT_SECTIONS,
	flat: true,
	// The docs list png/jpg/jpeg/tiff/pdf, and every line carries its page_index.
	fileTypes: ['png', 'jpeg', 'tiff', 'pdf'],
	multiPage: true,
	checks: GENERAL_DOCUMENT_CHECKS,
	notThisDocumentReason: /some fields are invalid/i,
};
