import { AnswerTooLargeError } from './answerBody';
import { formatMegabytes } from './byteSize';
import { exchangeOnce, type GlairCredentials, type GlairHttpAnswer, type GlairRequest } from './glairClient';
import { classifyNetworkError, timeoutWords } from './networkErrors';
import type { RequestGate } from './requestGate';
import { attemptsText, withRetries, type AttemptFailedDetail, type AttemptFailure, type RetrySettings } from './retryLoop';
import { isRetryableStatus, parseRetryAfter } from './retryPolicy';

export type SendOutcome =
	| ({ kind: 'answered'; attempts: number } & GlairHttpAnswer)
	| {
			kind: 'gaveUp';
			attempts: number;
			httpStatus: number | null;
			requestId: string | null;
			reason: string;
			/** False when trying again later would fail the same way (an answer over the size cap, a certificate). */
			retryable: boolean;
	  };

/** One request to GLAIR, with everything the node's retry loop needs. */
export interface GlairExchange extends GlairRequest {
	credentials: GlairCredentials;
	settings: RetrySettings;
	/** The run's gate: every attempt waits its turn, a 429 slows the whole run down. */
	gate: RequestGate;
	/** The execution's cancel signal: stopping the workflow ends uploads and back-offs at once. */
	cancelSignal: AbortSignal;
	onAttemptFailed?: (detail: AttemptFailedDetail) => void;
}

/**
 * Sends one request to GLAIR, trying again on rate limits (429), server errors (5xx) and network
 * failures, each attempt bound by the Timeout and re-sending the whole body (every file re-opened).
 * Resolves with GLAIR's answer, whatever its status (400, 401, 415 are answers, not accidents),
 * or with the reason it gave up; throws only when the execution is stopped.
 */
export async function exchangeWithGlair(exchange: GlairExchange): Promise<SendOutcome> {
	const { settings, cancelSignal } = exchange;
	let lastRequestId: string | null = null;
	const result = await withRetries<GlairHttpAnswer, AttemptFailure>({
		settings,
		cancelSignal,
		gate: exchange.gate,
		onAttemptFailed: exchange.onAttemptFailed,
		attempt: async (timer) => {
			try {
				const answer = await exchangeOnce(exchange.credentials, exchange, timer.signal, settings.timeoutMs);
				lastRequestId = answer.requestId ?? lastRequestId;
				if (!isRetryableStatus(answer.httpStatus)) return { ok: true, value: answer };
				const retryAfterMs = parseRetryAfter(answer.retryAfter);
				return { ok: false, failure: { retryable: true, httpStatus: answer.httpStatus, cause: `${answer.httpStatus} from GLAIR`, retryAfterMs } };
			} catch (error) {
				if (error instanceof AnswerTooLargeError) {
					lastRequestId = error.requestId ?? lastRequestId;
					const cause = `GLAIR's answer (HTTP ${error.httpStatus}) is larger than ${formatMegabytes(error.maxBytes)}, far beyond any document's reading: it was not read. Quote the request id to GLAIR support`;
					return { ok: false, failure: { retryable: false, httpStatus: error.httpStatus, cause } };
				}
				const failure = timer.timedOut()
					? { retryable: true, words: timeoutWords(settings.timeoutMs) }
					: classifyNetworkError(error, settings.timeoutMs, 'glair');
				return { ok: false, failure: { retryable: failure.retryable, httpStatus: null, cause: failure.words } };
			}
		},
	});
	if (result.ok) return { kind: 'answered', attempts: result.attempts, ...result.value };

	const { failure, attempts } = result;
	let reason = failure.cause;
	if (failure.retryable) {
		reason = failure.httpStatus === null ? `${reason} (gave up after ${attemptsText(attempts)})` : `${reason} after ${attemptsText(attempts)}`;
	}
	return { kind: 'gaveUp', attempts, httpStatus: failure.httpStatus, requestId: lastRequestId, reason, retryable: failure.retryable };
}
