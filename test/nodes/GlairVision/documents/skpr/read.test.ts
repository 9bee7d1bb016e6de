import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { only, readParameters } from '../../../../helpers/readParameters';
import { answerNextWith, answerOf, useSandbox } from '../../../../helpers/sandboxSuite';
import skprAnswer from '../../../../sandbox/fixtures/skpr-sample-response.json';

const suite = useSandbox();
afterEach(() => suite.sandbox.setOptions({ spelling: 'newest' }));

type Row = Record<string, unknown>;
const run = async (overrides: Record<string, unknown> = {}) =>
	await runGlairVision({ parameters: readParameters('skpr', overrides), credentials: suite.credentials, documents: [itemWith(sample('skpr-sample.png'))] });

const POLICIES = [
	{ policy_number: 'POL-SPX-2026-0001', policyholder_name: 'DEWI SPESIMEN FIKTIF', relationship_with_policyholder: 'DIRI SENDIRI' },
	{ policy_number: 'POL-SPX-2026-0002', policyholder_name: 'PUTRI CONTOH FIKTIF', relationship_with_policyholder: 'ANAK' },
];

describe("Read SKPR of Dewi's sample standing order", () => {
	it('gives its fields, the amount as a number, the signing date as yyyy-mm-dd, the NIK said as one, and its policies and account as lists', async () => {
		const item = only((await run()).byOutput.Success);
		expect(item.json).toMatchObject({
			outcome: 'SUCCESS',
			complete_name: 'DEWI SPESIMEN FIKTIF',
			id_card_number: '3299994508900001',
			id_card_number_kind: 'NIK',
			attorney_in_fact_name: 'PT ASURANSI SPESIMEN FIKTIF',
			bank_name: 'BANK CONTOH FIKTIF',
			account_number: '0001234567',
			policy_amount: '425000',
			policy_amount_number: 425000,
			signing_date_iso: '2026-03-01',
			warnings: '',
		});
		expect(item.json.policies).toEqual(POLICIES);
		expect(item.json.bank_accounts).toEqual([{ bank_account_number: '0001234567', bank_account_owner_name: 'DEWI SPESIMEN FIKTIF' }]);
		expect(suite.sandbox.requests[0]).toMatchObject({ path: '/ocr/v1/skpr' });
	});

	it("the Go SDK's shape ({ value, confidence } fields, each table one object) reads the same letter and its first policy", async () => {
		const newest = only((await run()).byOutput.Success).json;
		suite.sandbox.setOptions({ spelling: 'legacy' });
		const legacy = only((await run()).byOutput.Success).json;
		const withoutPolicies = (json: Row) => Object.fromEntries(Object.entries(json).filter(([key]) => key !== 'policies' && key !== 'request_id'));
		expect(withoutPolicies(legacy)).toEqual(withoutPolicies(newest));
		expect(legacy.policies).toEqual([POLICIES[0]]);
	});

	it('Table Rows = Items: one item per policy, beside the letter\'s own columns, the account still a list on each', async () => {
		const items = (await run({ options: { tableRows: 'items' } })).byOutput.Success;
		expect(items.map((item) => [item.json.row_index, item.json.policy_number, item.json.relationship_with_policyholder, item.json.complete_name, item.json.policy_amount_number])).toEqual([
			[0, 'POL-SPX-2026-0001', 'DIRI SENDIRI', 'DEWI SPESIMEN FIKTIF', 425000],
			[1, 'POL-SPX-2026-0002', 'ANAK', 'DEWI SPESIMEN FIKTIF', 425000],
		]);
		for (const item of items) expect((item.json.bank_accounts as Row[])[0].bank_account_number).toBe('0001234567');
	});

	it('warns, naming the column, when the amount or the signing date cannot be read', async () => {
		const answer = answerOf(skprAnswer) as { read: { policy_amount: { value: string }; signing_date: { value: string } } };
		answer.read.policy_amount.value = 'EMPAT RATUS RIBU';
		answer.read.signing_date.value = '31-02-2026';
		answerNextWith(suite.sandbox, answer);
		const item = only((await run({ options: { reviewOnWarnings: true } })).byOutput['Needs Review']);
		expect(item.json.warnings).toMatch(/^policy_amount: cannot read "EMPAT RATUS RIBU" as an amount.*; signing_date: "31-02-2026" is not a real date \(February 2026 has 28 days\)$/);
	});
});
