import type { DocumentSpec } from '../spec';
import { SIM_CHECKS } from './checks';
import { SIM_IMAGES, SIM_SECTIONS } from './fields';

/** Surat Izin Mengemudi: the driving licence card, one side, read flat. */
export const sim: DocumentSpec = {
	resource: 'sim',
	displayName: 'SIM (Driving Licence)',
	shortName: 'SIM',
	description: 'Read the fields of a SIM (driving licence) photo, optionally with its face photo and signature',
	path: '/ocr/v1/sim',
	sections: SIM_SECTIONS,
	flat: true,
	// The docs list png/jpg/jpeg only, as for the KTP: a PDF or TIFF is refused before upload.
	fileTypes: ['png', 'jpeg'],
	multiPage: false,
	checks: SIM_CHECKS,
	images: SIM_IMAGES,
	notThisDocumentReason: /some fields are invalid/i,
};
