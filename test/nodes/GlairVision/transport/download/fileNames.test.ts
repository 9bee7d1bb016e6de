import {
	fileNameFromContentDisposition,
	fileNameFromUrl,
	mimeTypeFrom,
} from '../../../../../nodes/GlairVision/transport/download/fileNames';

describe('the name of a downloaded file', () => {
	it('comes from the URL path, never the query', () => {
		expect(fileNameFromUrl('https://h/docs/BPKB%20Budi.pdf?name=other.pdf')).toBe('BPKB Budi.pdf');
		expect(fileNameFromUrl('https://h/?file=x.pdf')).toBeUndefined();
		expect(fileNameFromUrl('https://h/a/..%2F..%2Fsecret.pdf')).toBe('secret.pdf');
	});

	it('reads Content-Disposition in its common spellings', () => {
		expect(fileNameFromContentDisposition('attachment; filename=plain.pdf')).toBe('plain.pdf');
		expect(fileNameFromContentDisposition('attachment; filename="quoted \\"name\\".pdf"')).toBe('quoted _name_.pdf');
		expect(fileNameFromContentDisposition("inline; filename*=utf-8''%E6%96%87%E4%BB%B6.pdf")).toBe('文件.pdf');
		expect(fileNameFromContentDisposition('inline')).toBeUndefined();
		expect(fileNameFromContentDisposition(undefined)).toBeUndefined();
	});

	it('takes a media type only when it says something', () => {
		expect(mimeTypeFrom('application/PDF; charset=binary')).toBe('application/pdf');
		expect(mimeTypeFrom('application/octet-stream')).toBeUndefined();
		expect(mimeTypeFrom('not a type')).toBeUndefined();
		expect(mimeTypeFrom(undefined)).toBeUndefined();
	});
});
