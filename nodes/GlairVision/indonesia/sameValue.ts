import { PASSED, failed, quoted, type CheckOutcome } from './checkOutcome';
import { withoutGroupingMarks } from './words';

/** Two printings of one number compared as a clerk would: case, spaces, dots and dashes ignored. */
export function comparableText(text: string): string {
	return withoutGroupingMarks(text).toUpperCase();
}

/** The same value printed in two places (two pages of one document) must agree. */
export function checkSameValue(text: string, otherText: string, otherField: string): CheckOutcome {
	if (comparableText(text) === comparableText(otherText)) return PASSED;
	return failed(`${quoted(text.trim())} here, but ${otherField} says ${quoted(otherText.trim())}`);
}
