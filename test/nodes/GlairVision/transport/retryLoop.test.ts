import { RequestGate } from '../../../../nodes/GlairVision/transport/requestGate';
import { withRetries, type AttemptFailure, type AttemptResult } from '../../../../nodes/GlairVision/transport/retryLoop';

const settings = { maxRetries: 2, timeoutMs: 5_000, initialDelayMs: 1 };
const failure = (retryable: boolean, httpStatus: number | null = 503): AttemptResult<string, AttemptFailure> => ({
	ok: false,
	failure: { retryable, httpStatus, cause: `${httpStatus} from the server` },
});

describe('withRetries, the one retry loop of uploads and downloads', () => {
	it('tries Max Retries + 1 times after retryable failures, telling each back-off, and gives up with the last failure', async () => {
		const backOffs: number[] = [];
		const result = await withRetries({
			settings,
			cancelSignal: new AbortController().signal,
			attempt: async () => failure(true),
			onAttemptFailed: ({ attempt }) => backOffs.push(attempt),
		});
		expect(result).toEqual({ ok: false, attempts: 3, failure: { retryable: true, httpStatus: 503, cause: '503 from the server' } });
		expect(backOffs).toEqual([1, 2]);
	});

	it('ends at once on a failure that would only repeat', async () => {
		let attempts = 0;
		const result = await withRetries({ settings, cancelSignal: new AbortController().signal, attempt: async () => (attempts++, failure(false, 404)) });
		expect(result).toMatchObject({ ok: false, attempts: 1 });
		expect(attempts).toBe(1);
	});

	it("bounds each attempt by its own timer and says when it was the timer, not a stop", async () => {
		const seen: boolean[] = [];
		const result = await withRetries<string, AttemptFailure>({
			settings: { maxRetries: 1, timeoutMs: 50, initialDelayMs: 1 },
			cancelSignal: new AbortController().signal,
			attempt: async (timer, attempt) => {
				if (attempt === 2) return { ok: true, value: 'second' };
				await new Promise((resolve) => timer.signal.addEventListener('abort', resolve));
				seen.push(timer.timedOut(), (timer.signal.reason as Error).name === 'TimeoutError');
				return failure(true, null);
			},
		});
		expect(seen).toEqual([true, true]);
		expect(result).toEqual({ ok: true, value: 'second', attempts: 2 });
	});

	it('throws the stop reason during a back-off, without another attempt', async () => {
		const controller = new AbortController();
		const reason = new Error('stopped');
		let attempts = 0;
		const running = withRetries({
			settings: { ...settings, initialDelayMs: 60_000 },
			cancelSignal: controller.signal,
			attempt: async () => (attempts++, failure(true)),
			onAttemptFailed: () => setTimeout(() => controller.abort(reason), 10),
		});
		await expect(running).rejects.toBe(reason);
		expect(attempts).toBe(1);
	});

	it("waits at the run's gate and tells it about a 429 while the request still counts as in flight", async () => {
		const gate = new RequestGate(3);
		const told: string[] = [];
		gate.onRateLimited = (pauseMs: number) => void told.push(`rate limited, pause ${pauseMs}`);
		gate.onSuccess = () => void told.push('success');
		const results: Array<AttemptResult<string, AttemptFailure>> = [failure(true, 429), { ok: true, value: 'read' }];
		const result = await withRetries({ settings, gate, cancelSignal: new AbortController().signal, attempt: async () => results.shift()! });
		expect(result).toMatchObject({ ok: true, attempts: 2 });
		expect(told).toEqual(['rate limited, pause 1', 'success']);
	});
});
