import { sleep } from './sleep';

/**
 * Shared by every upload of one node run. A 429 is about the account, not the document, so
 * when GLAIR says "too many" the whole run backs off: nobody sends until the pause is over,
 * and fewer requests go out at once afterwards (halved, then regained one success at a time).
 */
export class RequestGate {
	private inFlight = 0;

	private allowed: number;

	private resumeAt = 0;

	private successesSinceRaise = 0;

	private readonly waiting: Array<() => void> = [];

	constructor(private readonly maxInFlight: number) {
		this.allowed = maxInFlight;
	}

	async acquire(signal: AbortSignal): Promise<void> {
		for (;;) {
			signal.throwIfAborted();
			const pause = this.resumeAt - Date.now();
			if (pause > 0) {
				await sleep(pause, signal);
				continue;
			}
			if (this.inFlight < this.allowed) {
				this.inFlight++;
				return;
			}
			await this.nextRelease(signal);
		}
	}

	private async nextRelease(signal: AbortSignal): Promise<void> {
		await new Promise<void>((resolve) => {
			const wake = () => {
				signal.removeEventListener('abort', wake);
				// On abort, leave the queue: a stale entry would swallow the next release's wake-up.
				const index = this.waiting.indexOf(wake);
				if (index !== -1) this.waiting.splice(index, 1);
				resolve();
			};
			this.waiting.push(wake);
			signal.addEventListener('abort', wake, { once: true });
		});
	}

	release(): void {
		this.inFlight--;
		this.waiting.shift()?.();
	}

	onSuccess(): void {
		if (this.allowed >= this.maxInFlight) return;
		if (++this.successesSinceRaise >= this.allowed) {
			this.successesSinceRaise = 0;
			this.allowed++;
			this.waiting.shift()?.();
		}
	}

	onRateLimited(pauseMs: number): void {
		this.allowed = Math.max(1, Math.floor(this.inFlight / 2));
		this.successesSinceRaise = 0;
		this.resumeAt = Math.max(this.resumeAt, Date.now() + pauseMs);
	}
}
