import { parseReviewFields, reviewColumns } from '../../../../../nodes/GlairVision/engine/review/reviewColumns';
import type { ReviewField } from '../../../../../nodes/GlairVision/engine/review/reviewFields';
import type { ReviewReason } from '../../../../../nodes/GlairVision/engine/review/reviewReasons';

const FIELD: ReviewField = { column: 'nama_apm', label: 'Importer / Assembler (Nama APM)', value: 'PT X', confidence: 84.31, reasons: ['read with 84.31% confidence, below 87%'] };
const REASON: ReviewReason = { kind: 'lowConfidence', text: 'confidence below 87%: nama_apm (84.31%)', columns: [{ column: 'nama_apm', words: FIELD.reasons[0] }] };

describe('reviewColumns', () => {
	it('flattened: one cell each, the fields and the form as JSON text', () => {
		const columns = reviewColumns([REASON, { ...REASON, text: 'second' }], [FIELD], 'flattened');
		expect(columns.review_reasons).toBe('confidence below 87%: nama_apm (84.31%); second');
		expect(JSON.parse(String(columns.review_fields))).toEqual([FIELD]);
		expect(JSON.parse(String(columns.review_form))).toHaveLength(2);
	});

	it('nested: lists', () => {
		expect(reviewColumns([REASON], [FIELD], 'nested')).toEqual({ review_reasons: [REASON.text], review_fields: [FIELD], review_form: [expect.any(Object), expect.any(Object)] });
	});

	it('nothing to review: empty cells, empty lists; a reason about the whole document still gets a form', () => {
		expect(reviewColumns([], [], 'flattened')).toEqual({ review_reasons: '', review_fields: '', review_form: '' });
		expect(reviewColumns([], [], 'nested')).toEqual({ review_reasons: [], review_fields: [], review_form: [] });
		expect(JSON.parse(String(reviewColumns([{ kind: 'note', text: 'n', columns: [] }], [], 'flattened').review_form))).toEqual([
			{ fieldLabel: 'Reviewed By', fieldType: 'text', placeholder: 'Your name', requiredField: false },
		]);
	});
});

describe('parseReviewFields', () => {
	it('reads back what reviewColumns wrote, in either shape', () => {
		expect(parseReviewFields(reviewColumns([REASON], [FIELD], 'flattened').review_fields)).toEqual([FIELD]);
		expect(parseReviewFields(reviewColumns([REASON], [FIELD], 'nested').review_fields)).toEqual([FIELD]);
		expect(parseReviewFields('')).toEqual([]);
		expect(parseReviewFields(undefined)).toEqual([]);
	});

	it('is undefined for anything else', () => {
		expect(parseReviewFields('not json')).toBeUndefined();
		expect(parseReviewFields('[{"column":"a"}]')).toBeUndefined();
		expect(parseReviewFields({ column: 'a' })).toBeUndefined();
	});
});
