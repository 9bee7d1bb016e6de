/**
 * One line of a cross-check table run over the documents given. A comparison compares every value
 * read with every other, and its result is the worst difference found (or `missing` when a value
 * needed was not read); the other kinds of line (a person in a household's table, whose a vehicle
 * is, flags, a judgement made elsewhere) are in people.ts and judgements.ts. Pure.
 */
import { toIsoDate, type CalendarDate } from '../indonesia/dates';
import { isNikProvince, parseNik } from '../indonesia/nik';
import { compare, compareValidUntil, type CompareKind, type Compared, type Comparison } from './compare';
import type { ComparisonLine, CrossCheck, CrossCheckResult, FirstOfLine, Reads, RowsByRole, SourceValue, ValidUntilLine } from './crossCheck';
import { runFlags, runJudged } from './judgements';
import { cellText, lineBase, rolesOf, skippedCheck, type LineInput } from './line';
import { runListed, runRelation } from './people';

interface Entry {
	role: string;
	/** How messages name it: "BPKB", "STNK tax page", "BPKB stamp". */
	label: string;
	key: string;
	text: string;
	/** The document's first value: needed. */
	needed: boolean;
}

/** A value that counts only when it is a NIK (an NPWP number's 16-digit form) is '' otherwise. */
function acceptedText(source: SourceValue, text: string): string {
	if (typeof source === 'string' || source.only !== 'nik') return text;
	const nik = parseNik(text);
	return nik && isNikProvince(nik.province) ? text : '';
}

function entriesOf(reads: Reads, rows: RowsByRole, roles: readonly string[], labelOf: (role: string) => string): Entry[] {
	return roles.flatMap((role) => {
		const read = reads[role]!;
		const sources: readonly SourceValue[] = Array.isArray(read) ? read : [read as SourceValue];
		return sources.map((source, index) => {
			const columns = typeof source === 'string' ? [source] : source.columns;
			const label = typeof source === 'string' ? labelOf(role) : source.label;
			const joined = columns.map((column) => cellText(rows[role]!, column)).filter((part) => part !== '').join(' ');
			return { role, label, key: columns.join('+'), text: acceptedText(source, joined), needed: index === 0 };
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
function pairsOf(kind: CompareKind, read: readonly Entry[]): Pair[] {
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

function runValidUntil(check: ValidUntilLine, column: string, entry: Entry, today: CalendarDate): CrossCheckResult {
	const { what, noticeDays } = check.validUntil;
	const compared = compareValidUntil(entry.text, today, noticeDays);
	const done = { ...lineBase(check, column), result: compared.result, values: valuesByRole([entry]) };
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

function runComparison(check: CrossCheck, column: string, kind: CompareKind, entries: readonly Entry[]): CrossCheckResult {
	const read = entries.filter((entry) => entry.text !== '');
	const unread = entries.filter((entry) => entry.text === '' && entry.needed);
	const pairs = pairsOf(kind, read);
	const has = (result: Comparison) => pairs.some((pair) => pair.compared.result === result);
	const done = { ...lineBase(check, column), values: valuesByRole(entries) };
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

/** The first way to compare whose documents were all given and whose values were all read. */
function runFirstOf(check: FirstOfLine, input: LineInput): CrossCheckResult {
	const { rows, compared, labelOf, column } = input;
	let last: CrossCheckResult | undefined;
	for (const alternative of check.alternatives) {
		const roles = Object.keys(alternative.reads).filter((role) => compared.includes(role));
		if (roles.length < 2) continue;
		last = runComparison(check, column, alternative.kind, entriesOf(alternative.reads, rows, roles, labelOf));
		if (last.result !== 'missing') return last;
	}
	return last ?? skippedCheck(check, column, rolesOf(check).filter((role) => compared.includes(role)), labelOf);
}

/**
 * Runs one line over the roles compared (those given and not exempt). A comparison needs two of
 * its documents (a `validUntil` line its one document); with fewer it is `skipped`.
 */
export function runCrossCheck(check: CrossCheck, input: LineInput): CrossCheckResult {
	const { rows, compared, labelOf, today, column } = input;
	switch (check.kind) {
		case 'firstOf':
			return runFirstOf(check, input);
		case 'listed':
			return runListed(check, input);
		case 'relation':
			return runRelation(check, input);
		case 'flags':
			return runFlags(check, input);
		case 'judged':
			return runJudged(check, input);
		default: {
			const line: ComparisonLine | ValidUntilLine = check;
			const roles = Object.keys(line.reads).filter((role) => compared.includes(role));
			const enough = line.kind === 'validUntil' ? roles.length >= 1 : roles.length >= 2;
			if (!enough) return skippedCheck(line, column, roles, labelOf);
			const entries = entriesOf(line.reads, rows, roles, labelOf);
			return line.kind === 'validUntil' ? runValidUntil(line, column, entries[0], today) : runComparison(line, column, line.kind, entries);
		}
	}
}

