import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../response/readings';
import { ReviewInputError } from './documentRow';
import { parseReviewFields } from './reviewColumns';
import { answeredValue, type ReviewAnswers } from './reviewForm';
import type { ReviewSettings } from './reviewReasons';

export interface ReviewOptions {
	/** The item's field holding the person's answers (n8n's Send and Wait puts a form's under `data`). */
	correctionsField: string;
	settings: ReviewSettings;
	/** When the review is recorded if the answers do not say when they were given. */
	now: Date;
}

export interface Correction {
	column: string;
	old: string | boolean;
	new: string | boolean;
}

/** What a person's answers did to the columns they were shown. */
export interface ReviewRecord {
	corrected: Correction[];
	confirmed: string[];
	answers: ReviewAnswers;
}

export interface ReviewedItem {
	route: 'success' | 'needsReview';
	json: IDataObject;
}

/** The answers under the corrections field, or what to do when there are none. */
export function answersOf(item: IDataObject, correctionsField: string): Record<string, unknown> {
	const answers = item[correctionsField];
	if (!isObject(answers)) {
		throw new ReviewInputError(
			`This item has no answers under "${correctionsField}". Apply Review takes the Needs Review item with the person's answers added under "${correctionsField}", as n8n's Send and Wait for Response returns a form (e.g. a Merge node, Combine by Position, of the Needs Review item and the answer), or set Corrections Field to the field that holds them.`,
		);
	}
	return answers;
}

/**
 * A review that asked about columns must get answers for some: none at all means the answers came
 * from another form, or from elsewhere on the item.
 */
export function requireAnswers(previousReviewFields: unknown, answers: ReviewAnswers, correctionsField: string): void {
	const asked = parseReviewFields(previousReviewFields) ?? [];
	if (asked.length === 0 || answers.byColumn.size > 0) return;
	throw new ReviewInputError(
		`None of the answers under "${correctionsField}" names a column this item's review asked about (${asked
			.slice(0, 3)
			.map((field) => field.column)
			.join(', ')}). Give the person the item's review_form as it is: its field labels tell Apply Review which column each answer is for.`,
	);
}

/**
 * Writes a person's answers into the row: a column whose answer differs is corrected, one whose
 * answer is the value shown is confirmed. `labelOf` names a column in messages.
 */
export function applyAnswers(
	answers: ReviewAnswers,
	value: (column: string) => string | boolean | undefined,
	set: (column: string, value: string | boolean) => void,
	labelOf: (column: string) => string,
): ReviewRecord {
	const record: ReviewRecord = { corrected: [], confirmed: [], answers };
	for (const [column, answer] of answers.byColumn) {
		const old = value(column);
		if (old === undefined) continue;
		const given = answeredValue(old, answer);
		if (given === undefined) throw new ReviewInputError(`The answer for "${labelOf(column)}" must be Yes or No, but it is "${answer.slice(0, 40)}".`);
		if (given === old) {
			record.confirmed.push(column);
		} else {
			set(column, given);
			record.corrected.push({ column, old, new: given });
		}
	}
	return record;
}

const shown = (value: string | boolean) => (typeof value === 'boolean' ? String(value) : JSON.stringify(value));

/**
 * The review's columns, first after `reason`: `reviewed`, `review_corrected` (each column: old ->
 * new), `review_confirmed`, `reviewed_by`, `reviewed_at`. A second review adds to the first's record.
 */
export function reviewRecordColumns(record: ReviewRecord, previous: IDataObject, shape: 'flattened' | 'nested', now: Date): IDataObject {
	const earlier = previous.reviewed === true;
	const reviewedAt = record.answers.answeredAt ?? now.toISOString();
	if (shape === 'nested') {
		const before = (key: string) => (earlier && Array.isArray(previous[key]) ? (previous[key] as IDataObject[]) : []);
		return {
			reviewed: true,
			review_corrected: [...before('review_corrected'), ...(record.corrected as unknown as IDataObject[])],
			review_confirmed: [...(before('review_confirmed') as unknown as string[]), ...record.confirmed],
			reviewed_by: record.answers.reviewedBy,
			reviewed_at: reviewedAt,
		};
	}
	const joined = (key: string, now: string[]) => [...(earlier && previous[key] ? [String(previous[key])] : []), ...now].join('; ');
	return {
		reviewed: true,
		review_corrected: joined(
			'review_corrected',
			record.corrected.map((correction) => `${correction.column}: ${shown(correction.old)} -> ${shown(correction.new)}`),
		),
		review_confirmed: joined('review_confirmed', record.confirmed.length > 0 ? [record.confirmed.join(', ')] : []),
		reviewed_by: record.answers.reviewedBy,
		reviewed_at: reviewedAt,
	};
}

/** The `reason` of a reviewed item: who reviewed, what they did, and what is left, if anything. */
export function reviewedReason(record: ReviewRecord, left?: string): string {
	const who = record.answers.reviewedBy ? ` by ${record.answers.reviewedBy}` : '';
	const what = `${record.corrected.length} corrected, ${record.confirmed.length} confirmed`;
	return left ? `Reviewed${who} (${what}); ${left}` : `Reviewed${who}: ${what}`;
}
