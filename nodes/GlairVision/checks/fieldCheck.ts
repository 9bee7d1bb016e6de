import type { CheckContext, CheckOutcome } from '../indonesia/checkOutcome';

/** Trimmed values by flattened column; every column a field check reads is non-empty when it runs. */
export type FieldValues = Readonly<Record<string, string>>;

/** How a companion column is typed in the output schema the editor shows before a run. */
export type CompanionType = 'string' | 'number';

/** A column a check may add next to the document's values, e.g. pada_tanggal_iso. */
export interface CompanionColumn {
	column: string;
	type: CompanionType;
}

/**
 * One line of a document's field-check table (documents/<type>/checks.ts): a rule bound to the
 * columns it reads and the companion columns it may add. Built by `fieldChecks.<rule>(...)`
 * (checks/fieldChecks.ts), never by hand. A field check runs only when every column in `columns`
 * was returned by GLAIR and is not empty, so asking for one page never warns about another's.
 */
export interface FieldCheck {
	/** The columns read; the first is the one named in the warning. */
	columns: readonly [string, ...string[]];
	/** Short stable name of the rule, for filtering and tests. */
	rule: string;
	description: string;
	/** Companion columns this check may add next to the values. */
	companions: readonly CompanionColumn[];
	/** Columns it also reads when they were read, without waiting for them (an invoice's discount). */
	optionalColumns?: readonly string[];
	check: (values: FieldValues, context: CheckContext) => CheckOutcome;
}
