import type { IDataObject } from 'n8n-workflow';

import type { DocumentRow as CrossCheckedRow } from '../../crossChecks/crossCheck';
import { verifyFile } from '../../crossChecks/verifyFile';
import { contextAt } from '../../checks/runChecks';
import type { DocumentSpec } from '../../documents/spec';
import { isDocumentRole, type DocumentRole, type FileRole, type FileSpec } from '../../files/spec';
import { parsePage } from '../plan/readSettings';
import { isObject } from '../response/readings';
import { recordedConfidence, reviewDocument, writeDocumentReview } from './applyReview';
import { documentRow, ReviewInputError, type DocumentRow } from './documentRow';
import { checkColumns, fileColumn, fileColumnLabels, fileReasons, fileReviewFields, verdictReason, verificationColumns } from './fileReview';
import { reviewColumns } from './reviewColumns';
import { applyDecisions, callRowsOf, decisionLabels, optionsOf } from './reviewedCalls';
import { readAnswers, type ReviewAnswers } from './reviewForm';
import { answersOf, requireAnswers, reviewedReason, reviewRecordColumns, type ReviewedItem, type ReviewOptions, type ReviewRecord } from './reviewRecord';

/** A role's document (or picture) in the file's item: its own columns (a row's without the role's prefix). */
function documentItem(json: IDataObject, role: FileRole, nested: boolean): IDataObject {
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

/** A nested document's tables (a KK's members) as a flattened row holds them: each row's values. */
function tableRows(spec: DocumentSpec, read: unknown): IDataObject {
	const lists = isObject(read) ? read : {};
	const valueOf = (reading: unknown) => (isObject(reading) ? reading.value : reading);
	return Object.fromEntries(
		(spec.tables ?? []).map(({ list }) => [list, (Array.isArray(lists[list]) ? (lists[list] as unknown[]) : []).filter(isObject).map((row) => Object.fromEntries(Object.entries(row).map(([column, reading]) => [column, valueOf(reading)])))]),
	);
}

/** A corrected document as the cross-checks read it: its flattened columns. */
function crossCheckedRow(spec: DocumentSpec, row: DocumentRow): CrossCheckedRow {
	if (row.shape === 'flattened') return row.json as CrossCheckedRow;
	const { checked, warnings } = row.json;
	const companions = isObject(checked) ? (checked as IDataObject) : {};
	// A table's companions (a member's nik_iso) sit in `checked` row by row: beside the row's values, not over them.
	const tables = Object.fromEntries(
		Object.entries(tableRows(spec, row.json.read)).map(([list, rows]) => [list, (rows as IDataObject[]).map((values, index) => ({ ...(Array.isArray(companions[list]) && isObject(companions[list][index]) ? (companions[list][index] as IDataObject) : {}), ...values }))]),
	);
	return {
		...Object.fromEntries(row.fields.map(({ column }) => [column, String(row.value(column))])),
		...row.qualityFlags(),
		...(companions as CrossCheckedRow),
		...(tables as CrossCheckedRow),
		warnings: Array.isArray(warnings) ? warnings.join('; ') : '',
	};
}

/**
 * Apply Review for a file of documents checked together (a vehicle file, an applicant): the
 * person's answers are written into each document's columns, each document's field checks run
 * again, then the file's cross-checks, on the corrected rows; its calls' judgements (a face match,
 * liveness, Dukcapil) are the item's as they came, its pictures the item's, and a check the person
 * decided passes, recorded (reviewedCalls.ts). Consistent goes to Success, anything else to Needs
 * Review with a new form. Generic over files/: the file's spec says its roles, calls and checks.
 */
export function applyFileReview(spec: FileSpec, input: IDataObject, options: ReviewOptions): ReviewedItem {
	const nested = isObject(input.documents);
	const isGiven = (role: FileRole) => (nested ? isObject((input.documents as IDataObject)[role.role]) : fileColumn(role.role, 'status') in input);
	const roles = spec.roles.filter(isDocumentRole).filter(isGiven);
	if (typeof input.verdict !== 'string' || input.verdict === 'NOT_READ' || roles.length === 0) {
		throw new ReviewInputError(
			`This item is not a ${spec.noun} to review (verdict "${String(input.verdict ?? '')}"). Apply Review takes the items ${spec.action} puts on Needs Review, with Output Flattened or Nested; a ${spec.noun} with a document not read must be read again.`,
		);
	}
	if (!nested && !(fileColumn(roles[0].role, 'reason') in input)) {
		throw new ReviewInputError(`This item is ${spec.action}'s Output Summary, which holds no document's columns to correct. Set its Output to Flattened or Nested.`);
	}
	const labels = fileColumnLabels(spec, new Set(roles.map((role) => role.role)));
	const decisions = decisionLabels(input);
	const answers = readAnswers(answersOf(input, options.correctionsField), new Map([...labels, ...decisions]));
	requireAnswers(input.review_fields, answers, options.correctionsField);
	const { record: decisionRecord, decided } = applyDecisions(spec, input, answers, decisions);

	const json = structuredClone(input);
	const recorded = recordedConfidence(input.review_fields);
	const record: ReviewRecord = { corrected: [], confirmed: [], answers };
	const rows = new Map<string, { role: DocumentRole; row: DocumentRow }>();
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
		rows.set(role.role, { role, row });
	}

	record.corrected.push(...decisionRecord.corrected);
	record.confirmed.push(...decisionRecord.confirmed);

	// What the reads found (two files of one document that disagree) was seen by the person.
	const pictures = spec.roles.filter((role) => !isDocumentRole(role) && isGiven(role)).map((role) => [role.role, documentItem(json, role, nested) as CrossCheckedRow]);
	const crossChecked = { ...Object.fromEntries([...rows].map(([name, { role, row }]) => [name, crossCheckedRow(role.document, row)])), ...Object.fromEntries(pictures), ...callRowsOf(spec, input, nested) };
	const verification = verifyFile(spec, crossChecked, { today: contextAt(options.now).today, options: optionsOf(spec, input, nested), decided });
	const consistent = verification.verdict === spec.verdicts.consistent;
	const reasons = consistent ? [] : fileReasons(verification);
	const fields = fileReviewFields(verification, reasons, (column) => {
		const label = labels.get(column);
		const role = roles.find((candidate) => column.startsWith(fileColumn(candidate.role, '')));
		const row = role && rows.get(role.role)?.row;
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
