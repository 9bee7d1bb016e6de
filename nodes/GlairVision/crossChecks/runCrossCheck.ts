/**
 * One line of a cross-check table run over the documents given: every value read is compared with
 * every other, and the line's result is the worst difference found (or `missing` when a value
 * needed was not read). Pure.
 */
import { toIsoDate, type CalendarDate } from '../indonesia/dates';
import { compare, compareValidUntil, type Compared, type Comparison } from './compare';
import type { CrossCheck, CrossCheckResult, DocumentRow, RowsByRole, SourceValue } from './crossCheck';

interface Entry {
	role: string;
	/** How messages name it: "BPKB", "STNK tax page", "BPKB stamp". */
	label: string;
	key: string;
	text: string;
	/** The document's first value: needed. */
	needed: boolean;
}

export function cellText(row: DocumentRow, column: string): string {
	const value = row[column];
	return value === undefined || value === null ? '' : String(value).trim();
}

function entriesOf(check: CrossCheck, rows: RowsByRole, roles: readonly string[], labelOf: (role: string) => string): Entry[] {
	return roles.flatMap((role) => {
		const reads = check.reads[role]!;
		const sources: readonly SourceValue[] = Array.isArray(reads) ? reads : [reads as SourceValue];
		return sources.map((source, index) => {
			const columns = typeof source === 'string' ? [source] : source.columns;
			const label = typeof source === 'string' ? labelOf(role) : source.label;
			const joined = columns.map((column) => cellText(rows[role]!, column)).filter((part) => part !== '').join(' ');
			return { role, label, key: columns.join('+'), text: joined, needed: index === 0 };
		});
	});
}

const shown = (entry: Entry) => `${entry.label} "${entry.text}"`;

interface Pair {
	a: Entry;
	b: Entry;
	compared: Compared;
}

/** Every pair of read values: a difference between any two is a difference of the field. */
function pairsOf(kind: Exclude<CrossCheck['kind'], 'validUntil'>, read: readonly Entry[]): Pair[] {
	const pairs: Pair[] = [];
	for (let i = 0; i < read.length; i++) {
		for (let j = i + 1; j < read.length; j++) pairs.push({ a: read[i], b: read[j], compared: compare(kind, read[i].text, read[j].text) });
	}
	return pairs;
}

/**
 * The first value against those that differ from it (`BPKB "X" vs STNK "Y", KTP "Z"`), else the first
 * differing pair: every document involved is named with its value, and why it is near if it is.
 */
function describeDifference(read: readonly Entry[], pairs: readonly Pair[], result: Comparison): string {
	const different = pairs.filter((pair) => pair.compared.result === result);
	const againstFirst = different.filter((pair) => pair.a === read[0]).map((pair) => pair.b);
	const [first, others] = againstFirst.length > 0 ? [read[0], againstFirst] : [different[0].a, [different[0].b]];
	const whys = [...new Set(different.map((pair) => pair.compared.why).filter((why) => why !== undefined))];
	return `${shown(first)} vs ${others.map(shown).join(', ')}${whys.length > 0 ? ` (${whys.join('; ')})` : ''}`;
}

function valuesByRole(entries: readonly Entry[]): CrossCheckResult['values'] {
	const values: CrossCheckResult['values'] = {};
	for (const entry of entries) (values[entry.role] ??= {})[entry.key] = entry.text;
	return values;
}

function base(check: CrossCheck): Pick<CrossCheckResult, 'column' | 'field' | 'label' | 'soft'> {
	return { column: check.column, field: check.field, label: check.label, soft: check.soft };
}

/** A line with too few of its documents given (the plate without an STNK). */
export function skippedCheck(check: CrossCheck, given: readonly string[], labelOf: (role: string) => string): CrossCheckResult {
	const wanted = Object.keys(check.reads).map(labelOf);
	const what = given.length === 0 ? 'none given' : `only ${given.map(labelOf).join(', ')} given`;
	const needs = check.kind === 'validUntil' ? `needs the ${wanted.join(', ')}` : `needs two of ${wanted.join(', ')}`;
	return { ...base(check), result: 'skipped', values: {}, detail: `${check.field}: not compared (${needs}; ${what})` };
}

function runValidUntil(check: CrossCheck, entry: Entry, today: CalendarDate): CrossCheckResult {
	const { what, noticeDays } = check.validUntil!;
	const compared = compareValidUntil(entry.text, today, noticeDays);
	const done = { ...base(check), result: compared.result, values: valuesByRole([entry]) };
	switch (compared.result) {
		case 'match':
			return { ...done, detail: `${check.field}: ${what} is valid (${shown(entry)})` };
		case 'near':
			return { ...done, detail: `${check.field}: ${what} ${compared.why} (${shown(entry)})` };
		case 'mismatch':
			return { ...done, detail: `${check.field}: ${shown(entry)} vs today ${toIsoDate(today)}: ${what} ${compared.why}` };
		case 'missing':
			return { ...done, detail: entry.text === '' ? `${check.field}: not read on the ${entry.label}` : `${check.field}: ${shown(entry)} is not a date, so whether ${what} is valid is unknown` };
	}
}

function runComparison(check: CrossCheck, entries: readonly Entry[]): CrossCheckResult {
	const kind = check.kind as Exclude<CrossCheck['kind'], 'validUntil'>;
	const read = entries.filter((entry) => entry.text !== '');
	const unread = entries.filter((entry) => entry.text === '' && entry.needed);
	const pairs = pairsOf(kind, read);
	const has = (result: Comparison) => pairs.some((pair) => pair.compared.result === result);
	const done = { ...base(check), values: valuesByRole(entries) };
	// A proven difference says more than a value not read, so it comes first.
	if (has('mismatch')) return { ...done, result: 'mismatch', detail: `${check.field}: ${describeDifference(read, pairs, 'mismatch')}` };
	if (unread.length > 0 || pairs.length === 0) {
		const where = unread.map((entry) => `the ${entry.label}`).join(' and ');
		return { ...done, result: 'missing', detail: `${check.field}: not read on ${where || 'enough documents to compare'}` };
	}
	if (has('near')) return { ...done, result: 'near', detail: `${check.field}: nearly the same, ${describeDifference(read, pairs, 'near')}` };
	const agreeing = [...new Set(read.map((entry) => entry.label))].join(', ');
	return { ...done, result: 'match', detail: `${check.field}: ${agreeing} agree ("${read[0].text}")` };
}

/**
 * Runs one line over the roles compared (those given and not exempt). It needs two of its
 * documents (a `validUntil` line: its one document); with fewer it is `skipped`.
 */
export function runCrossCheck(check: CrossCheck, rows: RowsByRole, compared: readonly string[], labelOf: (role: string) => string, today: CalendarDate): CrossCheckResult {
	const roles = Object.keys(check.reads).filter((role) => compared.includes(role));
	const enough = check.kind === 'validUntil' ? roles.length >= 1 : roles.length >= 2;
	if (!enough) return skippedCheck(check, roles, labelOf);
	const entries = entriesOf(check, rows, roles, labelOf);
	return check.kind === 'validUntil' ? runValidUntil(check, entries[0], today) : runComparison(check, entries);
}
