import { itemWith, sample } from '../../../../../helpers/documents';
import { runGlairVision } from '../../../../../helpers/engine';
import { useSandbox } from '../../../../../helpers/sandboxSuite';

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
		const startedAt = Date.now();
		const result = await runGlairVision({
			parameters: parameters(),
			credentials: suite.credentials,
			documents: [itemWith(sample('bpkb-sample.pdf')), itemWith(sample('bpkb-page-1.png'))],
			cancelAfterMs: 300,
		});

		expect(result.run.status).toBe('canceled');
		expect(suite.sandbox.requests).toHaveLength(2);
		// The server sees each upload's connection go away: nothing is left waiting for an answer.
		expect(await waitFor(() => suite.sandbox.inFlightRequests() === 0, 1000)).toBe(true);
		for (const request of suite.sandbox.requests) expect(request).toMatchObject({ httpStatus: 0, endedAt: expect.any(Number) });
		// The sandbox was told to hold the answer for a minute; the run is over in about the cancel delay.
		expect(Date.now() - startedAt).toBeLessThan(10_000);
	});

	it('ends a pending back-off at once, and sends nothing afterwards', async () => {
		suite.sandbox.script('bpkb-sample.pdf', [{ kind: 'http', status: 503 }]);
		const result = await runGlairVision({
			parameters: parameters({ retryDelay: 60 }),
			credentials: suite.credentials,
			documents: [itemWith(sample('bpkb-sample.pdf'))],
			cancelAfterMs: 300,
		});

		expect(result.run.status).toBe('canceled');
		const requestsAtCancel = suite.sandbox.requests.length;
		expect(requestsAtCancel).toBe(1);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(suite.sandbox.requests.length).toBe(requestsAtCancel);
	});
});
