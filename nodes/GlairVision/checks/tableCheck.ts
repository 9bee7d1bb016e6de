import type { CheckContext, CheckOutcome } from '../indonesia/checkOutcome';
import type { FieldValues } from './fieldCheck';

/**
 * One line of a document's table-check list (documents/<type>/checks.ts): a rule over all the rows
 * of one table, with the document's own fields beside them: the transactions' credits add up to
 * the statement's total, a KK has one head of the family. Built by `tableChecks.<rule>(...)`
 * (checks/tableChecks.ts). It runs when every column in `columns` was read and is not empty; its
 * warning leads with the first of them, or with the list when it reads none.
 */
export interface TableCheck {
	/** The table's list name, e.g. "transactions". */
	list: string;
	/** The row columns it reads. */
	rowColumns: readonly string[];
	/** The document columns it needs. */
	columns: readonly string[];
	/** Document columns it also reads when they were read (a receipt's tax). */
	optionalColumns: readonly string[];
	/** Short stable name of the rule, for filtering and tests. */
	rule: string;
	description: string;
	/** `rows`: each row's trimmed values of `rowColumns`; `values`: the document's, of `columns` and `optionalColumns`. */
	check: (rows: readonly FieldValues[], values: FieldValues, context: CheckContext) => CheckOutcome;
}
