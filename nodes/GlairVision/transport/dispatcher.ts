import { EnvHttpProxyAgent, type Dispatcher } from 'undici';

/**
 * One keep-alive connection pool per GLAIR base URL, shared by every execution in this
 * process, so a batch reuses its sockets instead of paying a TLS handshake per document.
 *
 * n8n's own request helpers honour HTTP_PROXY / HTTPS_PROXY / NO_PROXY; EnvHttpProxyAgent
 * reads the same variables (either case), so users behind a corporate proxy need nothing extra.
 */

const CONNECT_TIMEOUT_MS = 15_000;
const KEEP_ALIVE_TIMEOUT_MS = 30_000;

const dispatchers = new Map<string, Dispatcher>();

export function dispatcherFor(origin: string): Dispatcher {
	let dispatcher = dispatchers.get(origin);
	if (!dispatcher) {
		dispatcher = new EnvHttpProxyAgent({
			connect: { timeout: CONNECT_TIMEOUT_MS },
			keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
			// Per-attempt timeouts are set on each request; these are only the outer bounds.
			headersTimeout: 0,
			bodyTimeout: 0,
		});
		dispatchers.set(origin, dispatcher);
	}
	return dispatcher;
}

/** How many pools are open: for tests that check a run leaves none behind once closed. */
export function openPoolCount(): number {
	return dispatchers.size;
}

/** Closes every pool; for tests and benchmarks that want a clean process exit. */
export async function closeAllDispatchers(): Promise<void> {
	const all = [...dispatchers.values()];
	dispatchers.clear();
	await Promise.all(all.map(async (dispatcher) => await dispatcher.close()));
}
