import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { only, readParameters } from '../../../../helpers/readParameters';
import { answerNextWith, answerOf, useSandbox } from '../../../../helpers/sandboxSuite';
import statementAnswer from '../../../../sandbox/fixtures/bank-statement-response.json';

const suite = useSandbox();
afterEach(() => suite.sandbox.setOptions({ spelling: 'newest' }));

type Row = Record<string, unknown>;
const run = async (overrides: Record<string, unknown> = {}, fileName = 'bank-statement.pdf') =>
	await runGlairVision({ parameters: readParameters('bankStatement', overrides), credentials: suite.credentials, documents: [itemWith(sample(fileName))] });

const EDITED_WARNING = 'total_credit_transaction: the sum of credit_transaction over 4 transactions is 24.504.125, but total_credit_transaction is 15.504.125 (a difference of 9.000.000)';

describe('Read Bank Statement of the sample two-page statement', () => {
	it('gives the account, the period, the totals as numbers and the 14 transactions of both pages, and no warning: it adds up', async () => {
		const item = only((await run()).byOutput.Success);
		expect(item.json).toMatchObject({
			outcome: 'SUCCESS',
			bank_name: 'BANK CONTOH FIKTIF',
			account_name: 'DEWI SPESIMEN FIKTIF',
			start_period_iso: '2026-03-01',
			end_period_iso: '2026-03-31',
			beginning_balance_number: 8250000,
			total_credit_transaction_number: 15504125,
			total_debit_transaction_number: 10745930,
			warnings: '',
			file_name: 'bank-statement.pdf',
		});
		const transactions = item.json.transactions as Row[];
		expect(transactions).toHaveLength(14);
		expect(transactions[10]).toMatchObject({ posting_date: '25/03/2026', posting_date_iso: '2026-03-25', description: 'GAJI PT SPESIMEN DATA FIKTIF', credit_transaction_number: 12500000, debit_transaction: '', debit_transaction_number: '' });
		expect(transactions[1]).toMatchObject({ debit_transaction_number: 500000, signed_amount_number: -500000 });
		expect(suite.sandbox.requests[0]).toMatchObject({ path: '/ocr/v1/bank-statement', detectedType: 'pdf' });
	});

	it('the edited statement (one credit inflated, the totals left alone) is warned about, naming the total, and goes to Needs Review on warnings', async () => {
		const atDefaults = only((await run({}, 'bank-statement-edited.pdf')).byOutput.Success);
		expect(atDefaults.json.warnings).toBe(EDITED_WARNING);
		const reviewed = only((await run({ options: { reviewOnWarnings: true } }, 'bank-statement-edited.pdf')).byOutput['Needs Review']);
		expect(reviewed.json).toMatchObject({ outcome: 'NEEDS_REVIEW', review_reasons: EDITED_WARNING, warnings: EDITED_WARNING });
	});

	it('names a transaction posted outside the period by the list and its row', async () => {
		const answer = answerOf(statementAnswer) as { read: { transactions: Array<Record<string, { value: string }>> } };
		answer.read.transactions[13].posting_date.value = '01/04/2026';
		answerNextWith(suite.sandbox, answer);
		expect(only((await run()).byOutput.Success).json.warnings).toBe('transactions[13].posting_date: 01/04/2026 is after end_period 31/03/2026');
	});

	it('the older spelling (camelCase, bare strings, the debit column spelt debig_transaction) gives the same row', async () => {
		const newest = only((await run()).byOutput.Success).json;
		suite.sandbox.setOptions({ spelling: 'legacy' });
		const legacy = only((await run()).byOutput.Success).json;
		expect({ ...legacy, request_id: '' }).toEqual({ ...newest, request_id: '' });
	});

	it('Table Rows = Items: one item per transaction, with the statement\'s account beside it, all on the statement\'s output', async () => {
		const result = await run({ options: { tableRows: 'items', reviewOnWarnings: true } }, 'bank-statement-edited.pdf');
		expect(result.byOutput.Success).toEqual([]);
		const items = result.byOutput['Needs Review'];
		expect(items).toHaveLength(14);
		expect(items.map((item) => item.json.row_index)).toEqual([...Array(14).keys()]);
		for (const item of items) {
			expect(item.json).toMatchObject({ account_number: '0001234567', warnings: EDITED_WARNING });
			expect(item.pairedItem).toEqual({ item: 0 });
		}
		expect(items[10].json).toMatchObject({ credit_transaction: '21.500.000,00', credit_transaction_number: 21500000 });
	});

	it.each([
		['NO_FILE', 'Not Read'],
		['FILE_INVALID_FORMAT', 'Not Read'],
		['FAILED', 'Not Read'],
	] as const)('a %s answer is one item on %s, in either table mode', async (status, output) => {
		suite.sandbox.script('*', [{ kind: 'envelope', status }, { kind: 'envelope', status }]);
		for (const tableRows of ['list', 'items']) {
			const item = only((await run({ options: { tableRows } })).byOutput[output]);
			expect(item.json).toMatchObject({ outcome: 'NOT_READ', status });
		}
	});
});
