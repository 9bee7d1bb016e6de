import { isNikBirthDate, isNikProvince, isNikSerial, parseNik } from '../../../../nodes/GlairVision/indonesia/nik';

/** A woman from Bandung regency (32 01), district 23, born 15-08-1990 (day 15 + 40 = 55), serial 0002. */
const WOMAN = '3201235508900002';
/** A man from DKI Jakarta (31 71), district 01, born 17-01-1985, serial 0003. */
const MAN = '3171011701850003';

describe('parseNik', () => {
	it('gives every part of a woman\'s NIK, 40 taken off her birth day', () => {
		expect(parseNik(WOMAN)).toEqual({
			province: '32',
			regency: '01',
			district: '23',
			birthDigits: '550890',
			birthDate: { day: 15, month: 8, yearOfCentury: 90 },
			sex: 'female',
			serial: '0002',
		});
	});

	it('gives every part of a man\'s NIK', () => {
		expect(parseNik(MAN)).toEqual({
			province: '31',
			regency: '71',
			district: '01',
			birthDigits: '170185',
			birthDate: { day: 17, month: 1, yearOfCentury: 85 },
			sex: 'male',
			serial: '0003',
		});
	});

	it.each([
		['3201.2355.0890.0002'],
		['32 0123 550890 0002'],
		['3201-2355-0890-0002'],
	])('reads %p, grouped, as the same NIK', (text) => {
		expect(parseNik(text)).toEqual(parseNik(WOMAN));
	});

	it.each([
		['320123550890000'], // 15 digits
		['32012355089000021'], // 17 digits
		['32O1235508900002'], // a letter O for a zero
		['9120001234567'], // a company's NIB
		[''],
	])('%p is not a NIK', (text) => {
		expect(parseNik(text)).toBeUndefined();
	});

	it.each([
		['3201237101900002', 31, 'female'], // a woman born on the 31st: 71
		['3201234101900002', 1, 'female'], // a woman born on the 1st: 41
		['3201234001900002', 40, 'male'], // 40 is not over 40: no day at all
		['3201230101900002', 1, 'male'],
	])('%p: birth day %i, %s', (nik, day, sex) => {
		expect(parseNik(nik)).toMatchObject({ birthDate: { day }, sex });
	});
});

describe('whether a NIK\'s parts can be', () => {
	it.each([
		['11', true], // Aceh
		['32', true],
		['96', true], // South-West Papua, since 2022
		['10', false],
		['20', false],
		['97', false],
		['99', false],
		['00', false],
	])('province code %p: %p', (code, possible) => {
		expect(isNikProvince(code)).toBe(possible);
	});

	it.each([
		[WOMAN, true],
		[MAN, true],
		['3201232902000001', true], // 29 February: the century is unknown, so it may be a leap year
		['3201236902000001', true], // a woman born on 29 February
		['3201233002900001', false], // 30 February
		['3201233208900001', false], // day 32
		['3201230008900001', false], // day 0
		['3201234008900001', false], // day 40
		['3201237208900002', false], // a woman's day 32
		['3201231513900001', false], // month 13
		['3201231500900001', false], // month 0
	])('birth date of %p: %p', (nik, possible) => {
		expect(isNikBirthDate(parseNik(nik)!.birthDate)).toBe(possible);
	});

	it.each([
		['0001', true],
		['0010', true],
		['9999', true],
		['0000', false], // serials start at 0001
	])('serial %p: %p', (serial, possible) => {
		expect(isNikSerial(serial)).toBe(possible);
	});
});
