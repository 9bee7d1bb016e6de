import { adjustmentAddends, alternativeColumns, checkAddsUp, columnAddend, sumOfAmounts } from '../../../../nodes/GlairVision/indonesia/sums';

describe('sumOfAmounts', () => {
	it.each([
		[['1.000.000,00', '', '2.000.000,00', '4.125,00'], { total: 3004125, count: 3 }],
		[['0,10', '0,20'], { total: 0.3, count: 2 }],
		[[], { total: 0, count: 0 }],
		[['', ' '], { total: 0, count: 0 }],
		[['Rp 12.500.000', '12,5 jt'], { total: 25000000, count: 2 }],
	])('%j adds up to %j', (texts, sum) => {
		expect(sumOfAmounts(texts)).toEqual(sum);
	});

	it('is undefined when a cell is no amount (its own check says so)', () => {
		expect(sumOfAmounts(['1.000', 'SERIBU'])).toBeUndefined();
	});
});

describe('checkAddsUp', () => {
	const rows = (amount: number, count: number) => ({ label: `the sum of credit_transaction over ${count} transactions`, amount, sign: 1 as const });

	it.each([
		['exactly', [rows(15504125, 4)], '15.504.125,00'],
		['one rupiah off, as rounding on paper allows', [rows(15504125, 4)], '15.504.126,00'],
		['a subtotal less a discount plus the tax', [columnAddend('invoice_sub_total', '3785000')!, columnAddend('invoice_discount', '185000', -1)!, columnAddend('invoice_total_tax', '396000')!], 'Rp 3.996.000'],
		['cents', [rows(0.3, 2)], '0,30'],
	])('passes %s', (_how, addends, total) => {
		expect(checkAddsUp(addends, total, 'total').problem).toBeUndefined();
	});

	it('names the total, the sum and the difference when the rows do not add up', () => {
		expect(checkAddsUp([rows(24504125, 4)], '15.504.125,00', 'total_credit_transaction').problem).toBe(
			'the sum of credit_transaction over 4 transactions is 24.504.125, but total_credit_transaction is 15.504.125 (a difference of 9.000.000)',
		);
	});

	it('shows the sum a clerk makes when there are several addends', () => {
		const addends = [columnAddend('invoice_sub_total', '3785000')!, columnAddend('invoice_discount', '185000', -1)!, columnAddend('invoice_total_tax', '396000')!];
		expect(checkAddsUp(addends, '3995000', 'invoice_total').problem).toBe(
			'invoice_sub_total 3.785.000 - invoice_discount 185.000 + invoice_total_tax 396.000 is 3.996.000, but invoice_total is 3.995.000 (a difference of 1.000)',
		);
	});

	it('warns two rupiah off, and leaves a total that is no amount to its own check', () => {
		expect(checkAddsUp([rows(100, 1)], '102', 'total').problem).toMatch(/a difference of 2\)$/);
		expect(checkAddsUp([rows(100, 1)], 'SERATUS', 'total').problem).toBeUndefined();
	});

	it('columnAddend is undefined for a text that is no amount', () => {
		expect(columnAddend('invoice_discount', 'GRATIS')).toBeUndefined();
		expect(columnAddend('invoice_discount', '185.000', -1)).toEqual({ label: 'invoice_discount', amount: 185000, sign: -1 });
	});
});

describe('adjustmentAddends', () => {
	const read = (values: Record<string, string>) => (column: string) => values[column] ?? '';

	it('takes away first, then adds, each column as printed; a column not read counts nothing', () => {
		expect(adjustmentAddends(['tax'], ['discount', 'voucher'], read({ tax: '396.000', discount: '185.000' }))).toEqual([
			{ label: 'discount', amount: 185000, sign: -1 },
			{ label: 'tax', amount: 396000, sign: 1 },
		]);
	});

	it('reads the first of alternatives that was read', () => {
		expect(adjustmentAddends([['total_tax', 'vat']], [], read({ total_tax: '', vat: '396000' }))).toEqual([{ label: 'vat', amount: 396000, sign: 1 }]);
		expect(adjustmentAddends([['total_tax', 'vat']], [], read({ total_tax: '400000', vat: '396000' }))).toEqual([{ label: 'total_tax', amount: 400000, sign: 1 }]);
		expect(alternativeColumns([['total_tax', 'vat'], 'tip'])).toEqual(['total_tax', 'vat', 'tip']);
	});

	it('is undefined when one of them is no amount (its own check says so)', () => {
		expect(adjustmentAddends(['tax'], [], read({ tax: 'PPN' }))).toBeUndefined();
	});
});
