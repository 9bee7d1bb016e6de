import { clearTimeout, setTimeout } from 'node:timers';

import { postMultipart, type GlairCredentials, type GlairHttpAnswer } from './glairClient';
import type { UploadSource } from './multipart';
import type { RequestGate } from './requestGate';
import { backoffDelayMs, isRetryableStatus, parseRetryAfter } from './retryPolicy';
import { sleep } from './sleep';

export interface RetrySettings {
	maxRetries: number;
	timeoutMs: number;
	initialDelayMs: number;
}

export type SendOutcome =
	| ({ kind: 'answered'; attempts: number } & GlairHttpAnswer)
	| {
			kind: 'gaveUp';
			attempts: number;
			httpStatus: number | null;
			requestId: string | null;
			reason: string;
	  };

export interface SendRequest {
	credentials: GlairCredentials;
	path: string;
	upload: UploadSource;
	page: number | undefined;
	settings: RetrySettings;
	gate: RequestGate;
	/** The execution's cancel signal: stopping the workflow ends uploads and back-offs at once. */
	cancelSignal: AbortSignal;
	onAttemptFailed?: (detail: { attempt: number; httpStatus: number | null; delayMs: number; cause: string }) => void;
}

/** A network-level failure, in words an ops person can pass on. */
export function describeNetworkError(error: unknown, timeoutMs: number): string {
	const code = (error as { code?: string })?.code ?? (error as { cause?: { code?: string } })?.cause?.code;
	switch (code) {
		case 'UND_ERR_HEADERS_TIMEOUT':
		case 'UND_ERR_BODY_TIMEOUT':
		case 'UND_ERR_CONNECT_TIMEOUT':
			return `timed out after ${timeoutMs / 1000} s`;
		case 'ECONNREFUSED':
			return 'the connection was refused (is the Base URL right and GLAIR reachable from this n8n?)';
		case 'ECONNRESET':
		case 'UND_ERR_SOCKET':
		case 'EPIPE':
			return 'the connection was reset before GLAIR answered';
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return 'the GLAIR host name could not be resolved (check the Base URL and DNS or proxy settings)';
		case 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH':
			return 'the answer was cut short';
		default:
			return `a network error (${code ?? (error as Error)?.name ?? 'unknown'}); check that this n8n can reach the Base URL`;
	}
}

/**
 * One attempt's signal: aborts when the execution is stopped (with its reason) or when the
 * attempt has run `timeoutMs` (with a TimeoutError, as AbortSignal.timeout would). The same as
 * AbortSignal.any([cancelSignal, AbortSignal.timeout(timeoutMs)]), but `done` drops the timer and
 * the listener as soon as the attempt is over, instead of leaving them to the garbage collector.
 */
function attemptSignal(cancelSignal: AbortSignal, timeoutMs: number): { signal: AbortSignal; done: () => void } {
	const controller = new AbortController();
	const onCancel = () => controller.abort(cancelSignal.reason);
	cancelSignal.addEventListener('abort', onCancel, { once: true });
	const timer = setTimeout(
		() => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
		timeoutMs,
	);
	// Like AbortSignal.timeout: the timer alone does not keep the process alive.
	timer.unref();
	return {
		signal: controller.signal,
		done: () => {
			clearTimeout(timer);
			cancelSignal.removeEventListener('abort', onCancel);
		},
	};
}

/**
 * Uploads one document, trying again on rate limits, server errors and network failures.
 * Each attempt re-opens the file; every attempt waits its turn at the run's gate.
 */
export async function sendWithRetries(request: SendRequest): Promise<SendOutcome> {
	const { settings, gate, cancelSignal } = request;
	const maxAttempts = settings.maxRetries + 1;
	let lastStatus: number | null = null;
	let lastRequestId: string | null = null;
	let lastCause = '';

	for (let attempt = 1; attempt <= maxAttempts; attempt++) {
		await gate.acquire(cancelSignal);
		let answer: GlairHttpAnswer | undefined;
		let networkError: unknown;
		const attemptAbort = attemptSignal(cancelSignal, settings.timeoutMs);
		try {
			answer = await postMultipart({
				credentials: request.credentials,
				path: request.path,
				upload: request.upload,
				page: request.page,
				signal: attemptAbort.signal,
				timeoutMs: settings.timeoutMs,
			});
		} catch (error) {
			networkError = error;
		} finally {
			attemptAbort.done();
		}
		const retryAfterMs = answer ? parseRetryAfter(answer.retryAfter) : undefined;
		// Told to the gate while this request still counts as in flight, so a 429 narrows the
		// gate to one fewer than was really going out at the time.
		if (answer?.httpStatus === 429) gate.onRateLimited(retryAfterMs ?? settings.initialDelayMs);
		else if (answer && !isRetryableStatus(answer.httpStatus)) gate.onSuccess();
		gate.release();
		// A stopped execution is not a failed document: let the engine end the run.
		cancelSignal.throwIfAborted();

		if (answer) {
			lastStatus = answer.httpStatus;
			lastRequestId = answer.requestId ?? lastRequestId;
			if (!isRetryableStatus(answer.httpStatus)) return { kind: 'answered', attempts: attempt, ...answer };
			lastCause = `${answer.httpStatus} from GLAIR`;
		} else {
			lastStatus = null;
			lastCause = attemptAbort.signal.aborted
				? `timed out after ${settings.timeoutMs / 1000} s`
				: describeNetworkError(networkError, settings.timeoutMs);
		}

		if (attempt === maxAttempts) break;
		const delayMs = backoffDelayMs(attempt, settings.initialDelayMs, retryAfterMs);
		request.onAttemptFailed?.({ attempt, httpStatus: lastStatus, delayMs, cause: lastCause });
		await sleep(delayMs, cancelSignal);
	}

	const attemptsText = maxAttempts === 1 ? '1 attempt' : `${maxAttempts} attempts`;
	return {
		kind: 'gaveUp',
		attempts: maxAttempts,
		httpStatus: lastStatus,
		requestId: lastRequestId,
		reason:
			lastStatus === null
				? `${lastCause} (gave up after ${attemptsText})`
				: `${lastCause} after ${attemptsText}`,
	};
}
