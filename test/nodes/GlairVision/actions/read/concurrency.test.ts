import { createHash } from 'node:crypto';

import { sample } from '../../../../helpers/documents';
import type { FixtureDocument } from '../../../../helpers/fixtureRegistry';
import { runGlairVision } from '../../../../helpers/engine';
import { useSandbox } from '../../../../helpers/sandboxSuite';

const suite = useSandbox({ latencyMs: { min: 5, max: 60 }, seed: 11 });
const parameters = (options: Record<string, unknown>) => ({
	binaryPropertyName: 'data',
	page: '3',
	output: 'flattened',
	options: { retryDelay: 0.01, ...options },
});
const documents = (count: number): FixtureDocument[] =>
	Array.from({ length: count }, (_, index) => ({ files: { data: sample('bpkb-page-3.png', { fileName: `scan-${index}.png` }) } }));

describe('Concurrent uploads', () => {
	it('keep input order and pairing with concurrency 8 and random latencies', async () => {
		const result = await runGlairVision({ parameters: parameters({ concurrency: 8 }), credentials: suite.credentials, documents: documents(40) });

		expect(result.byOutput.Success.map((item) => [item.pairedItem, item.json.file_name])).toEqual(
			Array.from({ length: 40 }, (_, index) => [{ item: index }, `scan-${index}.png`]),
		);
		// The uploads really overlapped: some request started before an earlier one ended.
		const requests = suite.sandbox.requests;
		expect(requests.some((request, index) => index > 0 && request.startedAt < (requests[index - 1].endedAt ?? 0))).toBe(true);
	});

	it.each([
		['a Retry-After of 0 s', 0],
		['no Retry-After at all (the node\'s own back-off)', null],
	])('ride out a 429 storm with %s, without a failure and within the retry budget', async (_, retryAfterSeconds) => {
		suite.sandbox.setOptions({ maxInFlight: 2, retryAfterSeconds });
		try {
			const maxRetries = 5;
			const result = await runGlairVision({ parameters: parameters({ concurrency: 8, maxRetries }), credentials: suite.credentials, documents: documents(24) });

			expect(result.byOutput['Not Read']).toHaveLength(0);
			expect(result.byOutput.Success).toHaveLength(24);
			const rateLimited = suite.sandbox.requests.filter((request) => request.httpStatus === 429).length;
			expect(rateLimited).toBeGreaterThan(0);
			for (const item of result.byOutput.Success) expect(item.json.attempts).toBeLessThanOrEqual(maxRetries + 1);
			expect(suite.sandbox.requests.length).toBe(24 + rateLimited);
		} finally {
			suite.sandbox.setOptions({ maxInFlight: undefined, retryAfterSeconds: 1 });
		}
	});
});

describe('Streamed upload', () => {
	it('a 30 MB scan from the filesystem store arrives byte-identical', async () => {
		const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(30 * 1024 * 1024, 0x41), Buffer.from('\n%%EOF\n')]);
		const result = await runGlairVision({
			parameters: parameters({ maxFileSizeMb: 64 }),
			credentials: suite.credentials,
			documents: [{ files: { data: { bytes, fileName: 'big-scan.pdf', mimeType: 'application/pdf' } } }],
		});

		// Read by GLAIR, but nothing on it is a BPKB page: a person reviews it.
		expect(result.byOutput['Needs Review'].map((item) => item.json.status)).toEqual(['SUCCESS']);
		const [request] = suite.sandbox.requests;
		expect(request.bytes).toBe(bytes.length);
		expect(request.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
	});

	it('inline binary (kept in the item) is sent from memory just the same', async () => {
		const file = sample('bpkb-sample.pdf', { inline: true });
		const result = await runGlairVision({ parameters: parameters({}), credentials: suite.credentials, documents: [{ files: { data: file } }] });

		expect(result.byOutput.Success[0].binary?.data.id).toBeUndefined();
		expect(suite.sandbox.requests[0].sha256).toBe(createHash('sha256').update(file.bytes).digest('hex'));
	});
});
