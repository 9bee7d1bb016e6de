import { comparablePlate } from '../../../../nodes/GlairVision/indonesia/plate';

describe('comparablePlate', () => {
	it.each([
		['B 1234 ABC', 'B1234ABC'],
		['b-1234-abc', 'B1234ABC'],
		['B1234ABC', 'B1234ABC'],
		['CD 12 34', 'CD1234'], // a diplomatic plate, compared as printed
	])('%p is %p', (text, comparable) => {
		expect(comparablePlate(text)).toBe(comparable);
	});
});
