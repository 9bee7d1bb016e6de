/**
 * A date something is valid until (a registration, a paid tax period, an identity card): how many
 * days are left, judged two ways: as a field check (checkDeadline) and as a cross-check
 * (crossChecks/compare.ts compareValidUntil), both from `daysLeftUntil`.
 */
import { parseDate, toIsoDate, type CalendarDate } from './dates';
import { PASSED, failed, quoted, type CheckOutcome } from './checkOutcome';

const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (negative when `to` is earlier), by the calendar, not the clock. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
	return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / MS_PER_DAY);
}

export interface DaysLeft {
	/** The last day, as yyyy-mm-dd. */
	until: string;
	/** Whole days from today to the last day: 0 on the day itself (still valid), negative once it passed. */
	days: number;
}

/** The days left until the date `text` names, or undefined when it names no real date (its date check says why). */
export function daysLeftUntil(text: string, today: CalendarDate): DaysLeft | undefined {
	const reading = parseDate(text);
	if (reading.kind !== 'date') return undefined;
	return { until: toIsoDate(reading.date), days: daysBetween(today, reading.date) };
}

/** "1 day", "30 days". */
export function dayCount(count: number): string {
	return count === 1 ? '1 day' : `${count} days`;
}

/**
 * A problem once the date has passed, and, with `warnWithinDays` above 0, already when it is that
 * close. The day itself still counts as valid. A text that is not a date passes: the date check of
 * the same field reports it.
 *
 * @param what names the thing in the message, e.g. "the registration"
 */
export function checkDeadline(text: string, today: CalendarDate, warnWithinDays: number, what: string): CheckOutcome {
	const left = daysLeftUntil(text, today);
	if (left === undefined) return PASSED;
	if (left.days < 0) return failed(`${what} ended on ${left.until}, ${dayCount(-left.days)} ago`);
	if (warnWithinDays > 0 && left.days <= warnWithinDays) {
		return failed(`${what} ends on ${left.until}, ${left.days === 0 ? 'today' : `in ${dayCount(left.days)}`} (less than ${dayCount(warnWithinDays)} left)`);
	}
	return PASSED;
}

const LIFETIME = /^SEUMUR\s*HIDUP$/;

/** Whether a validity reads "SEUMUR HIDUP": valid for life (every e-KTP since 2016). */
export function isLifetime(text: string): boolean {
	return LIFETIME.test(text.trim().toUpperCase());
}

/** Valid for life ("SEUMUR HIDUP", every e-KTP since 2016) or until a printed date; adds the date as yyyy-mm-dd. */
export function checkLifetimeOrDate(text: string, isoCompanion: string): CheckOutcome {
	if (isLifetime(text)) return PASSED;
	const reading = parseDate(text);
	if (reading.kind === 'date') return { companions: { [isoCompanion]: toIsoDate(reading.date) } };
	return failed(`expected "SEUMUR HIDUP" (valid for life) or a date like 05-08-2017; this is ${quoted(text.trim())}`);
}
