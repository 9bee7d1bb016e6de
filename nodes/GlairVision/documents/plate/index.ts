import type { DocumentSpec } from '../spec';
import { PLATE_CHECKS } from './checks';
import { PLATE_SECTIONS } from './fields';

/** The licence plate (plat nomor, TNKB) on a photo of a vehicle. */
export const plate: DocumentSpec = {
	resource: 'plate',
	displayName: 'Plate (Licence Plate Photo)',
	shortName: 'Plate',
	description: 'Read the licence plate number on a photo of a vehicle',
	path: '/ocr/v1/plate',
	sections: PLATE_SECTIONS,
	flat: true,
	// The docs list png/jpg/jpeg.
	fileTypes: ['png', 'jpeg'],
	multiPage: false,
	checks: PLATE_CHECKS,
	notThisDocumentReason: /some fields are invalid/i,
};
