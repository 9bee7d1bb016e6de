/**
 * THE lists of receipt checks: the receipt's own fields and sums, each item, and the items against
 * the subtotal (or, on a receipt without one, against the total). To add a check, add a line.
 */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';
import type { TableCheck } from '../../checks/tableCheck';
import { tableChecks } from '../../checks/tableChecks';

const AMOUNT = 'an amount in rupiah (1.234.567,89, Rp 12.500.000, ...); adds it as a number';
/** What a total adds to the items' sum beyond the subtotal, and what it takes away. */
const CHARGES = { plus: ['tax_amount', 'service_charge_amount', 'tip_amount'], minus: ['discount_amount'] };

// prettier-ignore
export const RECEIPT_CHECKS: readonly FieldCheck[] = [
	fieldChecks.date('receipt_date', { description: 'the receipt date is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.amount('sub_total_amount', { description: `the subtotal is ${AMOUNT}` }),
	fieldChecks.amount('discount_amount', { description: `the discount is ${AMOUNT}` }),
	fieldChecks.amount('service_charge_amount', { description: `the service charge is ${AMOUNT}` }),
	fieldChecks.amount('tax_amount', { description: `the tax is ${AMOUNT}` }),
	fieldChecks.amount('tip_amount', { description: `the tip is ${AMOUNT}` }),
	fieldChecks.amount('total_amount', { description: `the total is ${AMOUNT}` }),
	fieldChecks.totalAddsUp('total_amount', 'sub_total_amount', { description: 'the subtotal less the discount plus the tax, the service charge and the tip is the total, within one rupiah', ...CHARGES }),
];

// prettier-ignore
export const RECEIPT_ITEM_CHECKS: readonly FieldCheck[] = [
	fieldChecks.amount('item_each_price', { description: `a unit price is ${AMOUNT}` }),
	fieldChecks.amount('item_total_price', { description: `a line total is ${AMOUNT}` }),
];

// prettier-ignore
export const RECEIPT_TABLE_CHECKS: readonly TableCheck[] = [
	tableChecks.rowsAddUp('items', 'item_total_price', 'sub_total_amount', { description: 'the items add up to the subtotal, within one rupiah' }),
	tableChecks.rowsAddUp('items', 'item_total_price', 'total_amount', { description: 'on a receipt without a subtotal, the items less the discount plus the tax, the service charge and the tip add up to the total, within one rupiah', ...CHARGES, unlessRead: 'sub_total_amount' }),
];
