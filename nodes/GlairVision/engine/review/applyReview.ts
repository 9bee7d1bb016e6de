import type { IDataObject } from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import { checkRow, type DocumentCheckResult } from '../../checks/runChecks';
import { parsePage } from '../plan/readSettings';
import { EMPTY_READING, isObject, type FieldReading } from '../response/readings';
import { documentRow, ReviewInputError, type DocumentRow } from './documentRow';
import { judgeDocument, type Judgement } from './judgeDocument';
import { qualityColumn, raisedFlagReasons } from './quality';
import { parseReviewFields, reviewColumns } from './reviewColumns';
import { documentColumnLabels } from './reviewFields';
import { readAnswers, type ReviewAnswers } from './reviewForm';
import { answersOf, applyAnswers, requireAnswers, reviewedReason, reviewRecordColumns, type ReviewedItem, type ReviewOptions, type ReviewRecord } from './reviewRecord';
import type { ReviewSettings } from './reviewReasons';

export { ReviewInputError } from './documentRow';

/** A document a person reviewed: what the answers did, its checks and its judgement on the corrected row. */
export interface DocumentReview {
	record: ReviewRecord;
	checked?: DocumentCheckResult;
	judgement: Judgement;
}

/** GLAIR's confidence in each column a review recorded (an item's `review_fields`), by column. */
export function recordedConfidence(reviewFields: unknown): Map<string, number | null> {
	return new Map((parseReviewFields(reviewFields) ?? []).map((field) => [field.column, field.confidence]));
}

function readingsOf(row: DocumentRow, recorded: ReadonlyMap<string, number | null>): Array<readonly [string, FieldReading]> {
	// The confidence of a column the person did not answer: the item's own, else what the
	// review recorded; a column neither names was not doubtful.
	return row.fields.map(({ column }) => {
		const confidence = row.confidence(column) ?? recorded.get(column) ?? 100;
		return [column, { ...EMPTY_READING, value: String(row.value(column)), confidence }] as const;
	});
}

/**
 * Writes a person's answers into a document's row, runs its field checks again on the corrected
 * row (when the read ran them: `validate`) and judges it again: an answered column counts as read
 * and certain, what concerns the whole document was seen, a check that still fails stands.
 */
export function reviewDocument(
	spec: DocumentSpec,
	row: DocumentRow,
	page: number | undefined,
	answers: ReviewAnswers,
	context: { settings: ReviewSettings; recorded: ReadonlyMap<string, number | null>; validate: boolean; reason: string },
): DocumentReview {
	const labels = documentColumnLabels(spec, page);
	const record = applyAnswers(answers, row.value, row.set, (column) => labels.get(column) ?? column);
	const readings = readingsOf(row, context.recorded);
	const checked = context.validate ? checkRow(spec.checks, new Map(readings.map(([column, reading]) => [column, reading.value]))) : undefined;
	const flags = row.qualityFlags();
	const judgement = judgeDocument(
		spec,
		{
			page,
			reason: context.reason,
			readings,
			warnings: checked?.warnings ?? [],
			otherReasons: spec.quality ? raisedFlagReasons(spec.quality, (flag) => flags[qualityColumn(flag)] === true) : [],
			qualityFlags: flags,
			reviewed: new Set(answers.byColumn.keys()),
		},
		context.settings,
	);
	return { record, ...(checked ? { checked } : {}), judgement };
}

/** Writes a review's results into the row: warnings, companions, and the review columns the row has. */
export function writeDocumentReview(row: DocumentRow, review: DocumentReview): void {
	const { json } = row;
	const columns = reviewColumns(review.judgement.reasons, review.judgement.fields, row.shape);
	for (const [key, value] of Object.entries(columns)) if (key in json) json[key] = value;
	if (!review.checked) return;
	const warnings = review.checked.warnings.map((warning) => warning.text);
	json.warnings = row.shape === 'nested' ? warnings : warnings.join('; ');
	if (row.shape === 'nested') json.checked = review.checked.companions;
	else Object.assign(json, review.checked.companions);
}

/**
 * Apply Review for one document: the person's answers are written into the read, its field checks
 * run again on the corrected row, and it is judged again with the review options given: Success
 * when nothing is left, Needs Review with the reasons that are. No GLAIR call.
 */
/** Whether Apply Review corrects this document: not yet one with rows (their checks would have to be judged again). */
export function reviewsDocument(spec: DocumentSpec): boolean {
	return !spec.tables?.length;
}

export function applyDocumentReview(spec: DocumentSpec, input: IDataObject, options: ReviewOptions): ReviewedItem {
	if (input.status !== 'SUCCESS' || isObject(input.response)) {
		throw new ReviewInputError(
			`This item is not a ${spec.shortName} read to review (status "${String(input.status ?? '')}"${isObject(input.response) ? ', Output Raw' : ''}). Apply Review takes the items Read ${spec.shortName} puts on Needs Review, with Output Flattened or Nested.`,
		);
	}
	if (!reviewsDocument(spec)) {
		// Its rows' checks, doubts and companions would have to be judged again with the corrected columns; not yet done.
		throw new ReviewInputError(
			`Apply Review does not correct a document with rows yet (${spec.shortName}: ${(spec.tables ?? []).map((table) => table.list).join(', ')}): correct it in the sheet it was written to.`,
		);
	}
	// A page that is not the document's is a SettingsError, said as it is to the person.
	const page = parsePage(spec, input.page);
	const answers = readAnswers(answersOf(input, options.correctionsField), documentColumnLabels(spec, page));
	const row = documentRow(spec, input, page);
	requireAnswers(input.review_fields, answers, options.correctionsField);
	const review = reviewDocument(spec, row, page, answers, {
		settings: options.settings,
		recorded: recordedConfidence(input.review_fields),
		validate: 'warnings' in input,
		reason: String(input.reason ?? ''),
	});
	writeDocumentReview(row, review);

	const { json } = row;
	const recordColumns = reviewRecordColumns(review.record, input, row.shape, options.now);
	for (const key of ['outcome', 'reason', options.correctionsField, ...Object.keys(recordColumns)]) delete json[key];
	const left = review.judgement.reasons.length > 0;
	return {
		route: left ? 'needsReview' : 'success',
		json: { reason: reviewedReason(review.record, left ? 'still needs review' : undefined), ...recordColumns, ...json },
	};
}
