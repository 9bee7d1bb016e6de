import { sleep } from './sleep';

/**
 * Shared by every upload of one node run. A 429 is about the account, not the document, so
 * when GLAIR says "too many" the whole run backs off: nobody sends until the pause is over,
 * and afterwards no more go out at once than GLAIR was accepting (one fewer than were in flight
 * when the 429 came; a burst of 429s walks it down to the limit). The allowance grows back one
 * slot after RAISE_AFTER_ROUNDS full rounds of successes, so the limit is probed rarely: every
 * probe costs a 429 and a pause for everyone.
 */
export const RAISE_AFTER_ROUNDS = 4;

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
		if (++this.successesSinceRaise >= this.allowed * RAISE_AFTER_ROUNDS) {
			this.successesSinceRaise = 0;
			this.allowed++;
			this.waiting.shift()?.();
		}
	}

	/** Call while the rate-limited request still counts as in flight (before `release`). */
	onRateLimited(pauseMs: number): void {
		this.allowed = Math.max(1, Math.min(this.allowed, this.inFlight - 1));
		this.successesSinceRaise = 0;
		this.resumeAt = Math.max(this.resumeAt, Date.now() + pauseMs);
	}
}
