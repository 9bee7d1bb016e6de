import type { INodePropertyOptions } from 'n8n-workflow';

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

	it.each(DOCUMENT_SPECS.filter((spec) => !spec.tables?.length).map((spec) => [spec.resource] as const))('%s', async (resource) => {
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
	it('is not offered in their Operation list (every other document offers it)', () => {
		const properties = new GlairVision().description.properties;
		for (const spec of DOCUMENT_SPECS) {
			const operations = properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(spec.resource));
			const values = (operations!.options as INodePropertyOptions[]).map((option) => option.value);
			expect({ resource: spec.resource, values }).toEqual({ resource: spec.resource, values: spec.tables?.length ? ['read'] : ['applyReview', 'read'] });
		}
	});

	it.each(DOCUMENT_SPECS.filter((spec) => spec.tables?.length).map((spec) => [spec.resource, spec.tables!.map((table) => table.list)] as const))(
		'%s: not taken yet, to Not Read saying so, the read kept as it came',
		async (resource, lists) => {
			const result = await runReviewLoop({
				read: readParameters(resource, { options: OPTIONS }),
				review: { resource, correctionsField: 'data', options: OPTIONS },
				credentials: suite.credentials,
				documents: [itemWith(sample(SAMPLE_OF[resource]))],
				answer: correctingFirst({}),
			});
			const read = only(result.read['Needs Review']).json;
			const item = only(result.review['Not Read']);
			expect(item.json.reason).toMatch(/^Apply Review does not correct a document with rows yet \(/);
			expect(item.json.reason).toContain(`: ${lists.join(', ')}): correct it in the sheet it was written to.`);
			expect(item.json).toMatchObject({ outcome: 'NOT_READ', file_sha256: read.file_sha256, [lists[0]]: read[lists[0]] });
		},
	);
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
