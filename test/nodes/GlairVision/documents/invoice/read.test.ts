import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { only, readParameters } from '../../../../helpers/readParameters';
import { answerNextWith, answerOf, useSandbox } from '../../../../helpers/sandboxSuite';
import invoiceAnswer from '../../../../sandbox/fixtures/invoice-sample-response.json';

const suite = useSandbox();
afterEach(() => suite.sandbox.setOptions({ spelling: 'newest' }));

type Row = Record<string, unknown>;
const run = async (overrides: Record<string, unknown> = {}) =>
	await runGlairVision({ parameters: readParameters('invoice', overrides), credentials: suite.credentials, documents: [itemWith(sample('invoice-sample.png'))] });

describe('Read Invoice of the sample workshop invoice', () => {
	it('gives its fields, each amount also as a number, its line items and payment account as lists, and no warning: it adds up', async () => {
		const item = only((await run()).byOutput.Success);
		expect(item.json).toMatchObject({
			outcome: 'SUCCESS',
			invoice_number: 'INV/2026/03/0042',
			invoice_date_iso: '2026-03-20',
			vendor_name: 'PT BENGKEL CONTOH FIKTIF',
			vendor_tax_id_normalized: '0012345678999000',
			// GLAIR's newest answer gives amounts as numbers: the column keeps the digits, the companion the number.
			invoice_sub_total: '3785000',
			invoice_sub_total_number: 3785000,
			invoice_discount_number: 185000,
			invoice_total_tax_number: 396000,
			invoice_total_number: 3996000,
			voucher: '',
			voucher_number: '',
			warnings: '',
		});
		expect((item.json.line_items as Row[]).map((line) => [line.item_name, line.item_quantity, line.item_each_price_number, line.item_total_price_number])).toEqual([
			['OLI MESIN 5W-30', '4', 112500, 450000],
			['FILTER OLI', '1', 85000, 85000],
			['BAN 185/65 R15', '4', 750000, 3000000],
			['SPOORING DAN BALANCING', '1', 250000, 250000],
		]);
		expect(item.json.payment_banks).toEqual([{ payment_bank_name: 'BANK CONTOH FIKTIF', payment_account_number: '0009876543', payment_account_name: 'PT BENGKEL CONTOH FIKTIF' }]);
		expect(suite.sandbox.requests[0]).toMatchObject({ path: '/ocr/v1/invoice' });
	});

	it('Include Original Value shows the amounts as printed', async () => {
		const item = only((await run({ options: { includeOriginalValue: true } })).byOutput.Success);
		expect(item.json).toMatchObject({ invoice_total: '3996000', invoice_total_original: 'Rp 3.996.000' });
		expect((item.json.line_items as Row[])[2]).toMatchObject({ item_total_price: '3000000', item_total_price_original: '3.000.000' });
	});

	it('the older spelling (sub_total_amount, purchase_order, item_price, item_unit_price, item_unit, bare strings) gives the same row', async () => {
		const newest = only((await run()).byOutput.Success).json;
		suite.sandbox.setOptions({ spelling: 'legacy' });
		const legacy = only((await run()).byOutput.Success).json;
		expect({ ...legacy, request_id: '' }).toEqual({ ...newest, request_id: '' });
	});

	it('Table Rows = Items: one item per line item, the payment accounts still a list on each', async () => {
		const items = (await run({ options: { tableRows: 'items' } })).byOutput.Success;
		expect(items.map((item) => [item.json.row_index, item.json.item_name, item.json.invoice_number, item.json.invoice_total_number])).toEqual([
			[0, 'OLI MESIN 5W-30', 'INV/2026/03/0042', 3996000],
			[1, 'FILTER OLI', 'INV/2026/03/0042', 3996000],
			[2, 'BAN 185/65 R15', 'INV/2026/03/0042', 3996000],
			[3, 'SPOORING DAN BALANCING', 'INV/2026/03/0042', 3996000],
		]);
		for (const item of items) expect((item.json.payment_banks as Row[])[0].payment_account_number).toBe('0009876543');
	});

	it('warns, naming the subtotal, when a line item goes missing, and names the total when the sums do not make it', async () => {
		const answer = answerOf(invoiceAnswer) as { read: { items: Row[]; invoice_total: { value: number } } };
		answer.read.items.pop();
		answer.read.invoice_total.value = 4_000_000;
		answerNextWith(suite.sandbox, answer);
		const item = only((await run({ options: { reviewOnWarnings: true } })).byOutput['Needs Review']);
		expect(String(item.json.warnings).split('; ')).toEqual([
			'invoice_total: invoice_sub_total 3.785.000 - invoice_discount 185.000 + invoice_total_tax 396.000 is 3.996.000, but invoice_total is 4.000.000 (a difference of 4.000)',
			'invoice_sub_total: the sum of item_total_price over 3 line_items is 3.535.000, but invoice_sub_total is 3.785.000 (a difference of 250.000)',
		]);
	});
});
