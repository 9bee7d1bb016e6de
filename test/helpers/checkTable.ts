/**
 * Table-driven tests of a document's check table, as the BPKB's rules.test.ts does them: each
 * case runs one row on the values given, and every row must have a passing and a failing case.
 */
import type { DocumentSpec } from '../../nodes/GlairVision/documents/spec';
import { specProblems } from './specProblems';
import type { CheckRow, CheckValues } from '../../nodes/GlairVision/checks/checkRow';
import type { CheckContext } from '../../nodes/GlairVision/indonesia/checkOutcome';

export interface RuleCase {
	/** "<first column>/<rule>" */
	row: string;
	values: Record<string, string>;
	/** Absent: the rule passes. */
	problem?: RegExp;
	/** Exactly the companions expected (none when absent). */
	companions?: Record<string, string | number | boolean>;
}

export const pass = (row: string, values: RuleCase['values'], companions?: RuleCase['companions']): RuleCase => ({ row, values, companions });
export const fail = (row: string, values: RuleCase['values'], problem: RegExp, companions?: RuleCase['companions']): RuleCase => ({
	row,
	values,
	problem,
	companions,
});

export function rowId(row: CheckRow): string {
	return `${row.fields[0]}/${row.rule}`;
}

export function describeCheckTable(spec: DocumentSpec, cases: readonly RuleCase[], context: CheckContext, rowsThatNeverWarn: readonly string[] = []): void {
	const rows = new Map(spec.checks.map((row) => [rowId(row), row]));
	const columns = [...new Set(spec.checks.flatMap((row) => row.fields))];
	const run = (ruleCase: RuleCase) => {
		const row = rows.get(ruleCase.row);
		if (!row) throw new Error(`no check row ${ruleCase.row}`);
		const values: CheckValues = Object.fromEntries(columns.map((column) => [column, ruleCase.values[column] ?? '']));
		return { row, outcome: row.check(values, context) };
	};

	describe(`each rule of the ${spec.shortName} check table`, () => {
		test.each(cases.map((ruleCase) => [ruleCase.row, JSON.stringify(ruleCase.values), ruleCase] as const))('%s %s', (_row, _values, ruleCase) => {
			const { row, outcome } = run(ruleCase);
			if (ruleCase.problem) expect(outcome.problem).toMatch(ruleCase.problem);
			else expect(outcome.problem).toBeUndefined();
			expect(outcome.companions ?? {}).toEqual(ruleCase.companions ?? {});
			for (const key of Object.keys(outcome.companions ?? {})) expect(row.companions).toContain(key);
		});

		test.each([...rows.keys()])('%s has passing and failing cases', (id) => {
			const ofRow = cases.filter((ruleCase) => ruleCase.row === id);
			expect(ofRow.some((ruleCase) => !ruleCase.problem)).toBe(true);
			expect(ofRow.some((ruleCase) => ruleCase.problem)).toBe(!rowsThatNeverWarn.includes(id));
		});

		test('has one row per column and rule, in a spec without contradictions', () => {
			expect(rows.size).toBe(spec.checks.length);
			expect(specProblems(spec)).toEqual([]);
		});
	});
}
