import type { DocumentSpec } from '../spec';
import { STNK_CHECKS } from './checks';
import { STNK_SECTIONS } from './fields';

/** Surat Tanda Nomor Kendaraan: the vehicle registration certificate, with its annual tax page. */
export const stnk: DocumentSpec = {
	resource: 'stnk',
	displayName: 'STNK (Vehicle Registration)',
	shortName: 'STNK',
	description: 'Read the fields of an STNK (vehicle registration certificate) and its annual tax page',
	path: '/ocr/v1/stnk',
	sections: STNK_SECTIONS,
	flat: false,
	// The contract gives no list for the STNK; these are the BPKB's, on the same pattern.
	fileTypes: ['png', 'jpeg', 'tiff', 'pdf'],
	// No `page` part: GLAIR finds both sides in one upload (one image, or a 2-page PDF).
	multiPage: true,
	checks: STNK_CHECKS,
};
