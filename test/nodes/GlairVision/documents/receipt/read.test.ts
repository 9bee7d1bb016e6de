import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { only, readParameters } from '../../../../helpers/readParameters';
import { answerNextWith, answerOf, useSandbox } from '../../../../helpers/sandboxSuite';
import receiptAnswer from '../../../../sandbox/fixtures/receipt-sample-response.json';

const suite = useSandbox();
afterEach(() => suite.sandbox.setOptions({ spelling: 'newest' }));

type Row = Record<string, unknown>;
const run = async (overrides: Record<string, unknown> = {}) =>
	await runGlairVision({ parameters: readParameters('receipt', overrides), credentials: suite.credentials, documents: [itemWith(sample('receipt-sample.png'))] });

describe('Read Receipt of the sample shop receipt', () => {
	it('gives its fields and its items, the amounts also as numbers, and no warning: the items make the subtotal, the subtotal and the tax the total', async () => {
		const item = only((await run()).byOutput.Success);
		expect(item.json).toMatchObject({
			outcome: 'SUCCESS',
			merchant_name: 'TOKO CONTOH FIKTIF',
			receipt_date_iso: '2026-03-14',
			sub_total_amount_number: 55500,
			tax_amount_number: 6105,
			total_amount_number: 61605,
			warnings: '',
		});
		expect((item.json.items as Row[]).map((line) => [line.item_name, line.item_quantity, line.item_total_price_number])).toEqual([
			['AIR MINERAL 600ML', '2', 8000],
			['ROTI TAWAR', '1', 15500],
			['KOPI BUBUK 200G', '1', 32000],
		]);
		expect(suite.sandbox.requests[0]).toMatchObject({ path: '/ocr/v1/receipt' });
	});

	it('the older spelling (camelCase, bare strings) gives the same row', async () => {
		const newest = only((await run()).byOutput.Success).json;
		suite.sandbox.setOptions({ spelling: 'legacy' });
		const legacy = only((await run()).byOutput.Success).json;
		expect({ ...legacy, request_id: '' }).toEqual({ ...newest, request_id: '' });
	});

	it('Table Rows = Items: one item per item bought, nested too', async () => {
		const flat = (await run({ options: { tableRows: 'items' } })).byOutput.Success;
		expect(flat.map((item) => [item.json.row_index, item.json.item_name, item.json.item_total_price_number, item.json.merchant_name])).toEqual([
			[0, 'AIR MINERAL 600ML', 8000, 'TOKO CONTOH FIKTIF'],
			[1, 'ROTI TAWAR', 15500, 'TOKO CONTOH FIKTIF'],
			[2, 'KOPI BUBUK 200G', 32000, 'TOKO CONTOH FIKTIF'],
		]);
		const nested = (await run({ output: 'nested', options: { tableRows: 'items' } })).byOutput.Success;
		expect(nested.map((item) => [(item.json.read as Record<string, { value: unknown }>).item_name.value, (item.json.checked as Row).item_total_price_number])).toEqual([
			['AIR MINERAL 600ML', 8000],
			['ROTI TAWAR', 15500],
			['KOPI BUBUK 200G', 32000],
		]);
	});

	it('a receipt without a subtotal: the items and the tax must make the total, named in the warning', async () => {
		const answer = answerOf(receiptAnswer) as unknown as { read: Record<string, { value: unknown }> };
		answer.read.sub_total_amount = { value: '' };
		answer.read.total_amount.value = 62_000;
		answerNextWith(suite.sandbox, answer);
		const item = only((await run()).byOutput.Success);
		expect(item.json.warnings).toBe('total_amount: the sum of item_total_price over 3 items 55.500 + tax_amount 6.105 is 61.605, but total_amount is 62.000 (a difference of 395)');
	});
});
