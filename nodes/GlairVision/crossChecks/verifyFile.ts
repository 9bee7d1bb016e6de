/**
 * A file of documents checked against itself: runs every line of its cross-check table over the
 * flattened rows of its documents' Reads and gives a verdict. Pure: no I/O, today passed in, and
 * no document named: the file (files/<file>/) says which roles it holds and what they compare.
 *
 * - A line compares the documents given (see runCrossCheck.ts).
 * - A role may be exempt for a file (the owner's KTP when the owner is a company): it is then
 *   compared nowhere, and a note says so if it was given.
 * - A required role not given, or a role needed because its exemption does not apply, makes the
 *   verdict incomplete (never consistent), unless something already mismatches.
 * - A line that runs under a file option (a face match, Dukcapil) is skipped while it is off.
 * - A check a person decided (Apply Review) passes in the words of that decision.
 * - Each document's own failed field checks (its `warnings` column) become notes; what the reads
 *   found themselves (two files of one document that disagree) comes first.
 */
import type { CrossCheck, CrossCheckedFile, CrossCheckResult, RowsByRole, Verification, VerifyContext } from './crossCheck';
import { cellText, lineBase, type LineInput } from './line';
import { runCrossCheck } from './runCrossCheck';

/** Each document's Read joins its own failed field checks into this column with "; ". */
const WARNINGS_COLUMN = 'warnings';

/** What the reads themselves found, before any cross-check: e.g. two STNK photos of two cars. */
export interface ReadProblems {
	mismatches: readonly string[];
	notes: readonly string[];
}

export function verifyFile(file: CrossCheckedFile, rows: RowsByRole, context: VerifyContext, found: ReadProblems = { mismatches: [], notes: [] }): Verification {
	const labels = new Map(file.roles.map((role) => [role.role, role.label]));
	const labelOf = (role: string) => labels.get(role) ?? role;
	const given = (role: string) => rows[role] !== undefined;
	const notes: string[] = [...found.notes];
	const missing: string[] = [];
	const mismatches: string[] = [...found.mismatches];

	const compared: string[] = [];
	for (const role of file.roles) {
		const exemption = role.exemption?.test(rows);
		if (exemption?.exempt) {
			if (given(role.role)) notes.push(`${role.exemption!.exempt} (${exemption.because}): the ${role.label} is not compared`);
			continue;
		}
		if (given(role.role)) compared.push(role.role);
		else if (exemption) missing.push(`no ${role.label} given, and ${role.exemption!.needed} (${exemption.because})`);
		else if (role.required) missing.push(`no ${role.label} given`);
	}

	const optionOff = (check: CrossCheck): CrossCheckResult | undefined => {
		if (check.option === undefined || context.options?.has(check.option)) return undefined;
		const option = file.options?.find((candidate) => candidate.name === check.option)?.displayName ?? check.option;
		return { ...lineBase(check, `${file.columnPrefix}${check.field}`), result: 'skipped', values: {}, detail: `${check.field}: not checked (${option} is off)` };
	};
	const lineInput = (check: CrossCheck): LineInput => ({ rows, compared, labelOf, today: context.today, column: `${file.columnPrefix}${check.field}` });
	const decide = (check: CrossCheckResult): CrossCheckResult => {
		const words = context.decided?.get(check.column);
		return words !== undefined && !check.soft && (check.result === 'mismatch' || check.result === 'missing') ? { ...check, result: 'match', detail: `${check.field}: ${words}` } : check;
	};
	const checks = file.crossChecks.map((check) => decide(optionOff(check) ?? runCrossCheck(check, lineInput(check))));
	for (const check of checks) {
		if (check.soft) {
			// Each document writes some things its own way (an address): worth a look, never a verdict.
			if (check.result === 'mismatch' || check.result === 'near') notes.push(`${check.detail} [soft check: compare by eye]`);
		} else if (check.result === 'mismatch') mismatches.push(check.detail);
		else if (check.result === 'missing') missing.push(check.detail);
		else if (check.result === 'near') notes.push(check.detail);
	}
	for (const role of file.roles) {
		const row = rows[role.role];
		if (!row) continue;
		for (const warning of cellText(row, WARNINGS_COLUMN).split('; ')) if (warning !== '') notes.push(`${role.label}: ${warning}`);
	}

	const { verdicts } = file;
	const verdict = mismatches.length > 0 ? verdicts.mismatch : missing.length > 0 ? verdicts.incomplete : verdicts.consistent;
	return { verdict, checks, mismatches, missing, notes };
}
