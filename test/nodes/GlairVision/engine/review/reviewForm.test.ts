import { tryToParseJsonToFormFields } from 'n8n-workflow';

import { DOCUMENT_SPECS } from '../../../../../nodes/GlairVision/documents/registry';
import { documentColumnLabels, reviewFields, type ReviewField } from '../../../../../nodes/GlairVision/engine/review/reviewFields';
import { answeredValue, answerColumn, LABEL_SEPARATOR, readAnswers, reviewForm } from '../../../../../nodes/GlairVision/engine/review/reviewForm';
import type { ReviewReason } from '../../../../../nodes/GlairVision/engine/review/reviewReasons';

/**
 * The keys n8n 1.x takes in a form's JSON definition (n8n 1.123.81 uses n8n-workflow 1.120.31:
 * ALLOWED_FORM_FIELDS_KEYS in type-validation.js); any other key makes it refuse the whole form.
 * n8n 2.41 takes these and more (fieldName ...); the devDependency's parser below is 2.41's.
 */
const N8N_1_FORM_KEYS = [
	'fieldLabel',
	'fieldType',
	'placeholder',
	'defaultValue',
	'fieldOptions',
	'multiselect',
	'multipleFiles',
	'acceptFileTypes',
	'formatDate',
	'requiredField',
	'fieldValue',
	'elementName',
	'html',
];

const VIN: ReviewField = {
	column: 'nomor_rangka',
	label: 'Chassis Number / VIN (Nomor Rangka)',
	value: 'MHCPHR54CRJ54O957',
	confidence: 62,
	reasons: ['read with 62% confidence, below 90%', 'a VIN has only A-Z and 0-9'],
};
const UNREAD: ReviewField = { column: 'nomor_faktur', label: 'Invoice Number (Nomor Faktur)', value: '', confidence: 0, reasons: ['not read'] };
const PHOTOCOPY: ReviewField = { column: 'quality_photocopy', label: 'Image Quality: photocopy', value: true, confidence: null, reasons: ['the picture is a photocopy'] };

/** What n8n does with the JSON, then with a submission: parses it, and keys each answer by the field's label. */
function submit(json: string, answer: (field: { fieldLabel: string; defaultValue?: string }) => string): Record<string, unknown> {
	const parsed = tryToParseJsonToFormFields(json);
	return Object.fromEntries(parsed.map((field) => [field.fieldLabel, answer(field)]));
}

describe('the labels a review form is made of', () => {
	it.each(DOCUMENT_SPECS.map((spec) => [spec.resource, spec] as const))('%s: each column has its own label, and its answer comes back to it through n8n', (_, spec) => {
		const byColumn = documentColumnLabels(spec, undefined);
		const labels = [...byColumn.values()];
		expect(new Set(labels).size).toBe(labels.length);
		for (const label of labels) {
			expect(label).not.toContain(LABEL_SEPARATOR);
			expect(labels.filter((other) => `${other}${LABEL_SEPARATOR}`.startsWith(`${label}${LABEL_SEPARATOR}`))).toEqual([label]);
		}
		// n8n writes < and > of a label as entities (the passport's "M, F or <"): the answer is keyed by the label n8n kept.
		const fields = [...byColumn].map(([column, label]): ReviewField => ({ column, label, value: 'x', confidence: 50, reasons: ['a <reason>'] }));
		const answers = submit(JSON.stringify(reviewForm(fields)), (field) => `answer to ${field.fieldLabel}`);
		expect([...readAnswers(answers, byColumn).byColumn.keys()]).toEqual([...byColumn.keys()]);
	});
});

describe('reviewForm', () => {
	it("is a form n8n's parser takes unchanged, with only keys n8n 1.x takes too", () => {
		const form = reviewForm([VIN, UNREAD, PHOTOCOPY]);
		const json = JSON.stringify(form);
		expect(tryToParseJsonToFormFields(json)).toEqual(form);
		for (const field of form) for (const key of Object.keys(field)) expect(N8N_1_FORM_KEYS).toContain(key);
	});

	it('has one field per column, labelled with its label and reasons, prefilled with the value read, then who reviewed', () => {
		expect(reviewForm([VIN, UNREAD, PHOTOCOPY])).toEqual([
			{
				fieldLabel: 'Chassis Number / VIN (Nomor Rangka) — read with 62% confidence, below 90%; a VIN has only A-Z and 0-9',
				fieldType: 'text',
				defaultValue: 'MHCPHR54CRJ54O957',
				placeholder: 'MHCPHR54CRJ54O957',
				requiredField: false,
			},
			{ fieldLabel: 'Invoice Number (Nomor Faktur) — not read', fieldType: 'text', defaultValue: '', placeholder: 'not read', requiredField: false },
			{
				fieldLabel: 'Image Quality: photocopy — the picture is a photocopy. Is that right?',
				fieldType: 'dropdown',
				fieldOptions: { values: [{ option: 'Yes' }, { option: 'No' }] },
				defaultValue: 'Yes',
				requiredField: true,
			},
			{ fieldLabel: 'Reviewed By', fieldType: 'text', placeholder: 'Your name', requiredField: false },
		]);
	});

	it('round-trips: the answers n8n returns, keyed by label, come back to their columns', () => {
		const labels = new Map([VIN, UNREAD, PHOTOCOPY].map((field) => [field.column, field.label]));
		const answers = submit(JSON.stringify(reviewForm([VIN, UNREAD, PHOTOCOPY])), (field) =>
			field.fieldLabel.startsWith('Chassis') ? 'MHCPHR54CRJ540957' : field.fieldLabel === 'Reviewed By' ? 'Dewi' : (field.defaultValue ?? ''),
		);
		const read = readAnswers({ ...answers, submittedAt: '2026-12-07T10:00:00.000+07:00', formMode: 'production' }, labels);
		expect(read).toEqual({
			byColumn: new Map([
				['nomor_rangka', 'MHCPHR54CRJ540957'],
				['nomor_faktur', ''],
				['quality_photocopy', 'Yes'],
			]),
			reviewedBy: 'Dewi',
			answeredAt: '2026-12-07T10:00:00.000+07:00',
		});
	});

	it('a value with < or > that n8n showed as &lt; / &gt; and the person left alone is the value read', () => {
		const odd: ReviewField = { ...VIN, value: 'A<B>C' };
		const [shown] = tryToParseJsonToFormFields(JSON.stringify(reviewForm([odd])));
		expect(shown.defaultValue).toBe('A&lt;B&gt;C');
		expect(answeredValue('A<B>C', shown.defaultValue!)).toBe('A<B>C');
		expect(answeredValue('A<B>C', 'A<B>D')).toBe('A<B>D');
	});
});

describe('readAnswers and answeredValue', () => {
	const labels = new Map([['nomor_rangka', VIN.label]]);

	it('takes an answer keyed by the column, the bare label, or the label with reasons; ignores the rest', () => {
		expect(answerColumn('nomor_rangka', labels)).toBe('nomor_rangka');
		expect(answerColumn(VIN.label, labels)).toBe('nomor_rangka');
		expect(answerColumn(`${VIN.label} — anything`, labels)).toBe('nomor_rangka');
		expect(answerColumn(`${VIN.label} (copy)`, labels)).toBeUndefined();
		expect(readAnswers({ formMode: 'production', other: 'x', nomor_rangka: null }, labels).byColumn.size).toBe(0);
	});

	it('who reviewed: the Reviewed By field, else reviewed_by, else the signed-in user of an n8n form', () => {
		expect(readAnswers({ 'Reviewed By': ' Dewi ' }, labels).reviewedBy).toBe('Dewi');
		expect(readAnswers({ reviewed_by: 'Budi' }, labels).reviewedBy).toBe('Budi');
		expect(readAnswers({ user: { id: '1', email: 'ops@example.com' } }, labels).reviewedBy).toBe('ops@example.com');
		expect(readAnswers({ respondedAt: '2026-12-07T03:00:00.000Z' }, labels)).toEqual({ byColumn: new Map(), reviewedBy: '', answeredAt: '2026-12-07T03:00:00.000Z' });
	});

	it('a text answer is trimmed; the value read stays as it was when the answer is the same', () => {
		expect(answeredValue(' MHC ', 'MHC')).toBe(' MHC ');
		expect(answeredValue('MHC', ' MHX ')).toBe('MHX');
		expect(answeredValue('MHC', '')).toBe('');
	});

	it('a yes/no answer is a boolean, and anything else is no answer', () => {
		expect([answeredValue(true, 'Yes'), answeredValue(true, 'no'), answeredValue(false, 'true')]).toEqual([true, false, true]);
		expect(answeredValue(true, 'maybe')).toBeUndefined();
	});
});

describe('reviewFields', () => {
	const content = (column: string) => (column === 'gone' ? undefined : { label: column.toUpperCase(), value: `${column}-value`, confidence: 50 });
	const reason = (kind: ReviewReason['kind'], ...columns: Array<[string, string]>): ReviewReason => ({
		kind,
		text: kind,
		columns: columns.map(([column, words]) => ({ column, words })),
	});

	it('lists each column once, in the order the reasons name them, with every reason it has', () => {
		const fields = reviewFields(
			[reason('lowConfidence', ['b', 'low']), reason('fieldCheck', ['a', 'bad'], ['b', 'a: bad']), reason('notThisDocument'), reason('poorRead', ['gone', 'not read'])],
			content,
		);
		expect(fields).toEqual([
			{ column: 'b', label: 'B', value: 'b-value', confidence: 50, reasons: ['low', 'a: bad'] },
			{ column: 'a', label: 'A', value: 'a-value', confidence: 50, reasons: ['bad'] },
		]);
	});
});
