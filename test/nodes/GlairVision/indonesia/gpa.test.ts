import { checkGpa } from '../../../../nodes/GlairVision/indonesia/gpa';

describe('the grade point average (IPK) on a transcript', () => {
	it.each([
		['3,45', 3.45],
		['3.45', 3.45],
		['2,5', 2.5],
		['0,00', 0],
		['4,00', 4],
		['3,45 / 4,00', 3.45],
		['3.45/4', 3.45],
	])('reads %s as %d', (text, gpa) => expect(checkGpa(text, 'gpa_number')).toEqual({ companions: { gpa_number: gpa } }));

	it.each([
		['4,01', /at most 4,00/],
		['5', /at most 4,00/],
		['3,456', /cannot read/],
		['A', /cannot read/],
		['3,45 / 5,00', /cannot read/],
	])('fails %s', (text, problem) => expect(checkGpa(text, 'gpa_number').problem).toMatch(problem));
});
