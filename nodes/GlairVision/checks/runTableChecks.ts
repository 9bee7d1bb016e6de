import type { CheckContext, CompanionValue } from '../indonesia/checkOutcome';
import type { FieldCheck, FieldValues } from './fieldCheck';
import { contextAt, runChecks, type CheckWarning } from './runChecks';
import type { TableCheck } from './tableCheck';

/** A document's checks of its tables: each table's row checks by list, and the checks over whole tables. */
export interface TableChecks {
	tables: ReadonlyArray<{ list: string; checks?: readonly FieldCheck[] }>;
	tableChecks?: readonly TableCheck[];
}

export interface TableCheckResult {
	/** By list: each row's companions, every companion column of the row's checks present ('' where it does not apply). */
	rowCompanions: Record<string, Array<Record<string, CompanionValue>>>;
	/** Each naming the list and the row ("members[2].nik: ..."), or the total ("total_credit_transaction: ..."). */
	warnings: CheckWarning[];
}

/**
 * Runs a document's row checks on every row (each row's values beside the document's, so a
 * transaction's date is checked against the statement's period) and its table checks on every
 * table. Values are never changed: the result only adds companions and warnings.
 *
 * @param values the document's column -> value as GLAIR returned it
 * @param rows by list, each row's column -> value
 */
export function runTableChecks(
	spec: TableChecks,
	values: ReadonlyMap<string, string>,
	rows: Readonly<Record<string, ReadonlyArray<ReadonlyMap<string, string>>>>,
	context: CheckContext = contextAt(new Date()),
): TableCheckResult {
	const result: TableCheckResult = { rowCompanions: {}, warnings: [] };
	for (const table of spec.tables) {
		const checks = table.checks ?? [];
		const blank = Object.fromEntries(checks.flatMap((check) => check.companions.map(({ column }) => [column, ''])));
		result.rowCompanions[table.list] = (rows[table.list] ?? []).map((row, index) => {
			const checked = runChecks(checks, new Map([...values, ...row]), context);
			// A row's column is named by its row ("members[2].nik"); a document's column a row check reads stays as it is.
			const named = (column: string) => (row.has(column) ? `${table.list}[${index}].${column}` : column);
			result.warnings.push(...checked.warnings.map((warning) => ({ columns: warning.columns.map(named), problem: warning.problem, text: `${table.list}[${index}].${warning.text}` })));
			return { ...blank, ...checked.companions };
		});
	}
	const trimmed = (column: string) => (values.get(column) ?? '').trim();
	for (const check of spec.tableChecks ?? []) {
		if (check.columns.some((column) => trimmed(column) === '')) continue;
		const ofRows: FieldValues[] = (rows[check.list] ?? []).map((row) => Object.fromEntries(check.rowColumns.map((column) => [column, (row.get(column) ?? '').trim()])));
		const documentValues: FieldValues = Object.fromEntries([...check.columns, ...check.optionalColumns].map((column) => [column, trimmed(column)]));
		const outcome = check.check(ofRows, documentValues, context);
		if (outcome.problem !== undefined) result.warnings.push({ columns: check.columns, problem: outcome.problem, text: `${check.columns[0] ?? check.list}: ${outcome.problem}` });
	}
	return result;
}
