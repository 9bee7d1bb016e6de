import { classifyNetworkError, describeNetworkError } from '../../../../nodes/GlairVision/transport/networkErrors';

function errorWithCode(code: string): Error {
	return Object.assign(new Error(`boom ${code}`), { code });
}

describe('describeNetworkError (an upload to GLAIR)', () => {
	it.each(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT'])(
		'says %s timed out, with the timeout in seconds',
		(code) => {
			expect(describeNetworkError(errorWithCode(code), 120_000)).toBe('timed out after 120 s');
			expect(describeNetworkError(errorWithCode(code), 2_500)).toBe('timed out after 2.5 s');
		},
	);

	it('says a refused connection was refused and points at the Base URL', () => {
		const words = describeNetworkError(errorWithCode('ECONNREFUSED'), 1_000);
		expect(words).toMatch(/^the connection was refused/);
		expect(words).toContain('Base URL');
	});

	it.each(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE'])('says %s reset the connection', (code) => {
		expect(describeNetworkError(errorWithCode(code), 1_000)).toBe('the connection was reset before GLAIR answered');
	});

	it.each(['ENOTFOUND', 'EAI_AGAIN'])('says %s is a host name that could not be resolved', (code) => {
		const words = describeNetworkError(errorWithCode(code), 1_000);
		expect(words).toMatch(/^the GLAIR host name could not be resolved/);
		expect(words).toContain('DNS');
	});

	it('says a content-length mismatch cut the answer short', () => {
		expect(describeNetworkError(errorWithCode('UND_ERR_RES_CONTENT_LENGTH_MISMATCH'), 1_000)).toBe(
			'the answer was cut short',
		);
	});

	it("finds the code on the error's cause (how fetch wraps socket errors)", () => {
		const wrapped = new TypeError('fetch failed', { cause: errorWithCode('ECONNREFUSED') });
		expect(describeNetworkError(wrapped, 1_000)).toMatch(/^the connection was refused/);
	});

	it("prefers the error's own code over its cause's", () => {
		const error = Object.assign(new Error('x', { cause: errorWithCode('ECONNREFUSED') }), { code: 'ECONNRESET' });
		expect(describeNetworkError(error, 1_000)).toBe('the connection was reset before GLAIR answered');
	});

	it('names an unknown code rather than hiding it', () => {
		expect(describeNetworkError(errorWithCode('EHOSTUNREACH'), 1_000)).toBe('a network error (EHOSTUNREACH); check that this n8n can reach the Base URL');
	});

	it('falls back to the error name when there is no code', () => {
		expect(describeNetworkError(new TypeError('bad'), 1_000)).toBe('a network error (TypeError); check that this n8n can reach the Base URL');
	});

	it('copes with things that are not errors at all', () => {
		expect(describeNetworkError(undefined, 1_000)).toBe('a network error (unknown); check that this n8n can reach the Base URL');
		expect(describeNetworkError(null, 1_000)).toBe('a network error (unknown); check that this n8n can reach the Base URL');
		expect(describeNetworkError('socket hang up', 1_000)).toBe('a network error (unknown); check that this n8n can reach the Base URL');
		expect(describeNetworkError({}, 1_000)).toBe('a network error (unknown); check that this n8n can reach the Base URL');
	});
});

describe('the same words for a download, about the file\'s server', () => {
	it.each([
		['ECONNREFUSED', 'refused', true, 'the connection was refused (is the server up and reachable from this n8n?)'],
		['ECONNRESET', 'reset', true, 'the connection was reset before the whole file arrived'],
		['ERR_STREAM_PREMATURE_CLOSE', 'reset', true, 'the connection was reset before the whole file arrived'],
		['ENOTFOUND', 'unresolved', true, 'the host name could not be resolved (check the link, DNS or proxy settings)'],
		['ETIMEDOUT', 'timeout', true, 'timed out after 2 s'],
		['CERT_HAS_EXPIRED', 'untrustedCertificate', false, 'the TLS certificate of the server is not trusted by this n8n (CERT_HAS_EXPIRED)'],
		['ERR_INVALID_URL', 'invalidUrl', false, 'the address is not a valid http(s) URL'],
		['EHOSTUNREACH', 'other', true, 'a network error (EHOSTUNREACH); check that this n8n can reach that server'],
	])('%s is %s (retryable: %s)', (code, kind, retryable, words) => {
		expect(classifyNetworkError(errorWithCode(code), 2_000, 'fileServer')).toEqual({ kind, retryable, words });
	});

	it("names n8n's SSRF block, wherever it is in the cause chain, and never retries it", () => {
		const blocked = Object.assign(new Error('blocked 10.0.0.1'), { name: 'SsrfBlockedIpError' });
		const failure = classifyNetworkError(new Error('request failed', { cause: blocked }), 1_000, 'fileServer');
		expect(failure).toMatchObject({ kind: 'blocked', retryable: false });
		expect(failure.words).toMatch(/^blocked by this n8n's SSRF protection \(the host resolves to a restricted IP address/);
		const denied = Object.assign(new Error('x'), { name: 'SsrfBlockedHostnameError' });
		expect(classifyNetworkError(denied, 1_000, 'glair').words).toContain('N8N_SSRF_BLOCKED_HOSTNAMES');
	});

	it('never repeats an error message (it may hold the whole URL)', () => {
		const error = Object.assign(new Error('GET https://h/file/bot1:TOKEN/x.pdf failed'), { code: 'EHOSTUNREACH' });
		expect(describeNetworkError(error, 1_000, 'fileServer')).not.toContain('TOKEN');
		expect(describeNetworkError(new Error('https://h/?sig=TOKEN'), 1_000, 'fileServer')).not.toContain('TOKEN');
	});
});
