import { checkDeadline, dayCount, daysBetween, daysLeftUntil } from '../../../../nodes/GlairVision/indonesia/deadline';

describe('daysBetween', () => {
	it.each([
		[{ year: 2026, month: 12, day: 1 }, { year: 2026, month: 12, day: 31 }, 30],
		[{ year: 2026, month: 12, day: 31 }, { year: 2027, month: 1, day: 1 }, 1],
		[{ year: 2024, month: 2, day: 28 }, { year: 2024, month: 3, day: 1 }, 2], // a leap year
		[{ year: 2026, month: 3, day: 29 }, { year: 2026, month: 3, day: 30 }, 1], // a daylight-saving night elsewhere
		[{ year: 2026, month: 12, day: 1 }, { year: 2025, month: 12, day: 1 }, -365],
	])('%j to %j is %i days', (from, to, days) => {
		expect(daysBetween(from, to)).toBe(days);
	});
});

describe('daysLeftUntil', () => {
	const today = { year: 2026, month: 12, day: 1 };
	it.each([
		['31-12-2026', { until: '2026-12-31', days: 30 }],
		['01 DESEMBER 2026', { until: '2026-12-01', days: 0 }], // the day itself
		['30-11-2026', { until: '2026-11-30', days: -1 }],
		['31-11-2026', undefined], // no such day
		['SEUMUR HIDUP', undefined],
	])('%p is %j', (text, left) => {
		expect(daysLeftUntil(text, today)).toEqual(left);
	});

	it('counts in words', () => {
		expect([0, 1, 2].map(dayCount)).toEqual(['0 days', '1 day', '2 days']);
	});
});

describe('checkDeadline', () => {
	const today = { year: 2026, month: 12, day: 1 };
	it('warns from `warnWithinDays` before, and only after the day with 0', () => {
		expect(checkDeadline('31-12-2026', today, 30, 'it').problem).toBe('it ends on 2026-12-31, in 30 days (less than 30 days left)');
		expect(checkDeadline('31-12-2026', today, 29, 'it').problem).toBeUndefined();
		expect(checkDeadline('01-12-2026', today, 30, 'it').problem).toBe('it ends on 2026-12-01, today (less than 30 days left)');
		expect(checkDeadline('01-12-2026', today, 0, 'it').problem).toBeUndefined();
		expect(checkDeadline('30-11-2026', today, 0, 'it').problem).toBe('it ended on 2026-11-30, 1 day ago');
		expect(checkDeadline('NOT A DATE', today, 30, 'it').problem).toBeUndefined(); // the date check reports it
	});
});
