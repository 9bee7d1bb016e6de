import type { DocumentSpec } from '../spec';
import { TAX_INVOICE_CHECKS } from './checks';
import { TAX_INVOICE_SECTIONS } from './fields';

/** A Faktur Pajak (tax invoice), e.g. the dealer's for a car bought by a company: read flat. */
export const taxInvoice: DocumentSpec = {
	resource: 'taxInvoice',
	displayName: 'Tax Invoice (Faktur Pajak)',
	shortName: 'Tax Invoice',
	description: 'Read the seller, buyer, NPWPs, tax base and VAT of a Faktur Pajak (tax invoice)',
	// The docs page's name: the record shows no path for it (beta at GLAIR), the catalogue's pattern is /ocr/v1/<name>.
	path: '/ocr/v1/tax-invoice',
	sections: TAX_INVOICE_SECTIONS,
	flat: true,
	// e-Faktur prints a PDF; a scan or photo of it is an image. The record gives no list: the BPKB's.
	fileTypes: ['png', 'jpeg', 'tiff', 'pdf'],
	multiPage: false,
	checks: TAX_INVOICE_CHECKS,
};
