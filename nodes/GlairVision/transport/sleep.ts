import { setTimeout as delay } from 'node:timers/promises';

/** A wait that a stopped execution interrupts at once. */
export async function sleep(ms: number, signal: AbortSignal): Promise<void> {
	signal.throwIfAborted();
	if (ms > 0) await delay(ms, undefined, { signal });
}
