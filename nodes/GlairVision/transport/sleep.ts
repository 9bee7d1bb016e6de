import { clearTimeout, setTimeout } from 'node:timers';

/** A wait that a stopped execution interrupts at once, with the stop's own reason. */
export async function sleep(ms: number, signal: AbortSignal): Promise<void> {
	signal.throwIfAborted();
	if (ms <= 0) return;
	await new Promise<void>((resolve, reject) => {
		const onAbort = () => {
			clearTimeout(timer);
			reject(signal.reason);
		};
		const timer = setTimeout(() => {
			signal.removeEventListener('abort', onAbort);
			resolve();
		}, ms);
		signal.addEventListener('abort', onAbort, { once: true });
	});
}
