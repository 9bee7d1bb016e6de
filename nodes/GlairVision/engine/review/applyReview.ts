import type { IDataObject } from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import { checkRow } from '../../checks/runChecks';
import { parsePage } from '../plan/readSettings';
import { EMPTY_READING, isObject, type FieldReading } from '../response/readings';
import { documentRow, ReviewInputError, type DocumentRow } from './documentRow';
import { judgeDocument } from './judgeDocument';
import { raisedFlagReasons } from './quality';
import { parseReviewFields, reviewColumns } from './reviewColumns';
import { documentColumnLabels } from './reviewFields';
import { answeredValue, readAnswers, type ReviewAnswers } from './reviewForm';
import type { ReviewSettings } from './reviewReasons';

export { ReviewInputError } from './documentRow';

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

/** The `reason` of a reviewed item: who reviewed, what they did, and whether anything is left. */
export function reviewedReason(record: ReviewRecord, left: number): string {
	const who = record.answers.reviewedBy ? ` by ${record.answers.reviewedBy}` : '';
	const what = `${record.corrected.length} corrected, ${record.confirmed.length} confirmed`;
	return left === 0 ? `Reviewed${who}: ${what}` : `Reviewed${who} (${what}); still needs review`;
}

function readingsOf(row: DocumentRow, previous: IDataObject): Array<readonly [string, FieldReading]> {
	// The confidence of a column the person did not answer: the item's own, else what the
	// previous review recorded; a column neither names was not doubtful.
	const recorded = new Map((parseReviewFields(previous.review_fields) ?? []).map((field) => [field.column, field.confidence]));
	return row.fields.map(({ column }) => {
		const confidence = row.confidence(column) ?? recorded.get(column) ?? 100;
		return [column, { ...EMPTY_READING, value: String(row.value(column)), confidence }] as const;
	});
}

/**
 * Apply Review for one document: the person's answers are written into the read, its field checks
 * run again on the corrected row, and it is judged again with the review options given: Success
 * when nothing is left, Needs Review with the reasons that are. No GLAIR call.
 */
export function applyDocumentReview(spec: DocumentSpec, input: IDataObject, options: ReviewOptions): ReviewedItem {
	if (input.status !== 'SUCCESS' || isObject(input.response)) {
		throw new ReviewInputError(
			`This item is not a ${spec.shortName} read to review (status "${String(input.status ?? '')}"${isObject(input.response) ? ', Output Raw' : ''}). Apply Review takes the items Read ${spec.shortName} puts on Needs Review, with Output Flattened or Nested.`,
		);
	}
	// A page that is not the document's is a SettingsError, said as it is to the person.
	const page = parsePage(spec, input.page);
	const labels = documentColumnLabels(spec, page);
	const answers = readAnswers(answersOf(input, options.correctionsField), labels);
	const row = documentRow(spec, input, page);
	const shownBefore = parseReviewFields(input.review_fields) ?? [];
	if (shownBefore.length > 0 && answers.byColumn.size === 0) {
		throw new ReviewInputError(
			`None of the answers under "${options.correctionsField}" names a column this item's review asked about (${shownBefore
				.slice(0, 3)
				.map((field) => field.column)
				.join(', ')}). Give the person the item's review_form as it is: its field labels tell Apply Review which column each answer is for.`,
		);
	}
	const record = applyAnswers(answers, row.value, row.set, (column) => labels.get(column) ?? column);

	const readings = readingsOf(row, input);
	const checked = 'warnings' in input ? checkRow(spec.checks, new Map(readings.map(([column, reading]) => [column, reading.value]))) : undefined;
	const flags = row.qualityFlags();
	const judgement = judgeDocument(
		spec,
		{
			page,
			reason: String(input.reason ?? ''),
			readings,
			warnings: checked?.warnings ?? [],
			otherReasons: spec.quality ? raisedFlagReasons(spec.quality, (flag) => flags[`quality_${flag}`] === true) : [],
			qualityFlags: flags,
			reviewed: new Set(answers.byColumn.keys()),
		},
		options.settings,
	);

	const { json } = row;
	const recordColumns = reviewRecordColumns(record, input, row.shape, options.now);
	for (const key of ['outcome', 'reason', options.correctionsField, ...Object.keys(recordColumns)]) delete json[key];
	if ('review_reasons' in json) Object.assign(json, reviewColumns(judgement.reasons, judgement.fields, row.shape));
	if (checked) {
		json.warnings = row.shape === 'nested' ? checked.warnings.map((warning) => warning.text) : checked.warnings.map((warning) => warning.text).join('; ');
		if (row.shape === 'nested') json.checked = checked.companions;
		else Object.assign(json, checked.companions);
	}
	return {
		route: judgement.reasons.length > 0 ? 'needsReview' : 'success',
		json: {
			reason: reviewedReason(record, judgement.reasons.length),
			...recordColumns,
			...json,
		},
	};
}
