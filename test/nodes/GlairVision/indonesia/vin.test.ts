import { digitsForLookalikeLetters, suggestVin } from '../../../../nodes/GlairVision/indonesia/vin';

describe('digitsForLookalikeLetters', () => {
	it('takes I, O and Q for 1, 0, 0 and leaves every other letter', () => {
		expect(digitsForLookalikeLetters('MHIJM8119MK12345Q')).toBe('MH1JM8119MK123450');
		expect(digitsForLookalikeLetters('SPXO5E')).toBe('SPX05E');
		expect(digitsForLookalikeLetters('ABCLSZ')).toBe('ABCLSZ');
	});
});

describe('suggestVin', () => {
	it.each([
		['MHCPHR54CRJ54O957', 'MHCPHR54CRJ540957'],
		['mhc phr54crj54o957', 'MHCPHR54CRJ540957'],
		['MHCPHR54CRJ54O95', undefined], // 16 characters: no VIN to suggest
		['MHCPHR54-CRJ54095', undefined],
	])('%p suggests %p', (text, suggestion) => {
		expect(suggestVin(text)).toBe(suggestion);
	});
});
