import { identityDigits, identityNumberKind } from '../../../../nodes/GlairVision/indonesia/identityNumber';

describe('identityNumberKind', () => {
	it.each([
		['3201231508900001', 'NIK'],
		['3201.2315.0890.0001', 'NIK'],
		['9120001234567', 'NIB'],
		['S120112190871', 'other'], // an old TDP, the vendor's sample
		['320123150890000', 'other'], // 15 digits
		['32O1231508900001', 'other'], // a letter where a digit belongs
	])('%p is a %s', (text, kind) => {
		expect(identityNumberKind(text)).toBe(kind);
	});

	it('drops only the grouping: spaces, dots and dashes', () => {
		expect(identityDigits(' 32 01.23-15 ')).toBe('32012315');
		expect(identityDigits('32/01')).toBe('32/01');
	});
});
