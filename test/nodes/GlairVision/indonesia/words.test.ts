import { lettersAndDigits, printedWords } from '../../../../nodes/GlairVision/indonesia/words';

describe('printedWords', () => {
	it.each([
		['ABU-ABU METALIK', ['ABU', 'ABU', 'METALIK']],
		['abu2 metalik', ['ABU', 'ABU', 'METALIK']], // the doubled word written short
		['4X2', ['4X2']], // a digit 2 after a single letter doubles nothing
		['B2', ['B2']],
		['  ', []],
	])('%p is %j', (text, words) => {
		expect(printedWords(text)).toEqual(words);
	});
});

describe('lettersAndDigits', () => {
	it('keeps letters and digits, upper case', () => {
		expect(lettersAndDigits('spx-1500 (4x2) a/t')).toBe('SPX15004X2AT');
		expect(lettersAndDigits('.-/ ')).toBe('');
	});
});
