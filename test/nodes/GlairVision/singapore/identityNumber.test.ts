import { checkSingaporeNumber, singaporeCheckLetter } from '../../../../nodes/GlairVision/singapore';

describe("Singapore's NRIC numbers and FINs", () => {
	it.each([
		['S', '1234567', 'D'],
		['T', '1234567', 'J'],
		['F', '1234567', 'N'],
		['G', '1234567', 'X'],
		['M', '1234567', 'K'],
		['S', '0000001', 'I'],
	])('%s%s takes the check letter %s', (prefix, digits, letter) => expect(singaporeCheckLetter(prefix, digits)).toBe(letter));

	it.each([
		['S1234567D', 'NRIC'],
		['t1234567j', 'NRIC'],
		['G1234567X', 'FIN'],
		['F 1234567 N', 'FIN'],
	] as const)('passes %s as an %s', (number, kind) => expect(checkSingaporeNumber(number, kind)).toEqual({}));

	it('fails a wrong check letter, naming the right one', () => {
		expect(checkSingaporeNumber('S1234567E', 'NRIC').problem).toBe('the check letter of S1234567 is D, not E: a character was misread, or the number is not real');
	});

	it('fails a FIN where an NRIC belongs, and the other way round', () => {
		expect(checkSingaporeNumber('G1234567X', 'NRIC').problem).toBe('an NRIC starts with S or T; "G1234567X" starts with G');
		expect(checkSingaporeNumber('S1234567D', 'FIN').problem).toBe('a FIN starts with F, G or M; "S1234567D" starts with S');
	});

	it('fails what has not the shape', () => {
		expect(checkSingaporeNumber('S123456D', 'NRIC').problem).toBe('an NRIC is a letter, 7 digits and a check letter (e.g. S1234567D); "S123456D" is not');
	});
});
