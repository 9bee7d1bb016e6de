import { checkSimNumberShape } from '../../../../nodes/GlairVision/indonesia/simNumber';

describe('the SIM number', () => {
	it.each([
		['3299994508900001', "the holder's NIK (since July 2024)"],
		['3299 9945 0890 0001', 'the NIK printed in groups'],
		['900812345678', '12 digits (older cards)'],
		['9008-1234-567890', '14 digits printed in groups'],
	])('passes %s: %s', (number) => expect(checkSimNumberShape(number)).toEqual({}));

	it.each([
		['90081234567', /has 11 digits$/],
		['329999450890000', /has 15 digits$/],
		['3299994508900O01', /has "O" where digits belong$/],
	])('fails %s', (number, problem) => {
		expect(checkSimNumberShape(number).problem).toMatch(/^a SIM number is the holder's 16-digit NIK \(cards since July 2024\) or 12 to 14 digits \(older cards\); /);
		expect(checkSimNumberShape(number).problem).toMatch(problem);
	});
});
