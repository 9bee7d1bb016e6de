import { readDate, toIsoDate, type CalendarDate } from './dates';
import { PASSED, failed, type CheckOutcome } from './checkOutcome';

const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (negative when `to` is earlier), by the calendar, not the clock. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
	return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / MS_PER_DAY);
}

function days(count: number): string {
	return count === 1 ? '1 day' : `${count} days`;
}

/**
 * A date something is valid until (a registration, a paid tax period): a problem once it has
 * passed, and, with `warnWithinDays` above 0, already when it is that close. The day itself still
 * counts as valid. A text that is not a date passes: the date check of the same field reports it.
 *
 * @param what names the thing in the message, e.g. "the registration"
 */
export function checkDeadline(text: string, today: CalendarDate, warnWithinDays: number, what: string): CheckOutcome {
	const reading = readDate(text);
	if (reading.kind !== 'date') return PASSED;
	const left = daysBetween(today, reading.date);
	const on = toIsoDate(reading.date);
	if (left < 0) return failed(`${what} ended on ${on}, ${days(-left)} ago`);
	if (warnWithinDays > 0 && left <= warnWithinDays) {
		return failed(`${what} ends on ${on}, ${left === 0 ? 'today' : `in ${days(left)}`} (less than ${days(warnWithinDays)} left)`);
	}
	return PASSED;
}
