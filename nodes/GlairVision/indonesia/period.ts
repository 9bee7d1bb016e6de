import { PASSED, failed, type CheckOutcome } from './checkOutcome';
import { parseDate, toIsoDate } from './dates';

/**
 * A date inside a period, both ends included: a statement's transaction within the statement's
 * period. A date that cannot be read passes: its own date check says so.
 */
export function checkWithinPeriod(dateText: string, startText: string, endText: string, startColumn: string, endColumn: string): CheckOutcome {
	const [date, start, end] = [dateText, startText, endText].map(parseDate);
	if (date.kind !== 'date' || start.kind !== 'date' || end.kind !== 'date') return PASSED;
	const [day, first, last] = [date.date, start.date, end.date].map(toIsoDate);
	if (day < first) return failed(`${dateText.trim()} is before ${startColumn} ${startText.trim()}`);
	if (day > last) return failed(`${dateText.trim()} is after ${endColumn} ${endText.trim()}`);
	return PASSED;
}
