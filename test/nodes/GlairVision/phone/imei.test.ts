import { checkImeis, luhnCheckDigit } from '../../../../nodes/GlairVision/phone';

describe('IMEI check digits (Luhn)', () => {
	it.each([
		['49015420323751', 8], // the example IMEI of the Wikipedia article on IMEI
		['35693803564380', 9],
		['00000000000000', 0],
	])('%s takes %i', (digits, digit) => expect(luhnCheckDigit(digits)).toBe(digit));

	it('passes IMEIs printed in groups', () => expect(checkImeis('49-015420-323751-8')).toEqual({}));

	it('names every IMEI that fails, and why', () => {
		expect(checkImeis('490154203237517, 3569380356438').problem).toBe(
			'the check digit of IMEI 490154203237517 is 8, not 7: a digit was misread, or the IMEI is not real; an IMEI is 15 digits; "3569380356438" is not',
		);
	});
});
