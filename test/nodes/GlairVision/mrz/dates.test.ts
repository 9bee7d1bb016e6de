import { readMrzDate } from '../../../../nodes/GlairVision/mrz';

const TODAY = { year: 2026, month: 6, day: 15 };

describe('MRZ dates: yymmdd, the century chosen as passport readers do', () => {
	it.each([
		['740812', 1974],
		['260615', 2026], // today
		['260616', 1926], // tomorrow: nobody is born tomorrow
		['000229', 2000],
		['991231', 1999],
	])('a birth date %s is in %i (the latest century not after today)', (text, year) => {
		const reading = readMrzDate(text, 'birth', TODAY);
		expect(reading).toMatchObject({ kind: 'date', date: { year }, mrz: text });
	});

	it.each([
		['350301', 2035],
		['760101', 2076], // 50 years ahead at most
		['770101', 1977], // more than 50 ahead: the last century, long expired
		['950101', 1995],
		['120415', 2012],
	])('an expiry date %s is in %i (within 50 years of today)', (text, year) => {
		expect(readMrzDate(text, 'expiry', TODAY)).toMatchObject({ kind: 'date', date: { year } });
	});

	it("reads GLAIR's newest day-first dates as they are, and writes them yymmdd for the check digit", () => {
		expect(readMrzDate('05-08-1990', 'birth', TODAY)).toEqual({ kind: 'date', date: { year: 1990, month: 8, day: 5 }, mrz: '900805' });
		expect(readMrzDate('01-03-2035', 'expiry', TODAY)).toEqual({ kind: 'date', date: { year: 2035, month: 3, day: 1 }, mrz: '350301' });
	});

	it('knows an impossible date from an unreadable one', () => {
		expect(readMrzDate('901305', 'birth', TODAY)).toEqual({ kind: 'impossible', mrz: '901305' });
		expect(readMrzDate('010229', 'birth', TODAY)).toEqual({ kind: 'impossible', mrz: '010229' }); // 2001 is no leap year
		expect(readMrzDate('31-02-1990', 'birth', TODAY)).toEqual({ kind: 'impossible', mrz: '900231' });
		expect(readMrzDate('9008O5', 'birth', TODAY)).toEqual({ kind: 'unreadable' });
	});
});
