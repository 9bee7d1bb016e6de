import { invoice } from '../../../../../nodes/GlairVision/documents/invoice';
import { describeCheckTable, describeRowChecks, describeTableChecks, fail, failTable, pass, passTable } from '../../../../helpers/checkTable';

const CONTEXT = { currentYear: 2026, today: { year: 2026, month: 12, day: 1 } };

const amountCases = (column: string) => [
	pass(`${column}/amount`, { [column]: 'Rp 3.996.000' }, { [`${column}_number`]: 3996000 }),
	pass(`${column}/amount`, { [column]: '396000' }, { [`${column}_number`]: 396000 }),
	fail(`${column}/amount`, { [column]: 'TIGA JUTA' }, /^cannot read "TIGA JUTA" as an amount/),
];

describeCheckTable(
	invoice,
	[
		pass('invoice_date/date', { invoice_date: '20-03-2026' }, { invoice_date_iso: '2026-03-20' }),
		fail('invoice_date/date', { invoice_date: '20-13-2026' }, /there is no month 13/),
		pass('vendor_tax_id/npwp-shape', { vendor_tax_id: '01.234.567.8-999.000' }, { vendor_tax_id_normalized: '0012345678999000' }),
		fail('vendor_tax_id/npwp-shape', { vendor_tax_id: '01.234.567.8-999' }, /an NPWP has 15 digits/),
		pass('customer_tax_id/npwp-shape', { customer_tax_id: '3299994508900001' }, { customer_tax_id_normalized: '3299994508900001' }),
		fail('customer_tax_id/npwp-shape', { customer_tax_id: 'NPWP-123' }, /an NPWP has 15 digits/),
		...['invoice_sub_total', 'invoice_discount', 'voucher', 'vat_tax', 'income_tax', 'invoice_total_tax', 'invoice_total', 'down_payment'].flatMap(amountCases),
		// the sample's sums: 3.785.000 - 185.000 + 396.000 = 3.996.000
		pass('invoice_total/total-adds-up', { invoice_total: '3996000', invoice_sub_total: '3785000', invoice_discount: '185000', invoice_total_tax: '396000' }),
		pass('invoice_total/total-adds-up', { invoice_total: '3996000', invoice_sub_total: '3785000', invoice_discount: '185000', vat_tax: '396000' }), // the VAT when no total tax is read
		pass('invoice_total/total-adds-up', { invoice_total: 'Rp 3.996.000', invoice_sub_total: 'Rp 3.600.000', invoice_total_tax: 'Rp 396.000', income_tax: 'Rp 72.000' }), // income tax is withheld, not added
		pass('invoice_total/total-adds-up', { invoice_total: '3.996.001', invoice_sub_total: '3.785.000', invoice_discount: '185.000', invoice_total_tax: '396.000' }), // one rupiah off
		pass('invoice_total/total-adds-up', { invoice_total: '3.996.000', invoice_sub_total: '3.785.000', invoice_discount: 'GRATIS' }), // the discount's own check says so
		fail('invoice_total/total-adds-up', { invoice_total: '3996000', invoice_sub_total: '3785000', invoice_total_tax: '396000' }, /^invoice_sub_total 3\.785\.000 \+ invoice_total_tax 396\.000 is 4\.181\.000, but invoice_total is 3\.996\.000 \(a difference of 185\.000\)$/),
		fail('invoice_total/total-adds-up', { invoice_total: '3996000', invoice_sub_total: '3785000', invoice_discount: '185000', voucher: '50000', invoice_total_tax: '396000', vat_tax: '1' }, /- invoice_discount 185\.000 - voucher 50\.000 \+ invoice_total_tax 396\.000 is 3\.946\.000/),
	],
	CONTEXT,
);

describeRowChecks(
	invoice,
	'line_items',
	[
		pass('item_each_price/amount', { item_each_price: '112.500' }, { item_each_price_number: 112500 }),
		fail('item_each_price/amount', { item_each_price: '112.50O' }, /cannot read/),
		pass('item_total_price/amount', { item_total_price: '450000' }, { item_total_price_number: 450000 }),
		fail('item_total_price/amount', { item_total_price: '450.000.0' }, /cannot read/),
	],
	CONTEXT,
);

const line = (item_total_price: string) => ({ item_total_price });

describeTableChecks(
	invoice,
	[
		passTable('line_items/invoice_sub_total/rows-add-up', [line('450000'), line('85000'), line('3000000'), line('250000')], { invoice_sub_total: '3785000' }),
		passTable('line_items/invoice_sub_total/rows-add-up', [line('450.000'), line('SERATUS')], { invoice_sub_total: '3785000' }), // a line that is no amount: its own check says so
		failTable('line_items/invoice_sub_total/rows-add-up', [line('450000'), line('85000'), line('3000000')], { invoice_sub_total: '3785000' }, /^the sum of item_total_price over 3 line_items is 3\.535\.000, but invoice_sub_total is 3\.785\.000 \(a difference of 250\.000\)$/),
	],
	CONTEXT,
);
