import type { DocumentSpec } from '../spec';
import { BSTK_CHECKS } from './checks';
import { BSTK_SECTIONS } from './fields';

/** Berita Acara Serah Terima Kendaraan: the record of a vehicle handed over, read flat. */
export const bstk: DocumentSpec = {
	resource: 'bstk',
	displayName: 'BSTK (Vehicle Handover Record)',
	shortName: 'BSTK',
	description: 'Read the fields of a BSTK (vehicle handover record): the vehicle, its papers and condition, who handed it over',
	path: '/ocr/v1/bstk',
	sections: BSTK_SECTIONS,
	flat: true,
	// The record shows no list for this form; a scanned form may be a PDF: the BPKB's, as for the NPWP.
	fileTypes: ['png', 'jpeg', 'tiff', 'pdf'],
	multiPage: true,
	checks: BSTK_CHECKS,
	notThisDocumentReason: /some fields are invalid/i,
};
