import type { CheckContext, CheckOutcome } from '../indonesia/checkOutcome';

/** Trimmed values by flattened column; every column a row lists is non-empty when it runs. */
export type CheckValues = Readonly<Record<string, string>>;

/**
 * One line of a document's check table: a rule bound to the columns it reads and the companion
 * columns it may add. A row runs only when every column in `fields` was returned by GLAIR and is
 * not empty, so asking for one page never warns about another page's fields.
 */
export interface CheckRow {
	/** The columns read; the first is the one named in the warning. */
	fields: readonly [string, ...string[]];
	/** Short stable name of the rule, for filtering and tests. */
	rule: string;
	description: string;
	/** Companion columns this row may add next to the values. */
	companions: readonly string[];
	check: (values: CheckValues, context: CheckContext) => CheckOutcome;
}
