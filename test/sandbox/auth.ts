import type { IncomingHttpHeaders } from 'node:http';

export interface SandboxCredentials {
	username: string;
	password: string;
	apiKey: string;
}

export type Access = 'allowed' | 'forbidden' | 'unauthenticated';

/**
 * GLAIR wants both a Basic username/password and an x-api-key on every request. A key on the
 * forbidden list is a real key without access to any endpoint: it authenticates, then gets 403.
 * A limited key is a real key enabled for some endpoints only: 403 on the others.
 */
export function checkCredentials(
	headers: IncomingHttpHeaders,
	expected: SandboxCredentials,
	forbiddenApiKeys: readonly string[],
	limitedApiKeys: Readonly<Record<string, readonly string[]>> = {},
	path = '',
): Access {
	const basic = parseBasic(headers.authorization);
	if (!basic || basic.username !== expected.username || basic.password !== expected.password) {
		return 'unauthenticated';
	}
	const apiKey = headers['x-api-key'];
	if (typeof apiKey !== 'string') return 'unauthenticated';
	if (forbiddenApiKeys.includes(apiKey)) return 'forbidden';
	if (Object.hasOwn(limitedApiKeys, apiKey)) return limitedApiKeys[apiKey].includes(path) ? 'allowed' : 'forbidden';
	return apiKey === expected.apiKey ? 'allowed' : 'unauthenticated';
}

function parseBasic(header: string | undefined): { username: string; password: string } | undefined {
	const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
	if (!match) return undefined;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon < 0) return undefined;
	return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
