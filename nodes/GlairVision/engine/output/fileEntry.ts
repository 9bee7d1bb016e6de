import type { IBinaryKeyData, IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { DocumentRow, Verification } from '../../crossChecks/crossCheck';
import { verifyFile } from '../../crossChecks/verifyFile';
import { isDocumentRole, resultWord, type DocumentRole, type FileRole, type FileSpec } from '../../files/spec';
import { contextAt } from '../../checks/runChecks';
import { localOutcome, type DocumentOutcome } from '../outcome';
import type { ReadSettings } from '../plan/readSettings';
import { describeConflict } from '../response/mergeReadings';
import type { FileDone } from '../run/performFile';
import { annotateDocument } from './annotate';
import { callOutputColumns, judgedRow } from './fileCalls';
import type { OutputEntry } from './outputs';
import { shapeFailure, shapeSuccess } from './shape';

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
function shapeDocument(role: DocumentRole, outcome: DocumentOutcome, settings: ReadSettings | undefined, format: FileOutputFormat): ShapedDocument {
	const spec = role.document;
	if (outcome.status !== 'SUCCESS' || !settings) {
		return { role, outcome, row: shapeFailure(spec, outcome, 'flattened'), ...(format === 'nested' ? { nested: shapeFailure(spec, outcome, 'nested') } : {}) };
	}
	const annotations = annotateDocument(spec, outcome, settings);
	const row = shapeSuccess(spec, outcome, { ...settings, format: 'flattened' }, annotations);
	const nested = format === 'nested' ? shapeSuccess(spec, outcome, { ...settings, format: 'nested' }, annotations) : undefined;
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

/**
 * The lists of what a person should look at. A file with one word for a mismatch and for something
 * missing (an applicant's REVIEW) names them all in `reasons`; the others keep the two apart.
 */
function reasonLists(spec: FileSpec, verification: Verification | undefined): Record<string, string[]> {
	const mismatches = verification?.mismatches ?? [];
	const missing = verification?.missing ?? [];
	const notes = verification?.notes ?? [];
	return spec.verdicts.mismatch === spec.verdicts.incomplete ? { reasons: [...mismatches, ...missing], notes } : { mismatches, missing, notes };
}

/** One file's output item: the verdict and checks first, then its calls and documents as the format wants them. */
function fileItem(spec: FileSpec, format: FileOutputFormat, verification: Verification | undefined, reason: string, parts: FileParts): IDataObject {
	const head: IDataObject = { verdict: verification?.verdict ?? 'NOT_READ', reason };
	const lists = reasonLists(spec, verification);
	if (format === 'nested') {
		const checks = (verification?.checks ?? []).map((check) => ({ ...check, result: resultWord(spec, check.result) }));
		return {
			...head,
			...lists,
			checks: checks as unknown as IDataObject[],
			...(parts.calls.length ? { calls: Object.fromEntries(parts.calls.map((call) => [call.call.name, callOutputColumns(call)])) } : {}),
			documents: Object.fromEntries([
				...parts.documents.map(({ role, nested }) => [role.role, nested ?? {}]),
				...parts.pictures.map(({ role, outcome }) => [role.role, pictureRow(outcome)]),
			]),
		};
	}
	for (const [name, list] of Object.entries(lists)) head[name] = list.join('; ');
	if (format === 'summary') return summaryItem(spec, head, verification, parts);
	const item = head;
	for (const check of verification?.checks ?? []) {
		item[check.column] = resultWord(spec, check.result);
		Object.assign(item, check.named);
	}
	for (const call of parts.calls) Object.assign(item, callOutputColumns(call));
	for (const { role, outcome } of parts.pictures) Object.assign(item, prefixed(role.role, pictureRow(outcome)));
	for (const { role, row } of parts.documents) Object.assign(item, prefixed(role.role, row));
	return item;
}

/** The item's verdict from its rows: the documents', the pictures', the calls' judgements. */
function verify(spec: FileSpec, done: FileDone, parts: FileParts): { verification: Verification; reason: string; route: OutputEntry['route'] } {
	const rows: Record<string, DocumentRow> = Object.fromEntries([
		...parts.documents.map(({ role, row }) => [role.role, row as DocumentRow]),
		...parts.pictures.map(({ role, outcome }) => [role.role, pictureRow(outcome) as DocumentRow]),
		...parts.calls.map((call) => [call.call.name, judgedRow(call)]),
	]);
	const mismatches = parts.documents.flatMap(({ role, outcome }) => (outcome.conflicts ?? []).map((conflict) => `${role.label}: ${describeConflict(conflict)}`));
	const verification = verifyFile(spec, rows, { today: contextAt(new Date()).today, options: done.plan.options }, { mismatches, notes: done.plan.notes });
	const { verdicts, reasons } = spec;
	const reason =
		verification.verdict === verdicts.consistent
			? reasons.consistent
			: verification.verdict === verdicts.mismatch && verification.mismatches.length > 0
				? `${reasons.mismatch}: ${[...verification.mismatches, ...(verdicts.mismatch === verdicts.incomplete ? verification.missing : [])].join('; ')}`
				: `${reasons.incomplete}: ${verification.missing.join('; ')}`;
	return { verification, reason, route: verification.verdict === verdicts.consistent ? 'success' : 'needsReview' };
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
	if (unread.length > 0) {
		reason = unread.map(({ role, outcome }) => `${role.label} not read: ${outcome.reason}`).join('; ');
		route = 'FAILED';
	} else {
		({ verification, reason, route } = verify(spec, done, parts));
	}
	// The item's own files go on; a file downloaded from a URL goes on under its role's name.
	const jobs = [...plan.documents.map(({ role }, index) => ({ role, job: results[index].job })), ...plan.pictures.map(({ role }, index) => ({ role, job: done.pictures[index].job }))];
	const downloaded: IBinaryKeyData = Object.fromEntries(jobs.flatMap(({ role, job }) => (job.binary ? [[role.role, job.binary]] : [])));
	const binary = passOn.binary ? { ...input.binary, ...downloaded } : {};
	// The input item's own fields (an application's number) lead, when the file keeps them; never an earlier node's `outcome`.
	const { outcome: _earlier, ...kept } = spec.keepsInputJson && passOn.json ? input.json : {};
	const json = { ...kept, ...fileItem(spec, format, verification, reason, parts) };
	return { route, json, ...(Object.keys(binary).length ? { binary } : {}) };
}
