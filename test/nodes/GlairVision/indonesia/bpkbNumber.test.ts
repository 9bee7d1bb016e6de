import { bpkbNumberWithDigitsRestored, comparableBpkbNumber } from '../../../../nodes/GlairVision/indonesia/bpkbNumber';

describe('bpkbNumberWithDigitsRestored', () => {
	it.each([
		['Z-00054321', 'Z00054321'],
		['Z-OOO54321', 'Z00054321'], // O for 0 among the digits
		['Z-0005432I', 'Z00054321'], // I for 1
		['U-O387O835', 'U03870835'],
		['AB-0123456L', 'AB01234561'], // two series letters, L for 1
		['ZO0054321', 'Z00054321'], // a second series letter that looks like a digit is the digit
		['Z-00054321X', 'Z00054321X'], // a letter with no lookalike digit stays
	])('%p is %p', (text, restored) => {
		expect(bpkbNumberWithDigitsRestored(text)).toBe(restored);
	});

	it('is the comparable number when nothing was misread', () => {
		expect(bpkbNumberWithDigitsRestored('u 03870835')).toBe(comparableBpkbNumber('U-03870835'));
	});
});
