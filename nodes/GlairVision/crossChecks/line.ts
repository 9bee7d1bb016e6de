/**
 * What every line's runner shares (runCrossCheck.ts, people.ts, judgements.ts): what a line is run
 * with, a row's value as text, the roles a line reads, and a line skipped. Pure.
 */
import type { CalendarDate } from '../indonesia/dates';
import type { Cell, CrossCheck, CrossCheckResult, DocumentRow, RowsByRole } from './crossCheck';

/** What a line is run with: the rows, the roles compared (given and not exempt), and its column. */
export interface LineInput {
	rows: RowsByRole;
	compared: readonly string[];
	labelOf: (role: string) => string;
	today: CalendarDate;
	column: string;
}

/** A value as text, trimmed ('' for none, and for a table's list of rows). */
export function cellText(row: Readonly<Record<string, Cell | readonly unknown[]>>, column: string): string {
	const value = row[column];
	return value === undefined || value === null || typeof value === 'object' ? '' : String(value).trim();
}

/** What every result of a line carries. */
export function lineBase(check: CrossCheck, column: string): Pick<CrossCheckResult, 'column' | 'field' | 'label' | 'soft' | 'decidable'> {
	return { column, field: check.field, label: check.label, soft: check.soft, ...(check.decidable ? { decidable: true } : {}) };
}

/** The roles a line reads from, for whether enough of them were given. */
export function rolesOf(check: CrossCheck): string[] {
	switch (check.kind) {
		case 'firstOf':
			return [...new Set(check.alternatives.flatMap((alternative) => Object.keys(alternative.reads)))];
		case 'listed':
			return [check.person.role, check.list.role];
		case 'relation':
			return [...new Set([...check.owner.map((owner) => owner.role), check.person.role, check.household.role])];
		case 'flags':
			return [check.role];
		case 'judged':
			return [];
		default:
			return Object.keys(check.reads);
	}
}

/** A line with too few of its documents given (the plate without an STNK), or none of those it needs. */
export function skippedCheck(check: CrossCheck, column: string, given: readonly string[], labelOf: (role: string) => string, needs?: string): CrossCheckResult {
	const wanted = rolesOf(check).map(labelOf);
	const what = given.length === 0 ? 'none given' : `only ${given.map(labelOf).join(', ')} given`;
	const needed = needs ?? (check.kind === 'validUntil' || check.kind === 'flags' ? `needs the ${wanted.join(', ')}` : `needs two of ${wanted.join(', ')}`);
	return { ...lineBase(check, column), result: 'skipped', values: {}, detail: `${check.field}: not compared (${needed}; ${what})` };
}

/** The rows of a document's table, each a row of its own (a KK's members); [] when there is none. */
export function tableRows(row: DocumentRow | undefined, table: string): ReadonlyArray<Readonly<Record<string, Cell>>> {
	const list = row?.[table];
	return Array.isArray(list) ? (list as ReadonlyArray<Readonly<Record<string, Cell>>>) : [];
}
