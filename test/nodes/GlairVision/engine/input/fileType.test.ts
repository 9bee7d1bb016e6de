import {
	MIME_TYPES,
	SNIFF_BYTES,
	pdfTailIsComplete,
	sniffFileType,
} from '../../../../../nodes/GlairVision/engine/input/fileType';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new Uint8Array(Buffer.from(value, 'latin1'));
/** The first SNIFF_BYTES of a file that starts with `head`, padded with zeros. */
const head = (start: Uint8Array) => {
	const out = new Uint8Array(SNIFF_BYTES);
	out.set(start.subarray(0, SNIFF_BYTES));
	return out;
};

describe('sniffFileType', () => {
	it('recognises a PNG by its 8-byte signature', () => {
		expect(sniffFileType(head(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d)))).toEqual({
			kind: 'document',
			type: 'png',
		});
	});

	it('does not take a truncated PNG signature for a PNG', () => {
		expect(sniffFileType(bytes(0x89, 0x50, 0x4e, 0x47)).kind).toBe('other');
	});

	it('recognises a JPEG (JFIF and Exif)', () => {
		expect(sniffFileType(head(bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10)))).toEqual({ kind: 'document', type: 'jpeg' });
		expect(sniffFileType(head(bytes(0xff, 0xd8, 0xff, 0xe1)))).toEqual({ kind: 'document', type: 'jpeg' });
	});

	it('recognises a little-endian TIFF (II*\\0)', () => {
		expect(sniffFileType(head(bytes(0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0)))).toEqual({ kind: 'document', type: 'tiff' });
	});

	it('recognises a big-endian TIFF (MM\\0*)', () => {
		expect(sniffFileType(head(bytes(0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8)))).toEqual({ kind: 'document', type: 'tiff' });
	});

	it('does not take a half TIFF marker (II with the wrong magic) for a TIFF', () => {
		expect(sniffFileType(head(bytes(0x49, 0x49, 0x00, 0x2a))).kind).toBe('other');
	});

	it('recognises a PDF with a version header', () => {
		expect(sniffFileType(head(text('%PDF-1.7\n%\xe2\xe3\xcf\xd3')))).toEqual({ kind: 'document', type: 'pdf' });
		expect(sniffFileType(head(text('%PDF-2.0\n')))).toEqual({ kind: 'document', type: 'pdf' });
	});

	it('calls a file that starts with %PDF but has no version a damaged PDF', () => {
		expect(sniffFileType(head(text('%PDF\n1 0 obj')))).toEqual({ kind: 'corruptPdf' });
		expect(sniffFileType(head(text('%PDF-x.y')))).toEqual({ kind: 'corruptPdf' });
		expect(sniffFileType(text('%PDF-'))).toEqual({ kind: 'corruptPdf' });
	});

	it('names a GIF (e.g. an email signature) as a GIF', () => {
		expect(sniffFileType(head(text('GIF89a\x01\x00')))).toEqual({ kind: 'other', description: 'a GIF image' });
		expect(sniffFileType(head(text('GIF87a')))).toEqual({ kind: 'other', description: 'a GIF image' });
	});

	it('names an HTML page (e.g. a login page saved as the scan) as HTML', () => {
		expect(sniffFileType(head(text('<!DOCTYPE html><html>')))).toEqual({
			kind: 'other',
			description: 'an HTML or XML text',
		});
		expect(sniffFileType(head(text('\r\n  <html><body>')))).toEqual({
			kind: 'other',
			description: 'an HTML or XML text',
		});
	});

	it('names WebP, BMP, ZIP/Office and HEIC files', () => {
		expect(sniffFileType(head(text('RIFF\x00\x00\x00\x00WEBPVP8 ')))).toEqual({ kind: 'other', description: 'a WebP image' });
		expect(sniffFileType(head(text('BM6\x00\x00\x00')))).toEqual({ kind: 'other', description: 'a BMP image' });
		expect(sniffFileType(head(bytes(0x50, 0x4b, 0x03, 0x04, 0x14)))).toEqual({
			kind: 'other',
			description: 'a ZIP or Office file',
		});
		expect(sniffFileType(head(text('\x00\x00\x00\x18ftypheic')))).toEqual({ kind: 'other', description: 'a HEIC photo' });
	});

	it('says plainly that an empty file is none of the accepted types', () => {
		expect(sniffFileType(new Uint8Array(0))).toEqual({ kind: 'other', description: 'not a PNG, JPEG, TIFF or PDF' });
	});

	it('says plainly that plain text is none of the accepted types', () => {
		expect(sniffFileType(head(text('hello, world')))).toEqual({
			kind: 'other',
			description: 'not a PNG, JPEG, TIFF or PDF',
		});
	});

	it('has a MIME type for every document type it can report', () => {
		expect(MIME_TYPES).toEqual({ png: 'image/png', jpeg: 'image/jpeg', tiff: 'image/tiff', pdf: 'application/pdf' });
	});
});

describe('pdfTailIsComplete', () => {
	it('accepts a PDF that ends with %%EOF', () => {
		expect(pdfTailIsComplete(text('trailer\n<< /Root 1 0 R >>\nstartxref\n1234\n%%EOF'))).toBe(true);
	});

	it('accepts a few bytes after %%EOF (scanners add line ends)', () => {
		expect(pdfTailIsComplete(text('startxref\n1234\n%%EOF\r\n\x00\x00'))).toBe(true);
	});

	it('refuses a download cut off before %%EOF', () => {
		expect(pdfTailIsComplete(text('stream\nx\x9c\xed\xbd endstream\nendobj\n'))).toBe(false);
		expect(pdfTailIsComplete(text('startxref\n1234\n%%EO'))).toBe(false);
	});

	it('refuses an empty tail', () => {
		expect(pdfTailIsComplete(new Uint8Array(0))).toBe(false);
	});
});
