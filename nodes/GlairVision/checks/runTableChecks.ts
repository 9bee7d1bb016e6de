import type { CheckContext, CompanionValue } from '../indonesia/checkOutcome';
import type { FieldCheck, FieldValues } from './fieldCheck';
import { checkRow, contextAt, runChecks, type CheckWarning, type DocumentCheckResult } from './runChecks';
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

/** How a row's column is named in warnings, reasons and a review's answers: "members[2].nik". */
export function rowColumn(list: string, index: number, column: string): string {
	return `${list}[${index}].${column}`;
}

/** A row's column named by rowColumn, taken apart; undefined for any other column. */
export function parseRowColumn(column: string): { list: string; index: number; column: string } | undefined {
	const match = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(column);
	return match ? { list: match[1], index: Number(match[2]), column: match[3] } : undefined;
}

/** A document's checks: of its own fields, and of its tables when it has some. */
export interface DocumentChecks {
	checks: readonly FieldCheck[];
	tables?: TableChecks['tables'];
	tableChecks?: TableChecks['tableChecks'];
}

export interface CheckedDocument extends DocumentCheckResult {
	/** A document with tables: what each row's checks added, by list. */
	rowCompanions?: TableCheckResult['rowCompanions'];
}

/**
 * Runs a document's field checks on its row (checkRow) and, when it has tables, its row and table
 * checks on its rows: the warnings of both, the document's first. For a read and a corrected read alike.
 */
export function checkDocument(
	spec: DocumentChecks,
	values: ReadonlyMap<string, string>,
	rows: Readonly<Record<string, ReadonlyArray<ReadonlyMap<string, string>>>>,
	context: CheckContext = contextAt(new Date()),
): CheckedDocument {
	const checked = checkRow(spec.checks, values, context);
	if (!spec.tables?.length) return checked;
	const tabled = runTableChecks({ tables: spec.tables, tableChecks: spec.tableChecks }, values, rows, context);
	return { companions: checked.companions, warnings: [...checked.warnings, ...tabled.warnings], rowCompanions: tabled.rowCompanions };
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
			const named = (column: string) => (row.has(column) ? rowColumn(table.list, index, column) : column);
			result.warnings.push(...checked.warnings.map((warning) => ({ columns: warning.columns.map(named), problem: warning.problem, text: rowColumn(table.list, index, warning.text) })));
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
