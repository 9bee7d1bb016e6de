import { clearTimeout, setTimeout } from 'node:timers';

export interface AttemptSignal {
	signal: AbortSignal;
	/** True once the attempt's own timer fired (not when the execution was stopped). */
	timedOut(): boolean;
	/** Drops the timer and the listener: call it as soon as the attempt is over. */
	done(): void;
}

/**
 * One attempt's signal: aborts when the execution is stopped (with its reason) or when the
 * attempt has run `timeoutMs` (with a TimeoutError, as AbortSignal.timeout would). The same as
 * AbortSignal.any([cancelSignal, AbortSignal.timeout(timeoutMs)]) at the cost of one timer and one
 * listener, both dropped by `done` instead of being left to the garbage collector.
 */
export function attemptSignal(cancelSignal: AbortSignal, timeoutMs: number): AttemptSignal {
	const controller = new AbortController();
	let fired = false;
	const onCancel = () => controller.abort(cancelSignal.reason);
	if (cancelSignal.aborted) onCancel();
	else cancelSignal.addEventListener('abort', onCancel, { once: true });
	const timer = setTimeout(() => {
		fired = true;
		controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
	}, timeoutMs);
	// Like AbortSignal.timeout: the timer alone does not keep the process alive.
	timer.unref();
	return {
		signal: controller.signal,
		timedOut: () => fired && !cancelSignal.aborted,
		done: () => {
			clearTimeout(timer);
			cancelSignal.removeEventListener('abort', onCancel);
		},
	};
}
