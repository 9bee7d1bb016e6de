import type { IBinaryKeyData, IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { DocumentRow, Verification } from '../../crossChecks/crossCheck';
import { verifyFile } from '../../crossChecks/verifyFile';
import type { FileRole, FileSpec } from '../../files/spec';
import { contextAt } from '../../checks/runChecks';
import { localOutcome, type DocumentOutcome } from '../outcome';
import type { DocumentResult } from '../plan/planDocuments';
import type { FilePlan } from '../plan/planFile';
import type { ReadSettings } from '../plan/readSettings';
import { describeConflict } from '../response/mergeReadings';
import { annotateDocument } from './annotate';
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
function shapeDocument(role: FileRole, outcome: DocumentOutcome, settings: ReadSettings | undefined, format: FileOutputFormat): ShapedDocument {
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

/** One file's output item: the verdict and checks first, then its documents as the format wants them. */
function fileItem(spec: FileSpec, format: FileOutputFormat, verification: Verification | undefined, reason: string, documents: readonly ShapedDocument[]): IDataObject {
	const head: IDataObject = { verdict: verification?.verdict ?? 'NOT_READ', reason };
	if (format === 'nested') {
		return {
			...head,
			mismatches: verification?.mismatches ?? [],
			missing: verification?.missing ?? [],
			notes: verification?.notes ?? [],
			checks: (verification?.checks ?? []) as unknown as IDataObject[],
			documents: Object.fromEntries(documents.map(({ role, nested }) => [role.role, nested ?? {}])),
		};
	}
	Object.assign(head, {
		mismatches: (verification?.mismatches ?? []).join('; '),
		missing: (verification?.missing ?? []).join('; '),
		notes: (verification?.notes ?? []).join('; '),
	});
	if (format === 'summary') return summaryItem(spec, head, verification, documents);
	const item = head;
	for (const check of verification?.checks ?? []) item[check.column] = check.result;
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
	if (unread.length > 0) {
		reason = unread.map(({ role, outcome }) => `${role.label} not read: ${outcome.reason}`).join('; ');
		route = 'FAILED';
	} else {
		const rows: Record<string, DocumentRow> = Object.fromEntries(documents.map(({ role, row }) => [role.role, row as DocumentRow]));
		const mismatches = documents.flatMap(({ role, outcome }) => (outcome.conflicts ?? []).map((conflict) => `${role.label}: ${describeConflict(conflict)}`));
		verification = verifyFile(spec, rows, { today: contextAt(new Date()).today }, { mismatches, notes: plan.notes });
		const { verdicts, reasons } = spec;
		reason =
			verification.verdict === verdicts.consistent
				? reasons.consistent
				: verification.verdict === verdicts.mismatch
					? `${reasons.mismatch}: ${verification.mismatches.join('; ')}`
					: `${reasons.incomplete}: ${verification.missing.join('; ')}`;
		route = verification.verdict === verdicts.consistent ? 'success' : 'needsReview';
	}
	// The item's own files go on; a document downloaded from a URL goes on under its role's name.
	const downloaded: IBinaryKeyData = Object.fromEntries(plan.documents.flatMap(({ role }, index) => (results[index].job.binary ? [[role.role, results[index].job.binary!]] : [])));
	const binary = passBinary ? { ...input.binary, ...downloaded } : {};
	return { route, json: fileItem(spec, format, verification, reason, documents), ...(Object.keys(binary).length ? { binary } : {}) };
}
