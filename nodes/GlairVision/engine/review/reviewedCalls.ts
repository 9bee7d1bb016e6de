/**
 * A file's GLAIR calls (a face match, liveness, Dukcapil) and its checks a person decides, as
 * Apply Review takes them back from the item Verify gave: no call is made again. Each call's
 * judgement is the one its check column gave; the options that were on are the ones whose checks
 * ran; a person's decision on a check ("A person verified it in person") is recorded and passes it.
 * Generic over files/: the file's spec names its calls and their lines.
 */
import type { IDataObject } from 'n8n-workflow';

import { JUDGED_COLUMNS, type CrossCheckOutcome, type DocumentRow as CrossCheckedRow } from '../../crossChecks/crossCheck';
import { resultWord, type FileSpec } from '../../files/spec';
import { callColumnNames } from '../output/fileCalls';
import { isObject } from '../response/readings';
import { ReviewInputError } from './documentRow';
import { DECISION } from './fileReview';
import { parseReviewFields } from './reviewColumns';
import type { ReviewAnswers } from './reviewForm';
import { applyAnswers, type ReviewRecord } from './reviewRecord';

const OUTCOMES: readonly CrossCheckOutcome[] = ['match', 'near', 'mismatch', 'missing', 'skipped'];

interface ItemCheck {
	result: CrossCheckOutcome;
	/** The check's detail, where the item holds it (nested). */
	detail?: string;
}

/** Each check's result as the item gives it (in the file's words), by check column. */
function itemChecks(spec: FileSpec, json: IDataObject, nested: boolean): Map<string, ItemCheck> {
	const outcomeOf = (word: unknown) => OUTCOMES.find((outcome) => resultWord(spec, outcome) === word);
	const checks = new Map<string, ItemCheck>();
	const given: Array<Record<string, unknown>> = nested
		? (Array.isArray(json.checks) ? (json.checks as unknown[]) : []).filter(isObject)
		: spec.crossChecks.map((line) => ({ column: `${spec.columnPrefix}${line.field}`, result: json[`${spec.columnPrefix}${line.field}`] }));
	for (const check of given) {
		const result = outcomeOf(check.result);
		if (typeof check.column === 'string' && result) checks.set(check.column, { result, ...(typeof check.detail === 'string' ? { detail: check.detail } : {}) });
	}
	return checks;
}

/** The file's calls' rows for its judged lines, as the item gives them; a call whose check the item lacks was not asked for. */
export function callRowsOf(spec: FileSpec, json: IDataObject, nested: boolean): Record<string, CrossCheckedRow> {
	const checks = itemChecks(spec, json, nested);
	const asked = new Map((parseReviewFields(json.review_fields) ?? []).map((field) => [field.column, field.reasons[0]]));
	const rows: Record<string, CrossCheckedRow> = {};
	for (const call of spec.calls ?? []) {
		const line = spec.crossChecks.find((candidate) => candidate.kind === 'judged' && candidate.source === call.name);
		const column = line && `${spec.columnPrefix}${line.field}`;
		const check = column && checks.get(column);
		if (!line || !column || !check) continue;
		const held = nested ? (isObject(json.calls) && isObject(json.calls[call.name]) ? (json.calls[call.name] as IDataObject) : {}) : json;
		const cells = Object.fromEntries(callColumnNames(call).map((name) => [name, held[`${call.prefix}${name}`]]).filter(([, value]) => value === null || ['string', 'number', 'boolean'].includes(typeof value)));
		// The detail without the line's own "field: ", as the call's judgement said it.
		const said = check.detail ?? asked.get(column) ?? `${call.label}: as ${spec.action} judged it`;
		const detail = said.startsWith(`${line.field}: `) ? said.slice(line.field.length + 2) : said;
		rows[call.name] = { ...(cells as CrossCheckedRow), [JUDGED_COLUMNS.result]: check.result, [JUDGED_COLUMNS.detail]: detail };
	}
	return rows;
}

/** The file options that were on: each, unless a check it governs was skipped. */
export function optionsOf(spec: FileSpec, json: IDataObject, nested: boolean): Set<string> {
	const checks = itemChecks(spec, json, nested);
	const skipped = (option: string) => spec.crossChecks.some((line) => line.option === option && checks.get(`${spec.columnPrefix}${line.field}`)?.result === 'skipped');
	return new Set((spec.options ?? []).map((option) => option.name).filter((name) => !skipped(name)));
}

/** The checks the item's review asked a person to decide: column -> label. */
export function decisionLabels(json: IDataObject): Map<string, string> {
	return new Map((parseReviewFields(json.review_fields) ?? []).flatMap((field) => (field.options ? [[field.column, field.label] as const] : [])));
}

/**
 * The checks an earlier review of the item decided as verified (its `review_corrected`): they stay
 * decided, in the earlier reviewer's name, so a second review asks only what is left.
 */
function earlierDecisions(spec: FileSpec, json: IDataObject): Map<string, string> {
	if (json.reviewed !== true) return new Map();
	const corrected = json.review_corrected;
	const by = typeof json.reviewed_by === 'string' && json.reviewed_by !== '' ? ` (${json.reviewed_by})` : '';
	const verified = (column: string) =>
		Array.isArray(corrected)
			? corrected.some((each) => isObject(each) && each.column === column && each.new === DECISION.verified)
			: String(corrected ?? '').includes(`${column}: ${JSON.stringify(DECISION.keep)} -> ${JSON.stringify(DECISION.verified)}`);
	const columns = spec.crossChecks.map((line) => `${spec.columnPrefix}${line.field}`).filter(verified);
	return new Map(columns.map((column) => [column, `${DECISION.verified.toLowerCase()}${by}`]));
}

/** A person's decisions on the checks asked: recorded (kept: confirmed; verified: corrected), and the checks they and earlier reviews pass. */
export function applyDecisions(spec: FileSpec, input: IDataObject, answers: ReviewAnswers, labels: ReadonlyMap<string, string>): { record: ReviewRecord; decided: Map<string, string> } {
	const decided = earlierDecisions(spec, input);
	const byColumn = new Map([...answers.byColumn].filter(([column]) => labels.has(column)));
	const by = answers.reviewedBy ? ` (${answers.reviewedBy})` : '';
	const record = applyAnswers(
		{ ...answers, byColumn },
		(column) => (labels.has(column) ? DECISION.keep : undefined),
		(column, value) => {
			if (value !== DECISION.verified) throw new ReviewInputError(`The answer for "${labels.get(column)}" must be "${DECISION.keep}" or "${DECISION.verified}", but it is "${String(value).slice(0, 40)}".`);
			decided.set(column, `${DECISION.verified.toLowerCase()}${by}`);
		},
		(column) => labels.get(column) ?? column,
	);
	return { record, decided };
}
