import { parseFieldPattern, selectBinaryFields } from '../../../../../nodes/GlairVision/engine/plan/binaryFields';

const EMAIL = ['attachment_0', 'attachment_1', 'attachment_10', 'attachment_2', 'data'];

describe('parseFieldPattern', () => {
	it('splits a comma list, trims the names and drops empty parts', () => {
		expect(parseFieldPattern(' data , scan,, ,attachment_* ')).toEqual(['data', 'scan', 'attachment_*']);
		expect(parseFieldPattern('')).toEqual([]);
		expect(parseFieldPattern(' , ')).toEqual([]);
	});
});

describe('selectBinaryFields', () => {
	it('selects one plain name that is on the item', () => {
		expect(selectBinaryFields('data', ['data', 'other'])).toEqual({ fields: ['data'], missing: [] });
	});

	it('keeps the order of a comma list, not the order of the item', () => {
		expect(selectBinaryFields('scan, data', ['data', 'scan'])).toEqual({ fields: ['scan', 'data'], missing: [] });
	});

	it('reports a plain name that is not on the item as missing', () => {
		expect(selectBinaryFields('data, back', ['data'])).toEqual({ fields: ['data'], missing: ['back'] });
		expect(selectBinaryFields('data', [])).toEqual({ fields: [], missing: ['data'] });
	});

	it('matches names exactly: no prefix, suffix or case-insensitive match', () => {
		expect(selectBinaryFields('data', ['data_1', 'mydata', 'Data'])).toEqual({ fields: [], missing: ['data'] });
	});

	it('selects every attachment with attachment_*, in natural order (attachment_2 before attachment_10)', () => {
		expect(selectBinaryFields('attachment_*', EMAIL)).toEqual({
			fields: ['attachment_0', 'attachment_1', 'attachment_2', 'attachment_10'],
			missing: [],
		});
	});

	it('selects every binary field with *', () => {
		expect(selectBinaryFields('*', ['b', 'a', 'file_10', 'file_9'])).toEqual({
			fields: ['a', 'b', 'file_9', 'file_10'],
			missing: [],
		});
	});

	it('does not report a wildcard that matches nothing as missing', () => {
		expect(selectBinaryFields('attachment_*', ['data'])).toEqual({ fields: [], missing: [] });
	});

	it('treats regular-expression characters other than * literally', () => {
		expect(selectBinaryFields('scan.*', ['scan.pdf', 'scanXpdf'])).toEqual({ fields: ['scan.pdf'], missing: [] });
		expect(selectBinaryFields('a+b*', ['a+b1', 'aab1'])).toEqual({ fields: ['a+b1'], missing: [] });
		expect(selectBinaryFields('file?', ['file?', 'file1'])).toEqual({ fields: ['file?'], missing: [] });
	});

	it('anchors a wildcard at both ends', () => {
		expect(selectBinaryFields('*_1', ['attachment_1', 'attachment_10', 'x_1_y'])).toEqual({
			fields: ['attachment_1'],
			missing: [],
		});
	});

	it('lists each field once, at its first mention', () => {
		expect(selectBinaryFields('attachment_1, attachment_*, data, data', EMAIL)).toEqual({
			fields: ['attachment_1', 'attachment_0', 'attachment_2', 'attachment_10', 'data'],
			missing: [],
		});
		expect(selectBinaryFields('*, data', ['data', 'a'])).toEqual({ fields: ['a', 'data'], missing: [] });
	});

	it('lists each missing name once', () => {
		expect(selectBinaryFields('back, back', ['data'])).toEqual({ fields: [], missing: ['back'] });
	});

	it('selects nothing for an empty pattern', () => {
		expect(selectBinaryFields('', EMAIL)).toEqual({ fields: [], missing: [] });
	});

	it('does not change the list of available names', () => {
		const available = [...EMAIL];
		selectBinaryFields('*', available);
		expect(available).toEqual(EMAIL);
	});
});
