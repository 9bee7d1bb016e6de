/**
 * What a person must look at in a file of documents checked together (a vehicle file): the columns
 * of the cross-checks that differ or miss a value, named as the file's row names them (the role's
 * prefix, e.g. bpkb_nomor_rangka) and labelled with the role (e.g. "BPKB: Chassis Number / VIN
 * (Nomor Rangka)"). Generic over files/: no document is named here.
 */
import type { IDataObject } from 'n8n-workflow';

import type { CrossCheckResult, Verification } from '../../crossChecks/crossCheck';
import { allFields } from '../../documents/fieldList';
import { isDocumentRole, resultWord, type FileSpec } from '../../files/spec';
import { reviewFields, type ColumnContent, type ReviewField } from './reviewFields';
import type { ReviewReason } from './reviewReasons';

/** A document's column in its file's row: the role's name, then the column. */
export function fileColumn(role: string, column: string): string {
	return `${role}_${column}`;
}

/** The label of every column of the given roles a reason may name: "<role label>: <field label>". */
export function fileColumnLabels(spec: FileSpec, roles: ReadonlySet<string>): Map<string, string> {
	const labels = new Map<string, string>();
	for (const role of spec.roles) {
		// A picture (a selfie) has no column a person could correct.
		if (!roles.has(role.role) || !isDocumentRole(role)) continue;
		for (const field of allFields(role.document)) labels.set(fileColumn(role.role, field.column), `${role.label}: ${field.label}`);
	}
	return labels;
}

/**
 * A hard cross-check that differs names every value it compared that was read; one that misses a
 * value names the values not read. Each column's words are the check's own line.
 */
function checkReason(check: CrossCheckResult): ReviewReason | undefined {
	if (check.soft || (check.result !== 'mismatch' && check.result !== 'missing')) return undefined;
	const columns = Object.entries(check.values).flatMap(([role, byKey]) =>
		Object.entries(byKey ?? {})
			.filter(([, text]) => (check.result === 'mismatch' ? text !== '' : text === ''))
			// A value written over several columns (the KTP's address) is named "a+b".
			.flatMap(([key]) => key.split('+').map((column) => ({ column: fileColumn(role, column), words: check.detail }))),
	);
	return { kind: 'crossCheck', text: check.detail, columns };
}

/**
 * Why a file needs a person, and at which columns: what its reads found (`found`: two files of one
 * document that disagree), its hard cross-checks that differ or miss a value, then what else the
 * verdict names, without a column (a document not given).
 */
export function fileReasons(verification: Verification, found: readonly ReviewReason[] = []): ReviewReason[] {
	const checks = verification.checks.map(checkReason).filter((reason) => reason !== undefined);
	const named = new Set([...found, ...checks].map((reason) => reason.text));
	const rest = [...verification.mismatches, ...verification.missing]
		.filter((text) => !named.has(text))
		.map((text): ReviewReason => ({ kind: 'crossCheck', text, columns: [] }));
	return [...found, ...checks, ...rest];
}

/**
 * The choices on a check a person decides, the first kept as it is. A GLAIR call's judgement (a
 * face match, liveness, Dukcapil) is never judged again from columns: a person says whether it
 * stands, and Apply Review records the decision.
 */
export const DECISION = { keep: 'Keep as failed', verified: 'A person verified it in person' } as const;

/**
 * What a person must look at in a file: the columns of its reasons, with what the row holds
 * (`content`), then a decision for each hard check that failed or could not run and either shows
 * no column a person can correct (a call's judgement, a KTP's photocopy flag) or is one a person
 * may decide (a KK without the applicant, a stranger's car: crossChecks' `decidable`).
 */
export function fileReviewFields(verification: Verification, reasons: readonly ReviewReason[], content: (column: string) => ColumnContent | undefined): ReviewField[] {
	const fields = reviewFields(reasons, content);
	const shown = new Set(fields.map((field) => field.column));
	const decisions = verification.checks.flatMap((check): ReviewField[] => {
		const reason = checkReason(check);
		if (!reason || (!check.decidable && reason.columns.some(({ column }) => shown.has(column)))) return [];
		return [{ column: check.column, label: check.label, value: DECISION.keep, confidence: null, reasons: [check.detail], options: [DECISION.keep, DECISION.verified] }];
	});
	return [...fields, ...decisions];
}

/** The file's `reason` for its verdict: the file's words, then the differences or what is missing (both, where one word says either). */
export function verdictReason(spec: FileSpec, verification: Verification): string {
	const { verdicts, reasons } = spec;
	if (verification.verdict === verdicts.consistent) return reasons.consistent;
	if (verification.verdict === verdicts.mismatch && verification.mismatches.length > 0) {
		return `${reasons.mismatch}: ${[...verification.mismatches, ...(verdicts.mismatch === verdicts.incomplete ? verification.missing : [])].join('; ')}`;
	}
	return `${reasons.incomplete}: ${verification.missing.join('; ')}`;
}

/**
 * A verification's lists in a file's item, joined with "; " in a row, lists nested. A file with one
 * word for a mismatch and for something missing (an applicant's REVIEW) names them all in `reasons`;
 * the others keep the two apart.
 */
export function verificationColumns(spec: FileSpec, verification: Verification | undefined, shape: 'flattened' | 'nested'): IDataObject {
	const mismatches = verification?.mismatches ?? [];
	const missing = verification?.missing ?? [];
	const notes = verification?.notes ?? [];
	const lists: Record<string, string[]> = spec.verdicts.mismatch === spec.verdicts.incomplete ? { reasons: [...mismatches, ...missing], notes } : { mismatches, missing, notes };
	return shape === 'nested' ? lists : Object.fromEntries(Object.entries(lists).map(([key, list]) => [key, list.join('; ')]));
}

/** Each cross-check's result in the file's words: its column (and the values it names) in a row, the checks nested. */
export function checkColumns(spec: FileSpec, verification: Verification | undefined, shape: 'flattened' | 'nested'): IDataObject {
	const checks = verification?.checks ?? [];
	if (shape === 'nested') return { checks: checks.map((check) => ({ ...check, result: resultWord(spec, check.result) })) as unknown as IDataObject[] };
	return Object.assign({}, ...checks.map((check) => ({ [check.column]: resultWord(spec, check.result), ...check.named })));
}
