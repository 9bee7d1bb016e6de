import type { FieldCheck } from './fieldCheck';
import type { CheckContext, CompanionValue } from '../indonesia/checkOutcome';

/** A field check that failed: its words, and the columns it read (what a person must look at). */
export interface CheckWarning {
	/** The columns the check read (its optional ones when they held a value), the one its words name first. */
	columns: readonly string[];
	/** What is wrong, without the column's name, e.g. "a VIN has 17 characters, this has 16". */
	problem: string;
	/** The line in the `warnings` column: "nomor_rangka: a VIN has 17 characters, this has 16". */
	text: string;
}

export interface DocumentCheckResult {
	/** Extra values next to the fields, e.g. pada_tanggal_iso, nomor_registrasi_normalized, isi_silinder_cc. */
	companions: Record<string, CompanionValue>;
	/** One per failed rule, in the table's order. */
	warnings: CheckWarning[];
}

/** The clock where n8n runs: a registration that ends today is judged by the local date. */
export function contextAt(now: Date): CheckContext {
	return { currentYear: now.getFullYear(), today: { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() } };
}

function defaultContext(): CheckContext {
	return contextAt(new Date());
}

/**
 * Runs every field check of a table whose columns were all read and are non-empty. Values are
 * never changed: the result only adds companions and warnings.
 *
 * @param values column -> value as GLAIR returned it; columns of pages not asked for are absent
 */
export function runChecks(
	table: readonly FieldCheck[],
	values: ReadonlyMap<string, string>,
	context: CheckContext = defaultContext(),
): DocumentCheckResult {
	const trimmed: Record<string, string> = {};
	const result: DocumentCheckResult = { companions: {}, warnings: [] };
	for (const fieldCheck of table) {
		let runs = true;
		for (const column of fieldCheck.columns) {
			trimmed[column] ??= (values.get(column) ?? '').trim();
			if (trimmed[column] === '') runs = false;
		}
		if (!runs) continue;
		for (const column of fieldCheck.optionalColumns ?? []) trimmed[column] ??= (values.get(column) ?? '').trim();
		const outcome = fieldCheck.check(trimmed, context);
		if (outcome.problem !== undefined) {
			// An optional column the check read (the MRZ's dates under its composite digit) may be the one misread.
			const columns = [...fieldCheck.columns, ...(fieldCheck.optionalColumns ?? []).filter((column) => trimmed[column] !== '')];
			result.warnings.push({ columns, problem: outcome.problem, text: `${fieldCheck.columns[0]}: ${outcome.problem}` });
		}
		Object.assign(result.companions, outcome.companions);
	}
	return result;
}

/**
 * Runs a table on a row of these columns (the fields of the pages asked for). Every companion
 * column of the checks of those columns (a check belongs to the first column it reads) is in the
 * result, empty when it does not apply, so each row a sheet receives has the same columns.
 */
export function checkRow(
	table: readonly FieldCheck[],
	values: ReadonlyMap<string, string>,
	context: CheckContext = defaultContext(),
): DocumentCheckResult {
	const checked = runChecks(table, values, context);
	const companions: Record<string, CompanionValue> = {};
	for (const fieldCheck of table) {
		if (values.has(fieldCheck.columns[0])) for (const { column } of fieldCheck.companions) companions[column] = '';
	}
	return { companions: Object.assign(companions, checked.companions), warnings: checked.warnings };
}
