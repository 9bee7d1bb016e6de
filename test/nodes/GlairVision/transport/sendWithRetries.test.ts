import { describeNetworkError } from '../../../../nodes/GlairVision/transport/sendWithRetries';

function errorWithCode(code: string): Error {
	return Object.assign(new Error(`boom ${code}`), { code });
}

describe('describeNetworkError', () => {
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
