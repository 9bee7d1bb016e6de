/**
 * Table-driven tests of a document's field-check table: each case runs one field check on the values
 * given, and every field check must have a passing and a failing case.
 */
import type { DocumentSpec } from '../../nodes/GlairVision/documents/spec';
import { specProblems } from './specProblems';
import type { FieldCheck, FieldValues } from '../../nodes/GlairVision/checks/fieldCheck';
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

/** Runs the field check a case names on the case's values (every other column of the table empty). */
export function runCase(spec: DocumentSpec, ruleCase: RuleCase, context: CheckContext) {
	const fieldCheck = spec.checks.find((candidate) => fieldCheckId(candidate) === ruleCase.check);
	if (!fieldCheck) throw new Error(`no field check ${ruleCase.check}`);
	const columns = [...new Set(spec.checks.flatMap((candidate) => [...candidate.columns, ...(candidate.optionalColumns ?? [])]))];
	const values: FieldValues = Object.fromEntries(columns.map((column) => [column, ruleCase.values[column] ?? '']));
	return { fieldCheck, outcome: fieldCheck.check(values, context) };
}

export function describeCheckTable(spec: DocumentSpec, cases: readonly RuleCase[], context: CheckContext, checksThatNeverWarn: readonly string[] = []): void {
	const ids = spec.checks.map(fieldCheckId);

	describe(`each rule of the ${spec.shortName} check table`, () => {
		test.each(cases.map((ruleCase) => [ruleCase.check, JSON.stringify(ruleCase.values), ruleCase] as const))('%s %s', (_check, _values, ruleCase) => {
			const { fieldCheck, outcome } = runCase(spec, ruleCase, context);
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
			expect(specProblems(spec)).toEqual([]);
		});
	});
}
