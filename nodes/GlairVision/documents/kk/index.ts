import type { DocumentSpec } from '../spec';
import { KK_CHECKS, KK_MEMBER_CHECKS, KK_TABLE_CHECKS } from './checks';
import { KK_MEMBERS, KK_SECTIONS } from './fields';

/** Kartu Keluarga: the family card, read flat, with one row per member of the household. */
export const kk: DocumentSpec = {
	resource: 'kk',
	displayName: 'KK (Family Card)',
	shortName: 'KK',
	description: 'Read the fields and the household members of a KK (family card) scan',
	path: '/ocr/v1/kk',
	sections: KK_SECTIONS,
	tables: [{ ...KK_MEMBERS, checks: KK_MEMBER_CHECKS }],
	tableChecks: KK_TABLE_CHECKS,
	flat: true,
	// The contract gives no list for the KK; these are the BPKB's, on the same pattern.
	fileTypes: ['png', 'jpeg', 'tiff', 'pdf'],
	multiPage: false,
	checks: KK_CHECKS,
};
