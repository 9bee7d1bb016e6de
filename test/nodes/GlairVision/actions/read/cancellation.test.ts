import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { useSandbox } from '../../../../helpers/sandboxSuite';

const suite = useSandbox();
const parameters = (options: Record<string, unknown> = {}) => ({
	binaryPropertyName: 'data',
	page: 'all',
	output: 'flattened',
	options: { retryDelay: 0.01, timeout: 120, ...options },
});

async function waitFor(condition: () => boolean, withinMs: number): Promise<boolean> {
	const until = Date.now() + withinMs;
	while (Date.now() < until) {
		if (condition()) return true;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	return condition();
}

describe('Stopping the execution', () => {
	it('aborts an upload in flight: the socket closes and the run ends long before GLAIR would answer', async () => {
		suite.sandbox.script('*', [{ kind: 'delay', ms: 60_000 }, { kind: 'delay', ms: 60_000 }]);
		let cancelledAt = 0;
		const result = await runGlairVision({
			parameters: parameters(),
			credentials: suite.credentials,
			documents: [itemWith(sample('bpkb-sample.pdf')), itemWith(sample('bpkb-page-1.png'))],
			// Stop once both uploads are with GLAIR, waiting for its answer.
			cancelWhen: () => suite.sandbox.inFlightRequests() === 2 && (cancelledAt = Date.now()) > 0,
		});
		const runEndedAfterMs = Date.now() - cancelledAt;

		expect(result.run.status).toBe('canceled');
		expect(suite.sandbox.requests).toHaveLength(2);
		// The server sees each upload's connection go away: nothing is left waiting for an answer.
		expect(await waitFor(() => suite.sandbox.inFlightRequests() === 0, 1000)).toBe(true);
		for (const request of suite.sandbox.requests) expect(request).toMatchObject({ httpStatus: 0, endedAt: expect.any(Number) });
		// The sandbox holds each answer for a minute; the run ends right after the Stop.
		expect(runEndedAfterMs).toBeLessThan(5_000);
	});

	it('ends a pending back-off at once, and sends nothing afterwards', async () => {
		// Retry-After makes the back-off a sure minute (full jitter alone could draw a short one).
		suite.sandbox.script('bpkb-sample.pdf', [{ kind: 'http', status: 503, retryAfter: 60 }]);
		const result = await runGlairVision({
			parameters: parameters(),
			credentials: suite.credentials,
			documents: [itemWith(sample('bpkb-sample.pdf'))],
			// Stop once the 503 has been answered: the node is now waiting out its 60 s back-off.
			cancelWhen: () => suite.sandbox.requests[0]?.endedAt !== undefined,
		});

		expect(result.run.status).toBe('canceled');
		const requestsAtCancel = suite.sandbox.requests.length;
		expect(requestsAtCancel).toBe(1);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(suite.sandbox.requests.length).toBe(requestsAtCancel);
	});
});
