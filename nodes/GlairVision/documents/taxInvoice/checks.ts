/**
 * THE list of tax invoice checks: the dates, the NPWPs, the amounts and the tax base as the form
 * works it out. To add a check, add a line.
 */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';

const AMOUNT = 'an amount in rupiah (1.234.567,89, Rp 12.500.000, ...); adds it as a number';

// prettier-ignore
export const TAX_INVOICE_CHECKS: readonly FieldCheck[] = [
	fieldChecks.date('tanggal_faktur', { description: 'the invoice date is a real date (20-03-2026, 20 Maret 2026); adds yyyy-mm-dd' }),
	fieldChecks.npwpShape('npwp_pengusaha', { description: "the seller's NPWP: 15 digits (99.999.999.9-999.999) or, since 2024, 16; adds the 16-digit form" }),
	fieldChecks.npwpShape('npwp_pembeli', { description: "the buyer's NPWP: 15 digits or, since 2024, 16 (a NIK); adds the 16-digit form" }),
	fieldChecks.amount('harga_jual_1', { description: `the goods line's price is ${AMOUNT}` }),
	fieldChecks.amount('harga_jual_penggantian', { description: `the sale price is ${AMOUNT}` }),
	fieldChecks.amount('potongan_harga', { description: `the discount is ${AMOUNT}` }),
	fieldChecks.amount('uang_muka', { description: `the down payment received is ${AMOUNT}` }),
	fieldChecks.amount('dasar_pengenaan_pajak', { description: `the tax base is ${AMOUNT}` }),
	fieldChecks.amount('total_ppn', { description: `the VAT is ${AMOUNT}` }),
	fieldChecks.amount('total_ppnbm', { description: `the luxury goods tax is ${AMOUNT}` }),
	// The form's own arithmetic: the tax base is the sale price less the discount and the down payment received.
	fieldChecks.totalAddsUp('dasar_pengenaan_pajak', 'harga_jual_penggantian', { description: 'the sale price less the discount and the down payment received is the tax base, within one rupiah', minus: ['potongan_harga', 'uang_muka'] }),
];
