/**
 * Table-driven tests of a document's field-check table: each case runs one field check on the values
 * given, and every field check must have a passing and a failing case.
 */
import type { DocumentSpec } from '../../nodes/GlairVision/documents/spec';
import { specProblems } from './specProblems';
import type { FieldCheck, FieldValues } from '../../nodes/GlairVision/checks/fieldCheck';
import type { TableCheck } from '../../nodes/GlairVision/checks/tableCheck';
import type { CheckContext } from '../../nodes/GlairVision/indonesia/checkOutcome';

export interface RuleCase {
	/** "<first column>/<rule>" */
	check: string;
	values: Record<string, string>;
	/** Absent: the rule passes. */
	problem?: RegExp;
	/** Exactly the companions expected (none when absent). */
	companions?: Record<string, string | number | boolean>;
}

export const pass = (check: string, values: RuleCase['values'], companions?: RuleCase['companions']): RuleCase => ({ check, values, companions });
export const fail = (check: string, values: RuleCase['values'], problem: RegExp, companions?: RuleCase['companions']): RuleCase => ({
	check,
	values,
	problem,
	companions,
});

/** "<first column>/<rule>": unique in a table, because one rule may check several columns (`date`). */
export function fieldCheckId(fieldCheck: FieldCheck): string {
	return `${fieldCheck.columns[0]}/${fieldCheck.rule}`;
}

/** Runs the field check a case names on the case's values (every other column the checks read empty). */
export function runCase(checks: readonly FieldCheck[], ruleCase: RuleCase, context: CheckContext) {
	const fieldCheck = checks.find((candidate) => fieldCheckId(candidate) === ruleCase.check);
	if (!fieldCheck) throw new Error(`no field check ${ruleCase.check}`);
	const columns = [...new Set(checks.flatMap((candidate) => [...candidate.columns, ...(candidate.optionalColumns ?? [])]))];
	const values: FieldValues = Object.fromEntries(columns.map((column) => [column, ruleCase.values[column] ?? '']));
	return { fieldCheck, outcome: fieldCheck.check(values, context) };
}

export function describeCheckTable(spec: DocumentSpec, cases: readonly RuleCase[], context: CheckContext, checksThatNeverWarn: readonly string[] = []): void {
	describeChecks(`the ${spec.shortName} check table`, spec.checks, cases, context, checksThatNeverWarn, () => specProblems(spec));
}

/** The same for the checks of a table's rows: a case's values are the row's and the document's. */
export function describeRowChecks(spec: DocumentSpec, list: string, cases: readonly RuleCase[], context: CheckContext, checksThatNeverWarn: readonly string[] = []): void {
	const table = spec.tables?.find((candidate) => candidate.list === list);
	if (!table) throw new Error(`no table ${list}`);
	describeChecks(`the ${spec.shortName} ${list} row checks`, table.checks ?? [], cases, context, checksThatNeverWarn, () => specProblems(spec));
}

function describeChecks(
	title: string,
	checks: readonly FieldCheck[],
	cases: readonly RuleCase[],
	context: CheckContext,
	checksThatNeverWarn: readonly string[],
	problems: () => string[],
): void {
	const ids = checks.map(fieldCheckId);
	const spec = { checks };

	describe(`each rule of ${title}`, () => {
		test.each(cases.map((ruleCase) => [ruleCase.check, JSON.stringify(ruleCase.values), ruleCase] as const))('%s %s', (_check, _values, ruleCase) => {
			const { fieldCheck, outcome } = runCase(spec.checks, ruleCase, context);
			if (ruleCase.problem) expect(outcome.problem).toMatch(ruleCase.problem);
			else expect(outcome.problem).toBeUndefined();
			expect(outcome.companions ?? {}).toEqual(ruleCase.companions ?? {});
			for (const key of Object.keys(outcome.companions ?? {})) expect(fieldCheck.companions.map(({ column }) => column)).toContain(key);
		});

		test.each(ids)('%s has passing and failing cases', (id) => {
			const ofCheck = cases.filter((ruleCase) => ruleCase.check === id);
			expect(ofCheck.some((ruleCase) => !ruleCase.problem)).toBe(true);
			expect(ofCheck.some((ruleCase) => ruleCase.problem)).toBe(!checksThatNeverWarn.includes(id));
		});

		test('has one field check per column and rule, in a spec without contradictions', () => {
			expect(new Set(ids).size).toBe(spec.checks.length);
			expect(problems()).toEqual([]);
		});
	});
}

export interface TableCase {
	/** "<list>[/<first column>]/<rule>" */
	check: string;
	rows: ReadonlyArray<Record<string, string>>;
	values?: Record<string, string>;
	/** Absent: the rule passes. */
	problem?: RegExp;
}

export const passTable = (check: string, rows: TableCase['rows'], values: TableCase['values'] = {}): TableCase => ({ check, rows, values });
export const failTable = (check: string, rows: TableCase['rows'], values: TableCase['values'], problem: RegExp): TableCase => ({ check, rows, values, problem });

export function tableCheckId(check: TableCheck): string {
	return [check.list, check.columns[0], check.rule].filter((part) => part !== undefined).join('/');
}

/** Table-driven tests of a document's checks over whole tables: each must have a passing and a failing case. */
export function describeTableChecks(spec: DocumentSpec, cases: readonly TableCase[], context: CheckContext): void {
	const checks = spec.tableChecks ?? [];
	describe(`each rule over the ${spec.shortName}'s tables`, () => {
		test.each(cases.map((tableCase) => [tableCase.check, JSON.stringify(tableCase.rows), tableCase] as const))('%s %s', (_check, _rows, tableCase) => {
			const check = checks.find((candidate) => tableCheckId(candidate) === tableCase.check);
			if (!check) throw new Error(`no table check ${tableCase.check}`);
			const rows = tableCase.rows.map((row) => Object.fromEntries(check.rowColumns.map((column) => [column, row[column] ?? ''])));
			const values = Object.fromEntries([...check.columns, ...check.optionalColumns].map((column) => [column, tableCase.values?.[column] ?? '']));
			const outcome = check.check(rows, values, context);
			if (tableCase.problem) expect(outcome.problem).toMatch(tableCase.problem);
			else expect(outcome.problem).toBeUndefined();
		});

		test.each(checks.map(tableCheckId))('%s has passing and failing cases', (id) => {
			const ofCheck = cases.filter((tableCase) => tableCase.check === id);
			expect(ofCheck.some((tableCase) => !tableCase.problem)).toBe(true);
			expect(ofCheck.some((tableCase) => tableCase.problem)).toBe(true);
		});
	});
}
