import type { IDataObject } from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import { checkDocument, parseRowColumn, type CheckedDocument } from '../../checks/runTableChecks';
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
	checked?: CheckedDocument;
	judgement: Judgement;
}

/** GLAIR's confidence in each column a review recorded (an item's `review_fields`), by column. */
export function recordedConfidence(reviewFields: unknown): Map<string, number | null> {
	return new Map((parseReviewFields(reviewFields) ?? []).map((field) => [field.column, field.confidence]));
}

function readingsOf(row: DocumentRow, columns: readonly string[], recorded: ReadonlyMap<string, number | null>): Array<readonly [string, FieldReading]> {
	// The confidence of a column the person did not answer: the item's own, else what the
	// review recorded; a column neither names was not doubtful.
	return columns.map((column) => {
		const confidence = row.confidence(column) ?? recorded.get(column) ?? 100;
		return [column, { ...EMPTY_READING, value: String(row.value(column)), confidence }] as const;
	});
}

/** Each table's row readings, as Read judges them ("members[2].nik"). */
function rowReadingsOf(spec: DocumentSpec, row: DocumentRow, recorded: ReadonlyMap<string, number | null>) {
	const columns = row.rowColumns();
	return (spec.tables ?? []).map((table) => ({ list: table.list, readings: readingsOf(row, columns.filter((column) => parseRowColumn(column)?.list === table.list), recorded) }));
}

/**
 * Writes a person's answers into a document's row (its own columns and its rows'), runs its field
 * checks and table checks again on the corrected row and rows (when the read ran them: `validate`)
 * and judges it again: an answered column counts as read and certain, what concerns the whole
 * document was seen, a check that still fails stands.
 */
export function reviewDocument(
	spec: DocumentSpec,
	row: DocumentRow,
	page: number | undefined,
	answers: ReviewAnswers,
	context: { settings: ReviewSettings; recorded: ReadonlyMap<string, number | null>; validate: boolean; reason: string },
): DocumentReview {
	const labels = documentColumnLabels(spec, page, row.rowColumns());
	const record = applyAnswers(answers, row.value, row.set, (column) => labels.get(column) ?? column);
	const readings = readingsOf(
		row,
		row.fields.map(({ column }) => column),
		context.recorded,
	);
	const checked = context.validate ? checkDocument(spec, new Map(readings.map(([column, reading]) => [column, reading.value])), row.rowValues()) : undefined;
	const flags = row.qualityFlags();
	const judgement = judgeDocument(
		spec,
		{
			page,
			reason: context.reason,
			readings,
			rows: rowReadingsOf(spec, row, context.recorded),
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
	if (review.checked.rowCompanions) row.setRowCompanions(review.checked.rowCompanions);
}

/**
 * Apply Review for one document, with rows or without: the person's answers are written into the
 * read, its field and table checks run again on the corrected row, and it is judged again with the
 * review options given: Success when nothing is left, Needs Review with the reasons that are. No
 * GLAIR call.
 */
export function applyDocumentReview(spec: DocumentSpec, input: IDataObject, options: ReviewOptions): ReviewedItem {
	if (input.status !== 'SUCCESS' || isObject(input.response)) {
		throw new ReviewInputError(
			`This item is not a ${spec.shortName} read to review (status "${String(input.status ?? '')}"${isObject(input.response) ? ', Output Raw' : ''}). Apply Review takes the items Read ${spec.shortName} puts on Needs Review, with Output Flattened or Nested.`,
		);
	}
	// A page that is not the document's is a SettingsError, said as it is to the person.
	const page = parsePage(spec, input.page);
	const given = answersOf(input, options.correctionsField);
	const row = documentRow(spec, input, page);
	const answers = readAnswers(given, documentColumnLabels(spec, page, row.rowColumns()));
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
