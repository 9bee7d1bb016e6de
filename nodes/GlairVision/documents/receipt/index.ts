import type { DocumentSpec } from '../spec';
import { RECEIPT_CHECKS } from './checks';
import { RECEIPT_SECTIONS, RECEIPT_TABLES } from './fields';

/** A till receipt (struk, bukti pembayaran): read flat, one row per item bought. */
export const receipt: DocumentSpec = {
	resource: 'receipt',
	displayName: 'Receipt',
	shortName: 'Receipt',
	description: 'Read the merchant, items and sums of a receipt',
	path: '/ocr/v1/receipt',
	sections: RECEIPT_SECTIONS,
	tables: RECEIPT_TABLES,
	flat: true,
	// The contract gives no list for the receipt; these are the BPKB's, on the same pattern.
	fileTypes: ['png', 'jpeg', 'tiff', 'pdf'],
	multiPage: false,
	checks: RECEIPT_CHECKS,
	notThisDocumentReason: /some fields are invalid/i,
};
