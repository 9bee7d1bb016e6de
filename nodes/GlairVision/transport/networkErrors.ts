/**
 * The words for an exchange that ended without an answer, the same for an upload to GLAIR and a
 * download of a document: what happened, in words an ops person can pass on, and whether trying
 * again can help. An error's own message is never used (an HTTP client's message may carry the
 * whole request URL, signed query string and all): only its code or name.
 */

/** Who was on the other end: GLAIR, or the server a document is downloaded from. */
export type Peer = 'glair' | 'fileServer';

export type NetworkFailureKind =
	| 'timeout'
	| 'refused'
	| 'reset'
	| 'unresolved'
	| 'cutShort'
	| 'untrustedCertificate'
	| 'invalidUrl'
	| 'blocked'
	| 'other';

export interface NetworkFailure {
	kind: NetworkFailureKind;
	/** False where the next attempt would fail the same way (a certificate, an address, a policy). */
	retryable: boolean;
	/** A phrase that reads after "... failed: " or on its own, e.g. "the connection was refused (...)". */
	words: string;
}

const PEER_WORDS = {
	glair: {
		refusedHint: 'is the Base URL right and GLAIR reachable from this n8n?',
		reset: 'the connection was reset before GLAIR answered',
		unresolved: 'the GLAIR host name could not be resolved (check the Base URL and DNS or proxy settings)',
		cutShort: 'the answer was cut short',
		certificateOf: 'GLAIR',
		reach: 'the Base URL',
	},
	fileServer: {
		refusedHint: 'is the server up and reachable from this n8n?',
		reset: 'the connection was reset before the whole file arrived',
		unresolved: 'the host name could not be resolved (check the link, DNS or proxy settings)',
		cutShort: 'the file was cut short',
		certificateOf: 'the server',
		reach: 'that server',
	},
} as const;

const SSRF_WORDS: Record<string, string> = {
	SsrfBlockedIpError:
		"blocked by this n8n's SSRF protection (the host resolves to a restricted IP address; an administrator can allow it with N8N_SSRF_ALLOWED_IP_RANGES or N8N_SSRF_ALLOWED_HOSTNAMES)",
	SsrfBlockedHostnameError: "blocked by this n8n's SSRF protection (the host name is on the deny-list N8N_SSRF_BLOCKED_HOSTNAMES)",
};

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT', 'ESOCKETTIMEDOUT']);
const RESET_CODES = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE']);
const CERTIFICATE_CODES = new Set([
	'CERT_HAS_EXPIRED',
	'DEPTH_ZERO_SELF_SIGNED_CERT',
	'SELF_SIGNED_CERT_IN_CHAIN',
	'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
	'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
	'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** The error and its causes, outermost first (fetch and axios wrap the socket's error). */
function chainOf(error: unknown): object[] {
	const chain: object[] = [];
	for (let current = error; current && typeof current === 'object' && !chain.includes(current); ) {
		chain.push(current);
		current = (current as { cause?: unknown }).cause;
	}
	return chain;
}

function firstString(chain: object[], key: 'code' | 'name'): string | undefined {
	for (const link of chain) {
		const value = (link as Record<string, unknown>)[key];
		if (typeof value === 'string' && value !== '') return value;
	}
	return undefined;
}

export function timeoutWords(timeoutMs: number): string {
	return `timed out after ${timeoutMs / 1000} s`;
}

/** What went wrong with an exchange that got no answer, from the error it ended with. */
export function classifyNetworkError(error: unknown, timeoutMs: number, peer: Peer = 'glair'): NetworkFailure {
	const chain = chainOf(error);
	const said = PEER_WORDS[peer];
	const ssrf = chain.map((link) => SSRF_WORDS[(link as { name?: string }).name ?? '']).find(Boolean);
	if (ssrf) return { kind: 'blocked', retryable: false, words: ssrf };
	const code = firstString(chain, 'code');
	if (code !== undefined) {
		if (TIMEOUT_CODES.has(code)) return { kind: 'timeout', retryable: true, words: timeoutWords(timeoutMs) };
		if (code === 'ECONNREFUSED') return { kind: 'refused', retryable: true, words: `the connection was refused (${said.refusedHint})` };
		if (RESET_CODES.has(code)) return { kind: 'reset', retryable: true, words: said.reset };
		if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { kind: 'unresolved', retryable: true, words: said.unresolved };
		if (code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH') return { kind: 'cutShort', retryable: true, words: said.cutShort };
		if (code === 'ERR_INVALID_URL') return { kind: 'invalidUrl', retryable: false, words: 'the address is not a valid http(s) URL' };
		if (CERTIFICATE_CODES.has(code)) {
			const text = `the TLS certificate of ${said.certificateOf} is not trusted by this n8n (${code})`;
			return { kind: 'untrustedCertificate', retryable: false, words: text };
		}
	}
	const name = code ?? firstString(chain, 'name') ?? 'unknown';
	return { kind: 'other', retryable: true, words: `a network error (${name}); check that this n8n can reach ${said.reach}` };
}

/** The words alone, for a one-off exchange such as the credential test. */
export function describeNetworkError(error: unknown, timeoutMs: number, peer: Peer = 'glair'): string {
	return classifyNetworkError(error, timeoutMs, peer).words;
}
