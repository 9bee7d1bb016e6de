import {
	NIK_PROVINCE_CODES,
	PROVINCE_NAMES,
	checkDeadline,
	comparableProvince,
	comparableText,
	daysBetween,
	provinceCodeOf,
	readSex,
} from '../../../../nodes/GlairVision/indonesia';

/** The pure pieces behind the STNK and KTP rows, where a table row cannot show them. */

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

describe('checkDeadline', () => {
	const today = { year: 2026, month: 12, day: 1 };
	it('warns from `warnWithinDays` before, and only after the day with 0', () => {
		expect(checkDeadline('31-12-2026', today, 30, 'it').problem).toBe('it ends on 2026-12-31, in 30 days (less than 30 days left)');
		expect(checkDeadline('31-12-2026', today, 29, 'it').problem).toBeUndefined();
		expect(checkDeadline('01-12-2026', today, 0, 'it').problem).toBeUndefined();
		expect(checkDeadline('30-11-2026', today, 0, 'it').problem).toBe('it ended on 2026-11-30, 1 day ago');
	});
});

describe('the province table', () => {
	it('has the 38 provinces, exactly the codes a NIK may start with', () => {
		expect(Object.keys(PROVINCE_NAMES).sort()).toEqual([...NIK_PROVINCE_CODES].sort());
		expect(Object.keys(PROVINCE_NAMES)).toHaveLength(38);
	});

	it('gives every name one code only', () => {
		const names = Object.values(PROVINCE_NAMES).flat().map(comparableProvince);
		expect(new Set(names).size).toBe(names.length);
	});

	it.each([
		['PROVINSI DKI JAKARTA', '31'],
		['Prov. Jawa Timur', '35'],
		['D.I. YOGYAKARTA', '34'],
		['KEPULAUAN BANGKA  BELITUNG', '19'],
		['PROVINSI PAPUA BARAT DAYA', '96'],
		['JAWA', undefined],
	])('reads %p as %p', (name, code) => {
		expect(provinceCodeOf(name)).toBe(code);
	});
});

describe('readSex and comparableText', () => {
	it.each([
		['LAKI-LAKI', 'male'],
		['LAKI - LAKI', 'male'],
		['PEREMPUAN', 'female'],
		['perempuan', 'female'],
		['WANITA', 'female'],
		['-', undefined],
	])('reads %p as %p', (text, sex) => {
		expect(readSex(text)).toBe(sex);
	});

	it('ignores case, spaces, dots and dashes, nothing else', () => {
		expect(comparableText(' d-1234.spx ')).toBe('D1234SPX');
		expect(comparableText('D 1234 SPX')).not.toBe(comparableText('D 1234 SPY'));
	});
});
