import type { IDataObject } from 'n8n-workflow';

import type { DocumentRow as CrossCheckedRow } from '../../crossChecks/crossCheck';
import { verifyFile } from '../../crossChecks/verifyFile';
import { contextAt } from '../../checks/runChecks';
import { isDocumentRole, type DocumentRole, type FileSpec } from '../../files/spec';
import { parsePage } from '../plan/readSettings';
import { isObject } from '../response/readings';
import { recordedConfidence, reviewDocument, writeDocumentReview } from './applyReview';
import { documentRow, ReviewInputError, type DocumentRow } from './documentRow';
import { checkColumns, fileColumn, fileColumnLabels, fileReasons, verdictReason, verificationColumns } from './fileReview';
import { reviewColumns } from './reviewColumns';
import { reviewFields } from './reviewFields';
import { readAnswers, type ReviewAnswers } from './reviewForm';
import { answersOf, requireAnswers, reviewedReason, reviewRecordColumns, type ReviewedItem, type ReviewOptions, type ReviewRecord } from './reviewRecord';

/** A role's document in the file's item: its own columns (a row's without the role's prefix). */
function documentItem(json: IDataObject, role: DocumentRole, nested: boolean): IDataObject {
	if (nested) return (json.documents as IDataObject)[role.role] as IDataObject;
	const prefix = fileColumn(role.role, '');
	return Object.fromEntries(Object.entries(json).flatMap(([key, value]) => (key.startsWith(prefix) ? [[key.slice(prefix.length), value]] : [])));
}

/** The answers for one role's columns, by the document's own column. */
function answersFor(answers: ReviewAnswers, role: DocumentRole): ReviewAnswers {
	const prefix = fileColumn(role.role, '');
	const byColumn = new Map([...answers.byColumn].flatMap(([column, answer]) => (column.startsWith(prefix) ? [[column.slice(prefix.length), answer] as const] : [])));
	return { ...answers, byColumn };
}

/** A corrected document as the cross-checks read it: its flattened columns. */
function crossCheckedRow(row: DocumentRow): CrossCheckedRow {
	if (row.shape === 'flattened') return row.json as CrossCheckedRow;
	const { checked, warnings } = row.json;
	return {
		...Object.fromEntries(row.fields.map(({ column }) => [column, String(row.value(column))])),
		...(isObject(checked) ? (checked as CrossCheckedRow) : {}),
		warnings: Array.isArray(warnings) ? warnings.join('; ') : '',
	};
}

/**
 * Apply Review for a file of documents checked together (a vehicle file): the person's answers
 * are written into each document's columns, each document's field checks run again, then the
 * file's cross-checks, on the corrected rows: consistent goes to Success, anything else to Needs
 * Review with a new form. Generic over files/: the file's spec says its roles and checks.
 */
/** Whether Apply Review corrects this file: not yet one whose verdict rests on GLAIR calls or pictures. */
export function reviewsFile(spec: FileSpec): boolean {
	return !spec.calls?.length && spec.roles.every(isDocumentRole);
}

export function applyFileReview(spec: FileSpec, input: IDataObject, options: ReviewOptions): ReviewedItem {
	if (!reviewsFile(spec)) {
		// Its calls (a face match, liveness, Dukcapil) and pictures would have to be judged again from the item; not yet done.
		throw new ReviewInputError(`Apply Review does not correct a ${spec.noun} yet: its verdict rests on calls and pictures besides its documents. Correct it in the sheet it was written to.`);
	}
	const nested = isObject(input.documents);
	const roles = spec.roles.filter(isDocumentRole).filter((role) => (nested ? isObject((input.documents as IDataObject)[role.role]) : fileColumn(role.role, 'status') in input));
	if (typeof input.verdict !== 'string' || input.verdict === 'NOT_READ' || roles.length === 0) {
		throw new ReviewInputError(
			`This item is not a ${spec.noun} to review (verdict "${String(input.verdict ?? '')}"). Apply Review takes the items ${spec.action} puts on Needs Review, with Output Flattened or Nested; a ${spec.noun} with a document not read must be read again.`,
		);
	}
	if (!nested && !(fileColumn(roles[0].role, 'reason') in input)) {
		throw new ReviewInputError(`This item is ${spec.action}'s Output Summary, which holds no document's columns to correct. Set its Output to Flattened or Nested.`);
	}
	const labels = fileColumnLabels(spec, new Set(roles.map((role) => role.role)));
	const answers = readAnswers(answersOf(input, options.correctionsField), labels);
	requireAnswers(input.review_fields, answers, options.correctionsField);

	const json = structuredClone(input);
	const recorded = recordedConfidence(input.review_fields);
	const record: ReviewRecord = { corrected: [], confirmed: [], answers };
	const rows = new Map<string, DocumentRow>();
	for (const role of roles) {
		const item = documentItem(json, role, nested);
		const page = parsePage(role.document, item.page);
		const row = documentRow(role.document, item, page);
		const own = (column: string) => recorded.get(fileColumn(role.role, column));
		const review = reviewDocument(role.document, row, page, answersFor(answers, role), {
			settings: options.settings,
			recorded: new Map(row.fields.flatMap(({ column }) => (own(column) !== undefined ? [[column, own(column)!]] : []))),
			validate: 'warnings' in item,
			reason: String(item.reason ?? ''),
		});
		writeDocumentReview(row, review);
		if (nested) (json.documents as IDataObject)[role.role] = row.json;
		else for (const [column, value] of Object.entries(row.json)) json[fileColumn(role.role, column)] = value;
		record.corrected.push(...review.record.corrected.map((correction) => ({ ...correction, column: fileColumn(role.role, correction.column) })));
		record.confirmed.push(...review.record.confirmed.map((column) => fileColumn(role.role, column)));
		rows.set(role.role, row);
	}

	// What the reads found (two files of one document that disagree) was seen by the person.
	const verification = verifyFile(spec, Object.fromEntries([...rows].map(([role, row]) => [role, crossCheckedRow(row)])), { today: contextAt(options.now).today });
	const consistent = verification.verdict === spec.verdicts.consistent;
	const reasons = consistent ? [] : fileReasons(verification);
	const fields = reviewFields(reasons, (column) => {
		const label = labels.get(column);
		const role = roles.find((candidate) => column.startsWith(fileColumn(candidate.role, '')));
		const row = role && rows.get(role.role);
		if (label === undefined || !row) return undefined;
		const own = column.slice(fileColumn(role!.role, '').length);
		const value = row.value(own);
		return value === undefined ? undefined : { label, value, confidence: row.confidence(own) ?? recorded.get(column) ?? null };
	});
	const shape = nested ? 'nested' : 'flattened';
	const { review_fields, review_form } = reviewColumns(reasons, fields, shape);
	Object.assign(json, { verdict: verification.verdict }, verificationColumns(spec, verification, shape), { review_fields, review_form }, checkColumns(spec, verification, shape));

	const recordColumns = reviewRecordColumns(record, input, shape, options.now);
	for (const key of ['outcome', 'reason', options.correctionsField, ...Object.keys(recordColumns)]) delete json[key];
	return {
		route: consistent ? 'success' : 'needsReview',
		// As Verify's item: the verdict, then why, then (here) the review's record.
		json: { verdict: verification.verdict, reason: reviewedReason(record, consistent ? undefined : verdictReason(spec, verification)), ...recordColumns, ...json },
	};
}
