/**
 * THE lists of invoice checks: the invoice's own fields and sums, each line item, and the line items
 * against the subtotal. To add a check, add a line.
 */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';
import type { TableCheck } from '../../checks/tableCheck';
import { tableChecks } from '../../checks/tableChecks';

const AMOUNT = 'an amount in rupiah (1.234.567,89, Rp 12.500.000, ...); adds it as a number';

// prettier-ignore
export const INVOICE_CHECKS: readonly FieldCheck[] = [
	fieldChecks.date('invoice_date', { description: 'the invoice date is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.npwpShape('vendor_tax_id', { description: "the vendor's tax id is an NPWP: 15 digits (99.999.999.9-999.999) or, since 2024, 16; adds the 16-digit form" }),
	fieldChecks.npwpShape('customer_tax_id', { description: "the customer's tax id is an NPWP: 15 digits or, since 2024, 16 (a NIK); adds the 16-digit form" }),
	fieldChecks.amount('invoice_sub_total', { description: `the subtotal is ${AMOUNT}` }),
	fieldChecks.amount('invoice_discount', { description: `the discount is ${AMOUNT}` }),
	fieldChecks.amount('voucher', { description: `the voucher is ${AMOUNT}` }),
	fieldChecks.amount('vat_tax', { description: `the VAT is ${AMOUNT}` }),
	fieldChecks.amount('income_tax', { description: `the income tax is ${AMOUNT}` }),
	fieldChecks.amount('invoice_total_tax', { description: `the total tax is ${AMOUNT}` }),
	fieldChecks.amount('invoice_total', { description: `the total is ${AMOUNT}` }),
	fieldChecks.amount('down_payment', { description: `the down payment is ${AMOUNT}` }),
	// Income tax (PPh) is withheld by the buyer, not added: it is left out of the total.
	fieldChecks.totalAddsUp('invoice_total', 'invoice_sub_total', { description: 'the subtotal less the discount and the voucher plus the tax (the total tax, else the VAT) is the total, within one rupiah', minus: ['invoice_discount', 'voucher'], plus: [['invoice_total_tax', 'vat_tax']] }),
];

// prettier-ignore
export const INVOICE_LINE_ITEM_CHECKS: readonly FieldCheck[] = [
	fieldChecks.amount('item_each_price', { description: `a unit price is ${AMOUNT}` }),
	fieldChecks.amount('item_total_price', { description: `a line total is ${AMOUNT}` }),
];

// prettier-ignore
export const INVOICE_TABLE_CHECKS: readonly TableCheck[] = [
	tableChecks.rowsAddUp('line_items', 'item_total_price', 'invoice_sub_total', { description: 'the line totals add up to the subtotal, within one rupiah' }),
];
