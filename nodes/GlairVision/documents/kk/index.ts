import type { DocumentSpec } from '../spec';
import { KK_CHECKS } from './checks';
import { KK_SECTIONS, KK_TABLES } from './fields';

/** Kartu Keluarga: the family card, read flat, with one row per member of the household. */
export const kk: DocumentSpec = {
	resource: 'kk',
	displayName: 'KK (Family Card)',
	shortName: 'KK',
	description: 'Read the fields and the household members of a KK (family card) scan',
	path: '/ocr/v1/kk',
	sections: KK_SECTIONS,
	tables: KK_TABLES,
	flat: true,
	// The contract gives no list for the KK; these are the BPKB's, on the same pattern.
	fileTypes: ['png', 'jpeg', 'tiff', 'pdf'],
	multiPage: false,
	checks: KK_CHECKS,
	notThisDocumentReason: /some fields are invalid/i,
};
