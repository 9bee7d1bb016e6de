import { parseSex } from '../../../../nodes/GlairVision/indonesia/sex';

describe('parseSex', () => {
	it.each([
		['LAKI-LAKI', 'male'],
		['LAKI - LAKI', 'male'],
		['LK', 'male'],
		['PEREMPUAN', 'female'],
		['perempuan', 'female'],
		['WANITA', 'female'],
		['-', undefined],
		['PEREMPUAN LAKI', undefined],
	])('reads %p as %p', (text, sex) => {
		expect(parseSex(text)).toBe(sex);
	});
});
