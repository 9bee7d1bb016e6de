import type { DocumentSpec } from '../spec';
import { PHONE_PACKAGING_CHECKS } from './checks';
import { PHONE_PACKAGING_SECTIONS } from './fields';

/** The label on a phone's box: the phone financed, and its IMEIs. */
export const phonePackaging: DocumentSpec = {
	resource: 'phonePackaging',
	displayName: 'Phone Box (Phone Packaging Label)',
	shortName: 'Phone Box',
	description: "Read the label on a phone's box: make, model, specification, serial number and IMEIs",
	path: '/ocr/v1/phone-packaging',
	sections: PHONE_PACKAGING_SECTIONS,
	flat: true,
	// The record shows no list for this document; those of the BPKB, as for the NPWP.
	fileTypes: ['png', 'jpeg', 'tiff', 'pdf'],
	multiPage: false,
	checks: PHONE_PACKAGING_CHECKS,
	notThisDocumentReason: /some fields are invalid/i,
};
