import { receipt } from '../../../../../nodes/GlairVision/documents/receipt';
import { describeCheckTable, describeRowChecks, describeTableChecks, fail, failTable, pass, passTable } from '../../../../helpers/checkTable';

const CONTEXT = { currentYear: 2026, today: { year: 2026, month: 12, day: 1 } };

const amountCases = (column: string) => [
	pass(`${column}/amount`, { [column]: 'Rp 61.605' }, { [`${column}_number`]: 61605 }),
	fail(`${column}/amount`, { [column]: 'RP' }, /^cannot read "RP" as an amount/),
];

describeCheckTable(
	receipt,
	[
		pass('receipt_date/date', { receipt_date: '14-03-2026' }, { receipt_date_iso: '2026-03-14' }),
		fail('receipt_date/date', { receipt_date: '14/03' }, /cannot read "14\/03" as a date/),
		...['sub_total_amount', 'discount_amount', 'service_charge_amount', 'tax_amount', 'tip_amount', 'total_amount'].flatMap(amountCases),
		pass('total_amount/total-adds-up', { total_amount: '61605', sub_total_amount: '55500', tax_amount: '6105' }),
		pass('total_amount/total-adds-up', { total_amount: '60.605', sub_total_amount: '55.500', discount_amount: '5.000', tax_amount: '6.105', service_charge_amount: '2.500', tip_amount: '1.500' }),
		fail('total_amount/total-adds-up', { total_amount: '61605', sub_total_amount: '55500' }, /^sub_total_amount is 55\.500, but total_amount is 61\.605 \(a difference of 6\.105\)$/),
	],
	CONTEXT,
);

describeRowChecks(
	receipt,
	'items',
	[
		pass('item_each_price/amount', { item_each_price: '4000' }, { item_each_price_number: 4000 }),
		fail('item_each_price/amount', { item_each_price: 'EMPAT RIBU' }, /cannot read/),
		pass('item_total_price/amount', { item_total_price: '8.000' }, { item_total_price_number: 8000 }),
		fail('item_total_price/amount', { item_total_price: '8,000,0' }, /cannot read/),
	],
	CONTEXT,
);

const ITEMS = [{ item_total_price: '8000' }, { item_total_price: '15500' }, { item_total_price: '32000' }];

describeTableChecks(
	receipt,
	[
		passTable('items/sub_total_amount/rows-add-up', ITEMS, { sub_total_amount: '55500' }),
		failTable('items/sub_total_amount/rows-add-up', ITEMS.slice(1), { sub_total_amount: '55500' }, /^the sum of item_total_price over 2 items is 47\.500, but sub_total_amount is 55\.500 \(a difference of 8\.000\)$/),
		// A receipt without a subtotal: the items with the tax make the total.
		passTable('items/total_amount/rows-add-up', ITEMS, { total_amount: '61605', tax_amount: '6105' }),
		passTable('items/total_amount/rows-add-up', ITEMS, { total_amount: '1', sub_total_amount: '55500' }), // with a subtotal the other checks judge
		failTable('items/total_amount/rows-add-up', ITEMS, { total_amount: '61605', discount_amount: '500', tax_amount: '6105' }, /^the sum of item_total_price over 3 items 55\.500 - discount_amount 500 \+ tax_amount 6\.105 is 61\.105, but total_amount is 61\.605 \(a difference of 500\)$/),
	],
	CONTEXT,
);
