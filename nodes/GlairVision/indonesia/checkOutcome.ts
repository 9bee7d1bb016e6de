/**
 * What a single check hands back. Checks are pure: they never change a value, they only
 * describe a problem (in words for a clerk) and/or add companion values next to the field.
 */

/** Companions are flat so they fit in a spreadsheet cell; never an object. */
export type CompanionValue = string | number | boolean;

export interface CheckOutcome {
	/** What is wrong, in plain words, without the field name (the check table adds it). */
	problem?: string;
	companions?: Record<string, CompanionValue>;
}

/** Things a check needs that are not in the document; passed in so tests are stable. */
export interface CheckContext {
	currentYear: number;
	/** Today's date where the node runs, for checks of deadlines (a registration's expiry). */
	today: { year: number; month: number; day: number };
}

export const PASSED: CheckOutcome = Object.freeze({});

export function failed(problem: string): CheckOutcome {
	return { problem };
}

/** Shows a value inside a message so a clerk sees exactly what was read, spaces included. */
export function quoted(value: string): string {
	return `"${value}"`;
}
