/**
 * When to try a document again and how long to wait. Pure functions, so the policy can be read
 * and tested apart from the sockets.
 */

/** Statuses GLAIR (or a gateway in front of it) answers when trying again later can help. */
export const RETRYABLE_HTTP_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/** A server may ask for a long pause; past this we would rather report than hang a workflow. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** The back-off grows from the initial delay by doubling, up to this ceiling. */
export const MAX_BACKOFF_MS = 30_000;

export function isRetryableStatus(httpStatus: number): boolean {
	return RETRYABLE_HTTP_STATUSES.has(httpStatus);
}

/**
 * Reads `Retry-After` as delay-seconds or an HTTP date. Returns milliseconds, capped, or
 * undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | undefined, now: number = Date.now()): number | undefined {
	if (header === undefined) return undefined;
	const text = header.trim();
	if (text === '') return undefined;
	let delayMs: number;
	if (/^\d+(\.\d+)?$/.test(text)) {
		delayMs = Number(text) * 1000;
	} else {
		const at = Date.parse(text);
		if (Number.isNaN(at)) return undefined;
		delayMs = at - now;
	}
	return Math.min(Math.max(0, delayMs), MAX_RETRY_AFTER_MS);
}

/**
 * Exponential back-off with full jitter (a random wait between 0 and the exponential step),
 * so that several workers hitting the same limit do not come back in lock-step. A server's
 * `Retry-After` is a floor: we never come back earlier than asked.
 */
export function backoffDelayMs(
	retryNumber: number,
	initialDelayMs: number,
	retryAfterMs: number | undefined,
	random: () => number = Math.random,
): number {
	const step = Math.min(MAX_BACKOFF_MS, initialDelayMs * 2 ** Math.max(0, retryNumber - 1));
	const jittered = Math.round(random() * step);
	return retryAfterMs === undefined ? jittered : Math.max(retryAfterMs, jittered);
}
