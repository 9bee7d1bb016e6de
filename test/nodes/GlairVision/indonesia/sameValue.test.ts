import { checkSameValue, comparableText } from '../../../../nodes/GlairVision/indonesia/sameValue';

describe('comparableText', () => {
	it('ignores case, spaces, dots and dashes, nothing else', () => {
		expect(comparableText(' d-1234.spx ')).toBe('D1234SPX');
		expect(comparableText('D 1234 SPX')).not.toBe(comparableText('D 1234 SPY'));
	});
});

describe('checkSameValue', () => {
	it('names the other column when the two printings differ', () => {
		expect(checkSameValue('D 1234 SPX', 'd-1234-spx', 'pajak_nomor_registrasi').problem).toBeUndefined();
		expect(checkSameValue('D 1234 SPX', 'D 1234 SPY', 'pajak_nomor_registrasi').problem).toBe(
			'"D 1234 SPX" here, but pajak_nomor_registrasi says "D 1234 SPY"',
		);
	});
});
