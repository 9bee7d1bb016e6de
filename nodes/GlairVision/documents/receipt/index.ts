import type { DocumentSpec } from '../spec';
import { RECEIPT_CHECKS, RECEIPT_ITEM_CHECKS, RECEIPT_TABLE_CHECKS } from './checks';
import { RECEIPT_ITEMS, RECEIPT_SECTIONS } from './fields';

/** A till receipt (struk, bukti pembayaran): read flat, one row per item bought. */
export const receipt: DocumentSpec = {
	resource: 'receipt',
	displayName: 'Receipt',
	shortName: 'Receipt',
	description: 'Read the merchant, items and sums of a receipt',
	path: '/ocr/v1/receipt',
	sections: RECEIPT_SECTIONS,
	tables: [{ ...RECEIPT_ITEMS, checks: RECEIPT_ITEM_CHECKS }],
	tableChecks: RECEIPT_TABLE_CHECKS,
	flat: true,
	// The contract gives no list for the receipt; these are the BPKB's, on the same pattern.
	fileTypes: ['png', 'jpeg', 'tiff', 'pdf'],
	multiPage: false,
	checks: RECEIPT_CHECKS,
};
