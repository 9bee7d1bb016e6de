/**
 * THE rules over a whole table a document can use. A document lists them beside its field checks
 * (documents/<type>/checks.ts):
 *
 *     tableChecks.rowsAddUp('transactions', 'credit_transaction', 'total_credit_transaction', { description: '...' })
 *
 * A new rule is its function in indonesia/ (with a test there) and one builder below.
 */
import {
	PASSED,
	adjustmentAddends,
	checkAddsUp,
	checkHeadOfFamilyNamed,
	checkOneHeadOfFamily,
	sumOfAmounts,
	type HouseholdMember,
} from '../indonesia';
import type { FieldValues } from './fieldCheck';
import type { TableCheck } from './tableCheck';

type Described = { description: string };

/** The columns of a KK's member rows the household rules read. */
interface MemberColumns {
	name: string;
	relation: string;
}

function membersOf(list: string, rows: readonly FieldValues[], { name, relation }: MemberColumns): HouseholdMember[] {
	return rows.map((row, index) => ({ label: `${list}[${index}]`, name: row[name] ?? '', relation: row[relation] ?? '' }));
}

export const tableChecks = {
	/**
	 * A column of the rows adds up to a total of the document, within one rupiah; with `plus` and
	 * `minus`, the rows' sum and those amounts do (a receipt without a subtotal: the items plus the
	 * tax). With `unlessRead`, it does not run when that column was read (another check covers it).
	 */
	rowsAddUp: (
		list: string,
		rowColumn: string,
		totalColumn: string,
		{ description, plus = [], minus = [], unlessRead }: Described & { plus?: readonly string[]; minus?: readonly string[]; unlessRead?: string },
	): TableCheck => ({
		list,
		rowColumns: [rowColumn],
		columns: [totalColumn],
		optionalColumns: [...plus, ...minus, ...(unlessRead ? [unlessRead] : [])],
		rule: 'rows-add-up',
		description,
		check: (rows, values) => {
			if (unlessRead && values[unlessRead]) return PASSED;
			const sum = sumOfAmounts(rows.map((row) => row[rowColumn] ?? ''));
			const others = adjustmentAddends(plus, minus, (column) => values[column] ?? '');
			if (!sum || !others) return PASSED;
			return checkAddsUp([{ label: `the sum of ${rowColumn} over ${sum.count} ${list}`, amount: sum.total, sign: 1 }, ...others], values[totalColumn], totalColumn);
		},
	}),
	/** Exactly one row's relationship is KEPALA KELUARGA. */
	oneHeadOfFamily: (list: string, columns: MemberColumns & Described): TableCheck => ({
		list,
		rowColumns: [columns.name, columns.relation],
		columns: [],
		optionalColumns: [],
		rule: 'one-head-of-family',
		description: columns.description,
		check: (rows) => checkOneHeadOfFamily(membersOf(list, rows, columns)),
	}),
	/** The head of the family named on the card is the row that is KEPALA KELUARGA. */
	headOfFamilyNamed: (list: string, nameColumn: string, columns: MemberColumns & Described): TableCheck => ({
		list,
		rowColumns: [columns.name, columns.relation],
		columns: [nameColumn],
		optionalColumns: [],
		rule: 'head-of-family-named',
		description: columns.description,
		check: (rows, values) => checkHeadOfFamilyNamed(values[nameColumn], membersOf(list, rows, columns)),
	}),
};
