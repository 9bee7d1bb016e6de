import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../response/readings';
import type { ReviewField } from './reviewFields';
import { reviewForm } from './reviewForm';
import type { ReviewReason } from './reviewReasons';

/**
 * The review columns of an item: `review_reasons`, `review_fields` (the columns to look at, each
 * with its value, confidence and reasons) and `review_form` (n8n's form definition, reviewForm.ts;
 * empty when nothing is left to review). Flattened, each is one spreadsheet cell: the reasons
 * joined with "; ", the fields and the form as JSON text (the form exactly as n8n's "Define Form:
 * Using JSON" takes it); nested, they are lists.
 */
export function reviewColumns(reasons: readonly ReviewReason[], fields: readonly ReviewField[], shape: 'flattened' | 'nested'): IDataObject {
	const form = reasons.length > 0 ? reviewForm(fields) : [];
	if (shape === 'nested') {
		return {
			review_reasons: reasons.map((reason) => reason.text),
			review_fields: fields as unknown as IDataObject[],
			review_form: form as unknown as IDataObject[],
		};
	}
	return {
		review_reasons: reasons.map((reason) => reason.text).join('; '),
		review_fields: fields.length > 0 ? JSON.stringify(fields) : '',
		review_form: form.length > 0 ? JSON.stringify(form) : '',
	};
}

function isReviewField(value: unknown): value is ReviewField {
	return (
		isObject(value) &&
		typeof value.column === 'string' &&
		typeof value.label === 'string' &&
		(typeof value.value === 'string' || typeof value.value === 'boolean') &&
		(typeof value.confidence === 'number' || value.confidence === null) &&
		Array.isArray(value.reasons) &&
		(value.options === undefined || Array.isArray(value.options))
	);
}

/** An item's `review_fields` read back (JSON text or a list); undefined when it is neither. */
export function parseReviewFields(value: unknown): ReviewField[] | undefined {
	if (value === '' || value === undefined || value === null) return [];
	let list: unknown = value;
	if (typeof value === 'string') {
		try {
			list = JSON.parse(value);
		} catch {
			return undefined;
		}
	}
	return Array.isArray(list) && list.every(isReviewField) ? list : undefined;
}
