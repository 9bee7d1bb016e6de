import { mrzCharacterValue, mrzCheckDigit, mrzField, printedCheckDigit } from '../../../../nodes/GlairVision/mrz';

/**
 * ICAO Doc 9303 part 3's worked example of a TD3 passport (the fictitious state of Utopia):
 *   P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
 *   L898902C36UTO7408122F1204159ZE184226B<<<<<10
 */
const ICAO_LINE_2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';

describe('MRZ check digits (ICAO 9303 part 3, 4.9)', () => {
	it.each([
		['0', 0],
		['9', 9],
		['A', 10],
		['Z', 35],
		['<', 0],
	])('values %s as %i', (character, value) => expect(mrzCharacterValue(character)).toBe(value));

	it.each(['a', ' ', '-', 'É', ''])('knows %j is no MRZ character', (character) => expect(mrzCharacterValue(character)).toBeUndefined());

	it.each([
		['the document number', ICAO_LINE_2.slice(0, 9), Number(ICAO_LINE_2[9])],
		['the date of birth', ICAO_LINE_2.slice(13, 19), Number(ICAO_LINE_2[19])],
		['the date of expiry', ICAO_LINE_2.slice(21, 27), Number(ICAO_LINE_2[27])],
		['the optional data', ICAO_LINE_2.slice(28, 42), Number(ICAO_LINE_2[42])],
		[
			'the composite (characters 1-10, 14-20, 22-43)',
			ICAO_LINE_2.slice(0, 10) + ICAO_LINE_2.slice(13, 20) + ICAO_LINE_2.slice(21, 43),
			Number(ICAO_LINE_2[43]),
		],
	])("gives ICAO's own digit for %s", (_what, characters, digit) => expect(mrzCheckDigit(characters)).toBe(digit));

	it('weights 7, 3, 1 from the left: the same characters in another order give another digit', () => {
		expect(mrzCheckDigit('123')).toBe((1 * 7 + 2 * 3 + 3 * 1) % 10);
		expect(mrzCheckDigit('321')).toBe((3 * 7 + 2 * 3 + 1 * 1) % 10);
	});

	it('has no digit for a text with a character an MRZ cannot hold', () => expect(mrzCheckDigit('L8989-02C3')).toBeUndefined());

	it('pads a field with fillers to its width, in capitals, without spaces', () => {
		expect(mrzField('c 999 0123', 9)).toBe('C9990123<');
		expect(mrzField('', 14)).toBe('<'.repeat(14));
	});

	it('reads a printed check digit; the filler only where ICAO allows it', () => {
		expect(printedCheckDigit(' 7 ', false)).toBe(7);
		expect(printedCheckDigit('<', true)).toBe(0);
		expect(printedCheckDigit('<', false)).toBeUndefined();
		expect(printedCheckDigit('12', false)).toBeUndefined();
	});
});
