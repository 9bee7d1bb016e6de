import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { GlairVision } from '../../../../../nodes/GlairVision/GlairVision.node';
import { DOCUMENT_SPECS } from '../../../../../nodes/GlairVision/documents/registry';
import { parseReviewFields } from '../../../../../nodes/GlairVision/engine/review/reviewColumns';
import { itemWith, sample } from '../../../../helpers/documents';
import { EACH_DOCUMENT } from '../../../../helpers/eachDocument';
import { only, readParameters } from '../../../../helpers/readParameters';
import type { ParsedFormField } from '../../../../helpers/reviewForm.node';
import { runReviewLoop } from '../../../../helpers/reviewLoop';
import { useSandbox } from '../../../../helpers/sandboxSuite';

const suite = useSandbox();

/** Each document's invented sample (samples/), which the stand-in answers. */
const SAMPLE_OF: Record<string, string> = {
	bpkb: 'bpkb-sample.pdf',
	stnk: 'stnk-sample.png',
	ktp: 'ktp-sample.png',
	npwp: 'npwp-sample.png',
	...Object.fromEntries(EACH_DOCUMENT.map(([resource, file]) => [resource, file])),
};

/** Every field GLAIR read with less than full confidence goes to a person. */
const OPTIONS = { reviewBelowConfidence: 100 };

/** A person who leaves every value as shown, but corrects the first text field (a "1" for an "I", say). */
const correctingFirst = (corrected: { label?: string }) => (field: ParsedFormField) => {
	if (field.fieldLabel === 'Reviewed By') return 'Dewi';
	if (corrected.label === undefined && field.fieldType === 'text') corrected.label = field.fieldLabel;
	return field.fieldLabel === corrected.label ? `${field.defaultValue ?? ''} (checked)` : (field.defaultValue ?? '');
};

describe('Apply Review on every document: its read sent to a person comes back corrected and confirmed', () => {
	it('has a sample for every document the node reads', () => {
		expect(Object.keys(SAMPLE_OF).sort()).toEqual(DOCUMENT_SPECS.map((spec) => spec.resource).sort());
	});

	it.each(DOCUMENT_SPECS.map((spec) => [spec.resource] as const))('%s', async (resource) => {
		const corrected: { label?: string } = {};
		const result = await runReviewLoop({
			read: readParameters(resource, { options: OPTIONS }),
			review: { resource, correctionsField: 'data', options: OPTIONS },
			credentials: suite.credentials,
			documents: [itemWith(sample(SAMPLE_OF[resource]))],
			answer: correctingFirst(corrected),
		});
		expect(result.error).toBeUndefined();
		const read = only(result.read['Needs Review']).json;
		const asked = (parseReviewFields(read.review_fields) ?? []).map((field) => field.column);
		expect(asked.length).toBeGreaterThan(0);
		const first = (parseReviewFields(read.review_fields) ?? []).find((field) => typeof field.value === 'string')!;

		// Everything asked was answered, so nothing is doubtful any more (Review on Warnings is off): Success.
		const item = only(result.review.Success);
		expect(result.review['Needs Review']).toHaveLength(0);
		expect(item.json).toMatchObject({
			outcome: 'SUCCESS',
			reviewed: true,
			reviewed_by: 'Dewi',
			review_corrected: `${first.column}: ${JSON.stringify(first.value)} -> ${JSON.stringify(`${first.value} (checked)`)}`,
			review_confirmed: asked.filter((column) => column !== first.column).join(', '),
			review_reasons: '',
			review_form: '',
			[first.column]: `${first.value} (checked)`,
			file_sha256: read.file_sha256,
		});
	});
});

describe('Apply Review on a document with rows (KK, bank statement, invoice ...)', () => {
	it('is offered in every document’s Operation list', () => {
		const properties = new GlairVision().description.properties;
		for (const spec of DOCUMENT_SPECS) {
			const operations = properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(spec.resource));
			const values = (operations!.options as INodePropertyOptions[]).map((option) => option.value);
			expect({ resource: spec.resource, values }).toEqual({ resource: spec.resource, values: ['applyReview', 'read'] });
		}
	});

	/** The edited statement: transactions[10]'s credit reads 21.500.000,00 where the bank printed 12.500.000,00, so the credits no longer add up. */
	const INFLATED = 'Transaction 11 — Credit';
	const statementLoop = async (answers: Record<string, string>, output = 'flattened') => {
		const options = { reviewBelowConfidence: 89, reviewOnWarnings: true };
		return await runReviewLoop({
			read: readParameters('bankStatement', { output, options }),
			review: { resource: 'bankStatement', correctionsField: 'data', options },
			credentials: suite.credentials,
			documents: [itemWith(sample('bank-statement-edited.pdf'))],
			answer: (field) => {
				if (field.fieldLabel === 'Reviewed By') return 'Dewi';
				const typed = Object.entries(answers).find(([label]) => field.fieldLabel.startsWith(label));
				return typed ? typed[1] : (field.defaultValue ?? '');
			},
		});
	};

	it('bank statement: the doubtful rows’ columns are on the form, labelled by their row', async () => {
		const result = await statementLoop({});
		const read = only(result.read['Needs Review']).json;
		expect(read.warnings).toContain('total_credit_transaction: ');
		const fields = parseReviewFields(read.review_fields) ?? [];
		const inflated = fields.find((field) => field.column === 'transactions[10].credit_transaction');
		expect(inflated).toMatchObject({ label: 'Transaction 11 — Credit (Kredit)', value: '21.500.000,00', confidence: 88.56 });
		const form = JSON.parse(String(read.review_form)) as ParsedFormField[];
		expect(form.map((field) => field.fieldLabel)).toContain(`Transaction 11 — Credit (Kredit) — ${inflated!.reasons.join('; ')}`);
	});

	it('bank statement: the inflated credit corrected, the sums add up again and it goes to Success', async () => {
		const result = await statementLoop({ [INFLATED]: '12.500.000,00', 'Transaction 11 — Signed Amount': '12.500.000,00' });
		expect(result.error).toBeUndefined();
		const item = only(result.review.Success);
		expect(result.review['Needs Review']).toHaveLength(0);
		expect(item.json).toMatchObject({ outcome: 'SUCCESS', warnings: '', review_reasons: '', review_form: '', reviewed: true, reviewed_by: 'Dewi' });
		expect(String(item.json.review_corrected).split('; ')).toEqual([
			'transactions[10].credit_transaction: "21.500.000,00" -> "12.500.000,00"',
			'transactions[10].signed_amount: "21.500.000,00" -> "12.500.000,00"',
		]);
		const row = (item.json.transactions as IDataObject[])[10];
		// The row's companions follow the corrected value.
		expect(row).toMatchObject({ credit_transaction: '12.500.000,00', credit_transaction_number: 12500000 });
	});

	it('bank statement: every value confirmed as read, the sums still do not add up and it stays on Needs Review', async () => {
		const result = await statementLoop({});
		const item = only(result.review['Needs Review']);
		expect(result.review.Success).toHaveLength(0);
		expect(item.json).toMatchObject({ outcome: 'NEEDS_REVIEW', review_corrected: '', reviewed: true });
		expect(String(item.json.reason)).toMatch(/^Reviewed by Dewi \(0 corrected, \d+ confirmed\); still needs review$/);
		expect(String(item.json.review_confirmed)).toContain('transactions[10].credit_transaction');
		expect(String(item.json.review_reasons)).toMatch(/^total_credit_transaction: /);
		expect((parseReviewFields(item.json.review_fields) ?? []).map((field) => field.column)).toEqual(['total_credit_transaction']);
	});

	it('bank statement, Output Nested: the corrected row and its companions under checked', async () => {
		const result = await statementLoop({ [INFLATED]: '12.500.000,00', 'Transaction 11 — Signed Amount': '12.500.000,00' }, 'nested');
		const item = only(result.review.Success);
		expect(((item.json.read as IDataObject).transactions as IDataObject[])[10]).toMatchObject({ credit_transaction: { value: '12.500.000,00', confidence: 88.56 } });
		expect(((item.json.checked as IDataObject).transactions as IDataObject[])[10]).toMatchObject({ credit_transaction_number: 12500000 });
		expect(item.json.checked).toHaveProperty('total_credit_transaction_number');
		expect(item.json.review_corrected).toEqual([
			{ column: 'transactions[10].credit_transaction', old: '21.500.000,00', new: '12.500.000,00' },
			{ column: 'transactions[10].signed_amount', old: '21.500.000,00', new: '12.500.000,00' },
		]);
	});

	it('a read split by Table Rows = Items goes to Not Read, saying to read it as a list', async () => {
		const result = await runReviewLoop({
			read: readParameters('kk', { options: { ...OPTIONS, tableRows: 'items' } }),
			review: { resource: 'kk', correctionsField: 'data', options: OPTIONS },
			credentials: suite.credentials,
			documents: [itemWith(sample(SAMPLE_OF.kk))],
			answer: correctingFirst({}),
		});
		expect(result.read['Needs Review'].length).toBeGreaterThan(1);
		for (const item of result.review['Not Read']) expect(item.json.reason).toBe("This item is one row of a KK read split by Table Rows = Items: Apply Review corrects the read whole, its rows checked together. Set Read KK's Table Rows to List.");
		expect(result.review['Not Read']).toHaveLength(result.read['Needs Review'].length);
	});
});

describe('Apply Review runs a new document’s checks again on the corrected row', () => {
	it('passport: a number that no longer matches its MRZ check digits goes back to a person, asked about every column the digits cover', async () => {
		const options = { reviewBelowConfidence: 100, reviewOnWarnings: true };
		const result = await runReviewLoop({
			read: readParameters('passport', { options }),
			review: { resource: 'passport', correctionsField: 'data', options },
			credentials: suite.credentials,
			documents: [itemWith(sample(SAMPLE_OF.passport))],
			answer: (field) => (field.fieldLabel.startsWith('Passport Number (No. Paspor) — ') ? 'C9990128' : (field.defaultValue ?? '')),
		});
		expect(only(result.read['Needs Review']).json.warnings).toBe('');
		const item = only(result.review['Needs Review']);
		expect(item.json).toMatchObject({ outcome: 'NEEDS_REVIEW', review_corrected: 'doc_number: "C9990123" -> "C9990128"', doc_number: 'C9990128' });
		expect(String(item.json.warnings).split('; ').map((warning) => warning.split(':')[0])).toEqual(['doc_number', 'final_hash']);
		// The composite digit covers the dates too: a person may find the misread there.
		expect((parseReviewFields(item.json.review_fields) ?? []).map((field) => field.column)).toEqual([
			'doc_number',
			'doc_number_hash',
			'final_hash',
			'birth_date',
			'birth_date_hash',
			'expiry_date',
			'expiry_date_hash',
			'optional_data_hash',
		]);
	});
});
