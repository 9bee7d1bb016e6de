import type { DocumentSpec } from '../spec';
import { NPWP_CHECKS } from './checks';
import { NPWP_SECTIONS } from './fields';

/** Nomor Pokok Wajib Pajak: the tax number card, read flat. */
export const npwp: DocumentSpec = {
	resource: 'npwp',
	displayName: 'NPWP (Tax ID Card)',
	shortName: 'NPWP',
	description: 'Read the fields of an NPWP (tax number card) photo',
	path: '/ocr/v1/npwp',
	sections: NPWP_SECTIONS,
	flat: true,
	// The contract gives no list for the NPWP; these are the BPKB's, on the same pattern.
	fileTypes: ['png', 'jpeg', 'tiff', 'pdf'],
	multiPage: false,
	checks: NPWP_CHECKS,
};
