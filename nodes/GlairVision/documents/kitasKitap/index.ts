import type { DocumentSpec } from '../spec';
import { KITAS_KITAP_CHECKS } from './checks';
import { KITAS_KITAP_IMAGES, KITAS_KITAP_SECTIONS } from './fields';

/** KITAS or KITAP: a foreign resident's stay permit card, read flat. GLAIR calls the endpoint beta. */
export const kitasKitap: DocumentSpec = {
	resource: 'kitasKitap',
	displayName: 'KITAS/KITAP (Stay Permit)',
	shortName: 'KITAS/KITAP',
	description: "Read the fields of a KITAS or KITAP (a foreigner's stay permit card) photo, optionally with its face photo and signature",
	path: '/ocr/v1/kitas-kitap',
	sections: KITAS_KITAP_SECTIONS,
	flat: true,
	// The docs page shows no list for this card; png/jpg/jpeg as for the other cards.
	fileTypes: ['png', 'jpeg'],
	multiPage: false,
	checks: KITAS_KITAP_CHECKS,
	images: KITAS_KITAP_IMAGES,
	notThisDocumentReason: /some fields are invalid/i,
};
