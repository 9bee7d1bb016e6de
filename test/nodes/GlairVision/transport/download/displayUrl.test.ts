import { hostOf, redactUrl } from '../../../../../nodes/GlairVision/transport/download/displayUrl';

describe('redactUrl: scheme, host and file name, nothing else', () => {
	it('drops the query string, the fragment, credentials and every directory', () => {
		expect(redactUrl('https://u:p@bucket.s3.amazonaws.com/a/b%20c.pdf?X-Amz-Signature=x#y')).toBe('https://bucket.s3.amazonaws.com/…/b%20c.pdf');
		expect(redactUrl('https://api.telegram.org/file/bot123:AAH-token/documents/file_7.pdf')).toBe('https://api.telegram.org/…/file_7.pdf');
		expect(redactUrl('https://h/a/b/')).toBe('https://h/…/');
	});

	it('shows a file at the root, or the root itself, as it is', () => {
		expect(redactUrl('  http://host:8080/  ')).toBe('http://host:8080/');
		expect(redactUrl('http://host/download?id=42')).toBe('http://host/download');
	});

	it('shows no more of what is not an http(s) URL', () => {
		expect(redactUrl('ftp://host/file?x=1')).toBe('ftp:…');
		expect(redactUrl('host/path?token=1')).toBe('host/path');
		expect(redactUrl('api.telegram.org/file/bot123:AAH-token/documents/file_7.pdf')).toBe('api.telegram.org/…/file_7.pdf');
		expect(redactUrl('user:secret@host/file.pdf')).toBe('user:…');
		expect(redactUrl('//user:secret@host/dir/file.pdf?sig=1')).toBe('/…/file.pdf');
	});

	it('cuts a very long file name', () => {
		const shown = redactUrl(`https://h/d/${'x'.repeat(500)}.pdf`);
		expect(shown).toBe(`https://h/…/${'x'.repeat(99)}…`);
	});
});

describe('hostOf: what a log line names a download by', () => {
	it('is the scheme and host (with port) only', () => {
		expect(hostOf('https://u:p@api.telegram.org:8443/file/bot1:x/f.pdf?q=1')).toBe('https://api.telegram.org:8443');
		expect(hostOf('not a url/with/a/path')).toBe('an address that is not a URL');
	});
});
