/**
 * Lines whose result is not a comparison of values: flags a document's read raises (a photocopy,
 * a photo of a screen), and results judged elsewhere (a GLAIR call that is not a document read,
 * e.g. a face match), read from a row that carries the result and its detail. Pure.
 */
import type { CrossCheckOutcome, CrossCheckResult, FlagsLine, JudgedLine } from './crossCheck';
import { JUDGED_COLUMNS } from './crossCheck';
import { cellText, lineBase, skippedCheck, type LineInput } from './line';

type Flag = 'raised' | 'clear' | 'ungraded';

function flagOf(value: unknown): Flag {
	if (value === true || value === 'true') return 'raised';
	if (value === false || value === 'false') return 'clear';
	return 'ungraded';
}

/** Passed while no flag is raised; `missing` when a flag was not graded at all (GLAIR sent no grades). */
export function runFlags(check: FlagsLine, input: LineInput): CrossCheckResult {
	const { rows, compared, labelOf, column } = input;
	if (!compared.includes(check.role)) return skippedCheck(check, column, [], labelOf);
	const row = rows[check.role]!;
	const flags = Object.entries(check.flags).map(([flagColumn, words]) => ({ flagColumn, words, flag: flagOf(row[flagColumn]) }));
	const values = { [check.role]: Object.fromEntries(flags.map(({ flagColumn, flag }) => [flagColumn, flag === 'ungraded' ? '' : String(flag === 'raised')])) };
	const done = { ...lineBase(check, column), values };
	const label = labelOf(check.role);
	const raised = flags.filter(({ flag }) => flag === 'raised');
	if (raised.length > 0) return { ...done, result: 'mismatch', detail: `${check.field}: ${label}: ${raised.map(({ words }) => words).join('; ')}` };
	const ungraded = flags.filter(({ flag }) => flag === 'ungraded');
	if (ungraded.length > 0) return { ...done, result: 'missing', detail: `${check.field}: the ${label}'s picture was not graded (${ungraded.map(({ flagColumn }) => flagColumn).join(', ')})` };
	return { ...done, result: 'match', detail: `${check.field}: the ${label}'s picture raises none of ${flags.map(({ flagColumn }) => flagColumn).join(', ')}` };
}

const OUTCOMES: readonly CrossCheckOutcome[] = ['match', 'near', 'mismatch', 'missing', 'skipped'];

/**
 * The result a row of judgement carries (its `result`, its `detail`), and its other values as the
 * values compared (a score, a status). No row: the judgement was not asked for.
 */
export function runJudged(check: JudgedLine, input: LineInput): CrossCheckResult {
	const { rows, column } = input;
	const row = rows[check.source];
	if (!row) return { ...lineBase(check, column), result: 'skipped', values: {}, detail: `${check.field}: not asked for` };
	const said = cellText(row, JUDGED_COLUMNS.result) as CrossCheckOutcome;
	// A judgement in other words is one the engine cannot vouch for: a person looks.
	const result = OUTCOMES.includes(said) ? said : 'missing';
	const others = Object.keys(row).filter((name) => name !== JUDGED_COLUMNS.result && name !== JUDGED_COLUMNS.detail);
	const values = { [check.source]: Object.fromEntries(others.map((name) => [name, cellText(row, name)])) };
	return { ...lineBase(check, column), result, values, detail: `${check.field}: ${cellText(row, JUDGED_COLUMNS.detail)}` };
}
