import type { IBinaryKeyData, IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { DocumentRow, Verification } from '../../crossChecks/crossCheck';
import { verifyFile } from '../../crossChecks/verifyFile';
import type { FileRole, FileSpec } from '../../files/spec';
import { contextAt } from '../../checks/runChecks';
import { localOutcome, type DocumentOutcome } from '../outcome';
import type { DocumentResult } from '../plan/planDocuments';
import type { FilePlan } from '../plan/planFile';
import type { ReadSettings } from '../plan/readSettings';
import { checkColumns, fileColumn, fileColumnLabels, fileReasons, verdictReason, verificationColumns } from '../review/fileReview';
import type { Judgement } from '../review/judgeDocument';
import { reviewColumns } from '../review/reviewColumns';
import { reviewFields } from '../review/reviewFields';
import { conflictReason, type ReviewReason } from '../review/reviewReasons';
import { annotateDocument } from './annotate';
import type { OutputEntry } from './outputs';
import { readingsFor, shapeFailure, shapeSuccess } from './shape';

/**
 * How a verified file comes out: `flattened` one row with every check and every document's columns
 * prefixed by its role; `nested` the checks and each document nested; `summary` the verdict, the
 * compared fields once, and each document's status, request id and hash: a sheet a person reads.
 */
export type FileOutputFormat = 'flattened' | 'nested' | 'summary';

export function parseFileFormat(value: unknown): FileOutputFormat {
	return value === 'nested' || value === 'summary' ? value : 'flattened';
}

interface ShapedDocument {
	role: FileRole;
	outcome: DocumentOutcome;
	/** The document's row as its Read would give it (flattened): what the cross-checks read. */
	row: IDataObject;
	/** Only for nested output. */
	nested?: IDataObject;
}

/** Each document shaped once: its checks run once, its row feeds both the cross-checks and the item. */
function shapeDocument(role: FileRole, outcome: DocumentOutcome, settings: ReadSettings | undefined, format: FileOutputFormat): ShapedDocument {
	const spec = role.document;
	if (outcome.status !== 'SUCCESS' || !settings) {
		return { role, outcome, row: shapeFailure(spec, outcome, 'flattened'), ...(format === 'nested' ? { nested: shapeFailure(spec, outcome, 'nested') } : {}) };
	}
	const annotations = annotateDocument(spec, outcome, settings);
	// The file asks a person about its own columns (its review_fields and review_form), not each document's.
	const withoutForm = (item: IDataObject) => Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'review_fields' && key !== 'review_form'));
	const row = withoutForm(shapeSuccess(spec, outcome, { ...settings, format: 'flattened' }, annotations));
	const nested = format === 'nested' ? withoutForm(shapeSuccess(spec, outcome, { ...settings, format: 'nested' }, annotations)) : undefined;
	return { role, outcome, row, ...(nested ? { nested } : {}) };
}

function prefixed(role: string, row: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(row).map(([column, value]) => [`${role}_${column}`, value]));
}

/** The value a check compared, once: the first one read, in the table's order. */
function comparedValue(values: Verification['checks'][number]['values']): string {
	for (const byColumn of Object.values(values)) for (const text of Object.values(byColumn ?? {})) if (text !== '') return text;
	return '';
}

function summaryItem(spec: FileSpec, head: IDataObject, verification: Verification | undefined, documents: readonly ShapedDocument[]): IDataObject {
	const item: IDataObject = { ...head };
	for (const check of verification?.checks ?? []) {
		item[check.field] = comparedValue(check.values);
		item[check.column] = check.result;
	}
	// Every role has its columns, given or not, so every row of a sheet has the same header.
	for (const role of spec.roles) {
		const outcome = documents.find((document) => document.role === role)?.outcome;
		Object.assign(item, {
			[`${role.role}_status`]: outcome?.status ?? 'NOT_GIVEN',
			[`${role.role}_file_name`]: outcome?.fileName ?? '',
			[`${role.role}_request_id`]: outcome?.requestId ?? '',
			[`${role.role}_file_sha256`]: outcome?.fileSha256 ?? '',
		});
	}
	return item;
}

/** What a person must look at in the file: the columns of its failed cross-checks, with the values read. */
function fileReview(spec: FileSpec, verification: Verification, found: readonly ReviewReason[], documents: readonly ShapedDocument[]): Judgement {
	const reasons = verification.verdict === spec.verdicts.consistent ? [] : fileReasons(verification, found);
	const labels = fileColumnLabels(spec, new Set(documents.map(({ role }) => role.role)));
	const readings = new Map(
		documents.flatMap(({ role, outcome }) =>
			readingsFor(role.document, outcome.read ?? {}, outcome.page).map(([column, reading]) => [fileColumn(role.role, column), reading] as const),
		),
	);
	const fields = reviewFields(reasons, (column) => {
		const label = labels.get(column);
		const reading = readings.get(column);
		return label !== undefined && reading ? { label, value: reading.value, confidence: reading.confidence } : undefined;
	});
	return { reasons, fields };
}

/** One file's output item: the verdict and checks first, then its documents as the format wants them. */
function fileItem(
	spec: FileSpec,
	format: FileOutputFormat,
	verification: Verification | undefined,
	reason: string,
	documents: readonly ShapedDocument[],
	review: Judgement,
): IDataObject {
	const head: IDataObject = { verdict: verification?.verdict ?? 'NOT_READ', reason };
	// The file's own review columns; its reasons are already the mismatches and what is missing.
	const shape = format === 'nested' ? 'nested' : 'flattened';
	const { review_fields, review_form } = reviewColumns(review.reasons, review.fields, shape);
	Object.assign(head, verificationColumns(verification, shape));
	// The summary holds no document's columns: nothing Apply Review could correct.
	if (format === 'summary') return summaryItem(spec, head, verification, documents);
	Object.assign(head, { review_fields, review_form }, checkColumns(verification, shape));
	if (format === 'nested') return { ...head, documents: Object.fromEntries(documents.map(({ role, nested }) => [role.role, nested ?? {}])) };
	const item = head;
	for (const { role, row } of documents) Object.assign(item, prefixed(role.role, row));
	return item;
}

/**
 * A file's documents read: its output entry. A document not read sends the file to Not Read,
 * naming it; otherwise the cross-checks give the verdict: consistent to Success, the rest to Needs
 * Review. Two files of one document that disagree on what identifies it are a mismatch.
 */
export function fileEntry(spec: FileSpec, plan: FilePlan, results: readonly DocumentResult[], input: INodeExecutionData, format: FileOutputFormat, passBinary: boolean): OutputEntry {
	const documents = plan.documents.map(({ role, job }, index) => {
		const result = results[index];
		const outcome = result.outcome ?? localOutcome('NO_FILE', `every file was skipped as not a document: ${result.skippedNote}`, job.binaryField, undefined);
		return shapeDocument(role, outcome, job.settings, format);
	});
	const unread = documents.filter(({ outcome }) => outcome.status !== 'SUCCESS');
	let verification: Verification | undefined;
	let reason: string;
	let route: OutputEntry['route'];
	let review: Judgement = { reasons: [], fields: [] };
	if (unread.length > 0) {
		reason = unread.map(({ role, outcome }) => `${role.label} not read: ${outcome.reason}`).join('; ');
		route = 'FAILED';
	} else {
		const rows: Record<string, DocumentRow> = Object.fromEntries(documents.map(({ role, row }) => [role.role, row as DocumentRow]));
		const found = documents.flatMap(({ role, outcome }) => (outcome.conflicts ?? []).map((conflict) => conflictReason(conflict, role)));
		verification = verifyFile(spec, rows, { today: contextAt(new Date()).today }, { mismatches: found.map((conflict) => conflict.text), notes: plan.notes });
		reason = verdictReason(spec, verification);
		route = verification.verdict === spec.verdicts.consistent ? 'success' : 'needsReview';
		review = fileReview(spec, verification, found, documents);
	}
	// The item's own files go on; a document downloaded from a URL goes on under its role's name.
	const downloaded: IBinaryKeyData = Object.fromEntries(plan.documents.flatMap(({ role }, index) => (results[index].job.binary ? [[role.role, results[index].job.binary!]] : [])));
	const binary = passBinary ? { ...input.binary, ...downloaded } : {};
	return { route, json: fileItem(spec, format, verification, reason, documents, review), ...(Object.keys(binary).length ? { binary } : {}) };
}
