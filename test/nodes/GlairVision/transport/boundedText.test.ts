import { boundedText } from '../../../../nodes/GlairVision/transport/boundedText';

describe('boundedText', () => {
	it('keeps text up to the bound and cuts longer text to the bound, ellipsis included', () => {
		expect(boundedText('abc', 3)).toBe('abc');
		expect(boundedText('abcd', 3)).toBe('ab…');
		expect(boundedText('', 1)).toBe('');
	});

	it('never leaves half of a two-unit character', () => {
		const cut = boundedText('ab😀cdef', 4);
		expect(cut).toBe('ab…');
		expect(boundedText('ab😀cdef', 5)).toBe('ab😀…');
	});
});
