import type { IBinaryKeyData, IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { DocumentRow, Verification } from '../../crossChecks/crossCheck';
import { verifyFile } from '../../crossChecks/verifyFile';
import { isDocumentRole, resultWord, type DocumentRole, type FileRole, type FileSpec } from '../../files/spec';
import { contextAt } from '../../checks/runChecks';
import { localOutcome, type DocumentOutcome } from '../outcome';
import type { ReadSettings } from '../plan/readSettings';
import type { FileDone } from '../run/performFile';
import { checkColumns, fileColumn, fileColumnLabels, fileReasons, fileReviewFields, verdictReason, verificationColumns } from '../review/fileReview';
import type { Judgement } from '../review/judgeDocument';
import { reviewColumns } from '../review/reviewColumns';
import { conflictReason, type ReviewReason } from '../review/reviewReasons';
import { annotateDocument } from './annotate';
import { callOutputColumns, judgedRow } from './fileCalls';
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
	role: DocumentRole;
	outcome: DocumentOutcome;
	/** The document's row as its Read would give it (flattened): what the cross-checks read. */
	row: IDataObject;
	/** Only for nested output. */
	nested?: IDataObject;
}

/** Each document shaped once: its checks run once, its row feeds both the cross-checks and the item. */
function shapeDocument(role: DocumentRole, outcome: DocumentOutcome, settings: ReadSettings | undefined, format: FileOutputFormat): ShapedDocument {
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

/** A picture (a selfie) is never read: its row says which file it was, as a document's technical columns do. */
function pictureRow(outcome: DocumentOutcome): IDataObject {
	return { status: outcome.status, ...(outcome.status === 'SUCCESS' ? {} : { reason: outcome.reason }), file_name: outcome.fileName, file_sha256: outcome.fileSha256 };
}

/** The value a check compared, once: the first one read, in the table's order. */
function comparedValue(values: Verification['checks'][number]['values']): string {
	for (const byColumn of Object.values(values)) for (const text of Object.values(byColumn ?? {})) if (text !== '') return text;
	return '';
}

/** What a file gives besides its verdict: its documents shaped, its pictures, its calls. */
interface FileParts {
	documents: readonly ShapedDocument[];
	pictures: ReadonlyArray<{ role: FileRole; outcome: DocumentOutcome }>;
	calls: FileDone['calls'];
}

function summaryItem(spec: FileSpec, head: IDataObject, verification: Verification | undefined, parts: FileParts): IDataObject {
	const item: IDataObject = { ...head };
	for (const check of verification?.checks ?? []) {
		item[check.field] = comparedValue(check.values);
		item[check.column] = resultWord(spec, check.result);
		Object.assign(item, check.named);
	}
	for (const call of parts.calls) Object.assign(item, callOutputColumns(call));
	// Every role has its columns, given or not, so every row of a sheet has the same header.
	const outcomes = [...parts.documents, ...parts.pictures];
	for (const role of spec.roles) {
		const outcome = outcomes.find((document) => document.role === role)?.outcome;
		Object.assign(item, {
			[`${role.role}_status`]: outcome?.status ?? 'NOT_GIVEN',
			[`${role.role}_file_name`]: outcome?.fileName ?? '',
			// A picture is sent by the calls that name it, each with its own request id: none of its own.
			...(isDocumentRole(role) ? { [`${role.role}_request_id`]: outcome?.requestId ?? '' } : {}),
			[`${role.role}_file_sha256`]: outcome?.fileSha256 ?? '',
		});
	}
	return item;
}

/** What a person must look at in the file: the columns of its failed cross-checks, with the values read, and the checks to decide. */
function fileReview(spec: FileSpec, verification: Verification, found: readonly ReviewReason[], documents: readonly ShapedDocument[]): Judgement {
	const reasons = verification.verdict === spec.verdicts.consistent ? [] : fileReasons(verification, found);
	const labels = fileColumnLabels(spec, new Set(documents.map(({ role }) => role.role)));
	const readings = new Map(
		documents.flatMap(({ role, outcome }) =>
			readingsFor(role.document, outcome.read ?? {}, outcome.page).map(([column, reading]) => [fileColumn(role.role, column), reading] as const),
		),
	);
	const fields = fileReviewFields(verification, reasons, (column) => {
		const label = labels.get(column);
		const reading = readings.get(column);
		return label !== undefined && reading ? { label, value: reading.value, confidence: reading.confidence } : undefined;
	});
	return { reasons, fields };
}

/** One file's output item: the verdict and checks first, then its calls and documents as the format wants them. */
function fileItem(spec: FileSpec, format: FileOutputFormat, verification: Verification | undefined, reason: string, parts: FileParts, review: Judgement): IDataObject {
	const head: IDataObject = { verdict: verification?.verdict ?? 'NOT_READ', reason };
	const shape = format === 'nested' ? 'nested' : 'flattened';
	Object.assign(head, verificationColumns(spec, verification, shape));
	// The summary holds no document's columns: nothing Apply Review could correct.
	if (format === 'summary') return summaryItem(spec, head, verification, parts);
	// The file's own review columns; its reasons are already the mismatches and what is missing.
	const { review_fields, review_form } = reviewColumns(review.reasons, review.fields, shape);
	Object.assign(head, { review_fields, review_form }, checkColumns(spec, verification, shape));
	if (format === 'nested') {
		return {
			...head,
			...(parts.calls.length ? { calls: Object.fromEntries(parts.calls.map((call) => [call.call.name, callOutputColumns(call)])) } : {}),
			documents: Object.fromEntries([
				...parts.documents.map(({ role, nested }) => [role.role, nested ?? {}]),
				...parts.pictures.map(({ role, outcome }) => [role.role, pictureRow(outcome)]),
			]),
		};
	}
	const item = head;
	for (const call of parts.calls) Object.assign(item, callOutputColumns(call));
	for (const { role, outcome } of parts.pictures) Object.assign(item, prefixed(role.role, pictureRow(outcome)));
	for (const { role, row } of parts.documents) Object.assign(item, prefixed(role.role, row));
	return item;
}

/** The item's verdict from its rows: the documents', the pictures', the calls' judgements. */
function verify(spec: FileSpec, done: FileDone, parts: FileParts): { verification: Verification; reason: string; route: OutputEntry['route']; review: Judgement } {
	const rows: Record<string, DocumentRow> = Object.fromEntries([
		...parts.documents.map(({ role, row }) => [role.role, row as DocumentRow]),
		...parts.pictures.map(({ role, outcome }) => [role.role, pictureRow(outcome) as DocumentRow]),
		...parts.calls.map((call) => [call.call.name, judgedRow(call)]),
	]);
	const found = parts.documents.flatMap(({ role, outcome }) => (outcome.conflicts ?? []).map((conflict) => conflictReason(conflict, role)));
	const mismatches = found.map((conflict) => conflict.text);
	const verification = verifyFile(spec, rows, { today: contextAt(new Date()).today, options: done.plan.options }, { mismatches, notes: done.plan.notes });
	const route = verification.verdict === spec.verdicts.consistent ? 'success' : 'needsReview';
	return { verification, reason: verdictReason(spec, verification), route, review: fileReview(spec, verification, found, parts.documents) };
}

/**
 * A file's documents read and its calls made: its output entry. A document (or a picture) not
 * read sends the file to Not Read, naming it; otherwise the cross-checks give the verdict:
 * consistent to Success, the rest to Needs Review. Two files of one document that disagree on
 * what identifies it are a mismatch.
 */
export function fileEntry(spec: FileSpec, done: FileDone, input: INodeExecutionData, format: FileOutputFormat, passOn: { binary: boolean; json: boolean }): OutputEntry {
	const { plan, results } = done;
	const documents = plan.documents.map(({ role, job }, index) => {
		const result = results[index];
		const outcome = result.outcome ?? localOutcome('NO_FILE', `every file was skipped as not a document: ${result.skippedNote}`, job.binaryField, undefined);
		return shapeDocument(role, outcome, job.settings, format);
	});
	const parts: FileParts = { documents, pictures: plan.pictures.map(({ role }, index) => ({ role, outcome: done.pictures[index].outcome })), calls: done.calls };
	const unread = [...documents, ...parts.pictures].filter(({ outcome }) => outcome.status !== 'SUCCESS');
	let verification: Verification | undefined;
	let reason: string;
	let route: OutputEntry['route'];
	let review: Judgement = { reasons: [], fields: [] };
	if (unread.length > 0) {
		reason = unread.map(({ role, outcome }) => `${role.label} not read: ${outcome.reason}`).join('; ');
		route = 'FAILED';
	} else {
		({ verification, reason, route, review } = verify(spec, done, parts));
	}
	// The item's own files go on; a file downloaded from a URL goes on under its role's name.
	const jobs = [...plan.documents.map(({ role }, index) => ({ role, job: results[index].job })), ...plan.pictures.map(({ role }, index) => ({ role, job: done.pictures[index].job }))];
	const downloaded: IBinaryKeyData = Object.fromEntries(jobs.flatMap(({ role, job }) => (job.binary ? [[role.role, job.binary]] : [])));
	const binary = passOn.binary ? { ...input.binary, ...downloaded } : {};
	// The input item's own fields (an application's number) lead, when the file keeps them; never an earlier node's `outcome`.
	const { outcome: _earlier, ...kept } = spec.keepsInputJson && passOn.json ? input.json : {};
	const json = { ...kept, ...fileItem(spec, format, verification, reason, parts, review) };
	return { route, json, ...(Object.keys(binary).length ? { binary } : {}) };
}
