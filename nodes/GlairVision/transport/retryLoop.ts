import { attemptSignal, type AttemptSignal } from './attemptSignal';
import type { RequestGate } from './requestGate';
import { backoffDelayMs } from './retryPolicy';
import { sleep } from './sleep';

/** The node's Max Retries, Timeout (per attempt) and Retry Delay, for uploads and downloads alike. */
export interface RetrySettings {
	maxRetries: number;
	timeoutMs: number;
	initialDelayMs: number;
}

/** Why one attempt did not give what was asked for. */
export interface AttemptFailure {
	/** True when trying again later may work (429, 5xx, most network failures). */
	retryable: boolean;
	/** The status of the answer, or null when none came. */
	httpStatus: number | null;
	/** A phrase for logs and reasons; never a URL's path or query, never personal data. */
	cause: string;
	/** How long the server asked us to wait (Retry-After), if it did. */
	retryAfterMs?: number;
}

export type AttemptResult<T, F extends AttemptFailure> = { ok: true; value: T } | { ok: false; failure: F };

export type RetryResult<T, F extends AttemptFailure> =
	| { ok: true; value: T; attempts: number }
	| { ok: false; failure: F; attempts: number };

export interface AttemptFailedDetail {
	attempt: number;
	httpStatus: number | null;
	delayMs: number;
	cause: string;
}

export interface RetryLoop<T, F extends AttemptFailure> {
	settings: RetrySettings;
	/** The execution's cancel signal: stopping the workflow ends attempts and back-offs at once. */
	cancelSignal: AbortSignal;
	/**
	 * The run's gate to GLAIR: every attempt waits its turn, and a 429 or a success tells it how
	 * many may go out at once. None for a download (another server, another account).
	 */
	gate?: RequestGate;
	/** One attempt, bound by `timer.signal`. Resolves with a value or a failure; throws only when stopped. */
	attempt(timer: AttemptSignal, attempt: number, maxAttempts: number): Promise<AttemptResult<T, F>>;
	/** Called before each back-off. */
	onAttemptFailed?(detail: AttemptFailedDetail): void;
}

export function maxAttemptsOf(settings: RetrySettings): number {
	return Math.max(0, Math.floor(settings.maxRetries)) + 1;
}

export function attemptsText(attempts: number): string {
	return attempts === 1 ? '1 attempt' : `${attempts} attempts`;
}

/**
 * The one retry loop of the node, for uploads to GLAIR and downloads of documents: Max Retries
 * + 1 attempts, each with its own timeout, back-off with full jitter after a retryable failure
 * (never sooner than a Retry-After), and an immediate end on a failure that would only repeat.
 * A stopped execution throws the cancel signal's reason, from the gate, an attempt or a back-off.
 */
export async function withRetries<T, F extends AttemptFailure>(loop: RetryLoop<T, F>): Promise<RetryResult<T, F>> {
	const { settings, gate, cancelSignal } = loop;
	const maxAttempts = maxAttemptsOf(settings);
	for (let attempt = 1; ; attempt++) {
		if (gate) await gate.acquire(cancelSignal);
		else cancelSignal.throwIfAborted();
		const timer = attemptSignal(cancelSignal, settings.timeoutMs);
		let result: AttemptResult<T, F> | undefined;
		try {
			result = await loop.attempt(timer, attempt, maxAttempts);
		} finally {
			timer.done();
			if (gate) {
				// Told while this request still counts as in flight, so a 429 narrows the gate to one
				// fewer than were really going out at the time.
				if (result && !result.ok && result.failure.httpStatus === 429) {
					gate.onRateLimited(result.failure.retryAfterMs ?? settings.initialDelayMs);
				} else if (result?.ok) {
					gate.onSuccess();
				}
				gate.release();
			}
		}
		// A stopped execution is not a failed exchange: let the engine end the run.
		cancelSignal.throwIfAborted();
		if (result.ok) return { ok: true, value: result.value, attempts: attempt };
		const { failure } = result;
		if (!failure.retryable || attempt >= maxAttempts) return { ok: false, failure, attempts: attempt };
		const delayMs = backoffDelayMs(attempt, settings.initialDelayMs, failure.retryAfterMs);
		loop.onAttemptFailed?.({ attempt, httpStatus: failure.httpStatus, delayMs, cause: failure.cause });
		await sleep(delayMs, cancelSignal);
	}
}
