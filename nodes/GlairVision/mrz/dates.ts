/**
 * Dates in a machine-readable zone are yymmdd: ICAO 9303 writes two-digit years and leaves the
 * century to the reader. As passport readers do, a birth date is put in the latest century that
 * does not make it later than today (650101 read in 2026 is 1965, 200101 is 2020), and an expiry
 * date in the century that puts it within 50 years of today either way, this century on a tie
 * (a passport is valid for 10 years at most, so 950101 is 1995, long expired, and 350101 is 2035).
 * GLAIR's newest docs give the same dates day-first (dd-mm-yyyy), the century already chosen:
 * those are read as they are.
 */
import { daysInMonth, parseDate, toIsoDate, type CalendarDate } from '../indonesia/dates';

export type MrzDateKind = 'birth' | 'expiry';

export type MrzDateReading =
	| { kind: 'date'; date: CalendarDate; /** As the MRZ writes it, for its check digit. */ mrz: string }
	| { kind: 'impossible'; mrz: string }
	| { kind: 'unreadable' };

const YYMMDD = /^(\d{2})(\d{2})(\d{2})$/;
const EXPIRY_WINDOW_YEARS = 50;

const two = (value: number) => String(value).padStart(2, '0');

/** The year of yy-mm-dd: for a birth date the latest that is not after today, for an expiry the one within 50 years (this century first). */
function year(yearOfCentury: number, month: number, day: number, kind: MrzDateKind, today: CalendarDate): number {
	const thisCentury = today.year - (today.year % 100) + yearOfCentury;
	if (kind === 'birth') return toIsoDate({ year: thisCentury, month, day }) > toIsoDate(today) ? thisCentury - 100 : thisCentury;
	return [thisCentury, thisCentury + 100, thisCentury - 100].find((candidate) => Math.abs(candidate - today.year) <= EXPIRY_WINDOW_YEARS) ?? thisCentury;
}

function isReal(date: CalendarDate): boolean {
	return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

/**
 * Reads a date GLAIR took from an MRZ: yymmdd, or day-first as in its newest docs. A birth date
 * after today is no better than an impossible one, but this only reads: the checks judge.
 */
export function readMrzDate(text: string, kind: MrzDateKind, today: CalendarDate): MrzDateReading {
	const trimmed = text.trim();
	const mrz = YYMMDD.exec(trimmed);
	if (mrz) {
		const [month, day] = [Number(mrz[2]), Number(mrz[3])];
		const date = { year: year(Number(mrz[1]), month, day, kind, today), month, day };
		return isReal(date) ? { kind: 'date', date, mrz: trimmed } : { kind: 'impossible', mrz: trimmed };
	}
	const dayFirst = parseDate(trimmed);
	if (dayFirst.kind === 'date') {
		const { year, month, day } = dayFirst.date;
		return { kind: 'date', date: dayFirst.date, mrz: `${two(year % 100)}${two(month)}${two(day)}` };
	}
	if (dayFirst.kind === 'impossible') {
		const { year, month, day } = dayFirst.date;
		return { kind: 'impossible', mrz: `${two(year % 100)}${two(month)}${two(day)}` };
	}
	return { kind: 'unreadable' };
}
