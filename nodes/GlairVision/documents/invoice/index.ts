import type { DocumentSpec } from '../spec';
import { INVOICE_CHECKS, INVOICE_LINE_ITEM_CHECKS, INVOICE_TABLE_CHECKS } from './checks';
import { INVOICE_LINE_ITEMS, INVOICE_PAYMENT_BANKS, INVOICE_SECTIONS } from './fields';

/** A vendor's invoice (faktur, tagihan), e.g. the dealer's for a car: read flat, one row per line item. */
export const invoice: DocumentSpec = {
	resource: 'invoice',
	displayName: 'Invoice',
	shortName: 'Invoice',
	description: 'Read the vendor, customer, line items, payment accounts and sums of an invoice',
	path: '/ocr/v1/invoice',
	sections: INVOICE_SECTIONS,
	tables: [{ ...INVOICE_LINE_ITEMS, checks: INVOICE_LINE_ITEM_CHECKS }, INVOICE_PAYMENT_BANKS],
	tableChecks: INVOICE_TABLE_CHECKS,
	flat: true,
	// The contract gives no list for the invoice; these are the BPKB's, on the same pattern.
	fileTypes: ['png', 'jpeg', 'tiff', 'pdf'],
	// An invoice may run over several pages.
	multiPage: true,
	checks: INVOICE_CHECKS,
};
