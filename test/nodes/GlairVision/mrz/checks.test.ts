import {
	BIRTH_DATE,
	EXPIRY_DATE,
	OPTIONAL_DATA,
	PASSPORT_NUMBER,
	checkMrzCheckDigit,
	checkMrzComposite,
	checkMrzDate,
	checkMrzExpiry,
	mrzCheckDigit,
	type CompositeParts,
} from '../../../../nodes/GlairVision/mrz';

const TODAY = { year: 2026, month: 6, day: 15 };

/** ICAO 9303's worked example, L898902C36UTO7408122F1204159ZE184226B<<<<<10, as GLAIR's fields. */
const ICAO: CompositeParts = {
	docNumber: 'L898902C3',
	docNumberDigit: '6',
	birthDate: '740812',
	birthDateDigit: '2',
	expiryDate: '120415',
	expiryDateDigit: '9',
	optionalData: 'ZE184226B',
	optionalDataDigit: '1',
};

describe('checkMrzCheckDigit', () => {
	it.each([
		['the passport number', 'L898902C3', '6', PASSPORT_NUMBER],
		['a birth date as the MRZ writes it', '740812', '2', BIRTH_DATE],
		['a birth date day-first (GLAIR\'s newest docs)', '12-08-1974', '2', BIRTH_DATE],
		['an expiry date', '120415', '9', EXPIRY_DATE],
		['the optional data', 'ZE184226B', '1', OPTIONAL_DATA],
	])('passes %s with its digit', (_what, value, digit, field) => expect(checkMrzCheckDigit(value, digit, field, TODAY)).toEqual({}));

	it('fails a number one character off, naming both digits', () => {
		expect(checkMrzCheckDigit('L898902C8', '6', PASSPORT_NUMBER, TODAY).problem).toBe(
			'the MRZ check digit of the passport number L898902C8 is 1, but the passport prints 6: a character of either was misread, or the MRZ was altered',
		);
	});

	it('fails a date whose digit does not match', () => {
		expect(checkMrzCheckDigit('740813', '2', BIRTH_DATE, TODAY).problem).toMatch(/^the MRZ check digit of the date of birth 740813 is 3, but the passport prints 2/);
	});

	it('fails a check digit that is no digit, and a value an MRZ cannot hold', () => {
		expect(checkMrzCheckDigit('L898902C3', 'O', PASSPORT_NUMBER, TODAY).problem).toBe('the check digit of the passport number is one digit (0-9); GLAIR read "O"');
		expect(checkMrzCheckDigit('L8989-02C3', '6', PASSPORT_NUMBER, TODAY).problem).toMatch(/has characters an MRZ cannot hold/);
		expect(checkMrzCheckDigit('L898902C3XY', '6', PASSPORT_NUMBER, TODAY).problem).toMatch(/longer than the 9 characters the MRZ holds/);
	});
});

describe('checkMrzComposite (TD3: characters 1-10, 14-20 and 22-43 of the second line)', () => {
	it("passes ICAO's example with its composite digit 0", () => expect(checkMrzComposite(ICAO, '0', TODAY)).toEqual({}));

	it('fails it with any other digit, or one part read otherwise', () => {
		expect(checkMrzComposite(ICAO, '3', TODAY).problem).toBe(
			"the MRZ's composite check digit is 0 over what GLAIR read, but the passport prints 3: a character of the second line was misread, or the MRZ was altered",
		);
		expect(checkMrzComposite({ ...ICAO, optionalData: 'ZE184226C' }, '0', TODAY).problem).toMatch(/composite check digit is \d over/);
	});

	it('counts unused optional data as fillers, whether GLAIR gives its digit as "<", "0" or not at all', () => {
		// The second line with no optional data; its digits checked against ICAO's example above.
		const digit = String(mrzCheckDigit(`L898902C36${'7408122'}${'1204159'}${'<'.repeat(14)}<`));
		const unused = { ...ICAO, optionalData: '', optionalDataDigit: '<' };
		expect(checkMrzComposite(unused, digit, TODAY)).toEqual({});
		expect(checkMrzComposite({ ...unused, optionalDataDigit: '0' }, digit, TODAY)).toEqual({});
		expect(checkMrzComposite({ ...unused, optionalDataDigit: '' }, digit, TODAY)).toEqual({});
		expect(checkMrzComposite(unused, String((Number(digit) + 1) % 10), TODAY).problem).toMatch(/composite check digit/);
	});

	it('leaves a part that cannot be read to its own check', () => {
		expect(checkMrzComposite({ ...ICAO, birthDate: 'unreadable' }, '3', TODAY)).toEqual({});
		expect(checkMrzComposite({ ...ICAO, docNumberDigit: 'X' }, '3', TODAY)).toEqual({});
	});

	it('fails a composite digit that is no digit', () => {
		expect(checkMrzComposite(ICAO, '<', TODAY).problem).toBe('the composite check digit is one digit (0-9); GLAIR read "<"');
	});
});

describe('checkMrzDate and checkMrzExpiry', () => {
	it('adds the date as yyyy-mm-dd, the century chosen', () => {
		expect(checkMrzDate('740812', 'birth', 'birth_date_iso', TODAY)).toEqual({ companions: { birth_date_iso: '1974-08-12' } });
		expect(checkMrzDate('05-08-1990', 'birth', 'birth_date_iso', TODAY)).toEqual({ companions: { birth_date_iso: '1990-08-05' } });
		expect(checkMrzDate('350301', 'expiry', 'expiry_date_iso', TODAY)).toEqual({ companions: { expiry_date_iso: '2035-03-01' } });
	});

	it('fails an unreadable or impossible date, and a birth date after today', () => {
		expect(checkMrzDate('9008O5', 'birth', 'x', TODAY).problem).toBe('cannot read "9008O5" as a date; the MRZ writes yymmdd, e.g. 900805');
		expect(checkMrzDate('901305', 'birth', 'x', TODAY).problem).toBe('"901305" is not a real date');
		expect(checkMrzDate('01-01-2027', 'birth', 'x', TODAY).problem).toBe('the date of birth 2027-01-01 is after today');
	});

	it('warns about an expired passport, and one about to expire; a valid one passes', () => {
		expect(checkMrzExpiry('350301', TODAY, 180, 'the passport')).toEqual({});
		expect(checkMrzExpiry('120415', TODAY, 180, 'the passport').problem).toMatch(/^the passport ended on 2012-04-15, \d+ days ago$/);
		expect(checkMrzExpiry('261001', TODAY, 180, 'the passport').problem).toMatch(/^the passport ends on 2026-10-01, in 108 days/);
		expect(checkMrzExpiry('unreadable', TODAY, 180, 'the passport')).toEqual({});
	});
});
