import type { Fault } from '../../../../sandbox/server';
import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { useSandbox } from '../../../../helpers/sandboxSuite';

const suite = useSandbox();
const FILE = 'bpkb-sample.pdf';
// Back-offs shortened through the node's own option, not by faking the engine's clock.
const fast = { errorOutputs: 'perStatus', retryDelay: 0.01, timeout: 2, maxRetries: 3 };

interface FaultCase {
	name: string;
	script: Fault[];
	options?: Record<string, unknown>;
	output: 'Success' | 'No File' | 'Invalid Format' | 'Failed';
	attempts: number;
	expect?: Record<string, unknown>;
}

const retried = (fault: Fault, times = 1): Fault[] => Array.from({ length: times }, () => fault);

const cases: FaultCase[] = [
	{ name: '503, 503, then a good answer', script: retried({ kind: 'http', status: 503 }, 2), output: 'Success', attempts: 3 },
	{ name: '429 without Retry-After (the node\'s own back-off)', script: [{ kind: 'http', status: 429 }], output: 'Success', attempts: 2 },
	{ name: '429 with Retry-After in seconds', script: [{ kind: 'http', status: 429, retryAfter: 1 }], output: 'Success', attempts: 2 },
	{ name: '429 with Retry-After as an HTTP date', script: [{ kind: 'http', status: 429, retryAfter: new Date(Date.now() + 1000).toUTCString() }], output: 'Success', attempts: 2 },
	{ name: '500', script: [{ kind: 'http', status: 500 }], output: 'Success', attempts: 2 },
	{ name: '504', script: [{ kind: 'http', status: 504 }], output: 'Success', attempts: 2 },
	{ name: 'a gateway\'s HTML 502 page', script: [{ kind: 'html', status: 502 }], output: 'Success', attempts: 2 },
	{ name: 'a connection reset before the upload', script: [{ kind: 'reset', during: 'headers' }], output: 'Success', attempts: 2 },
	{ name: 'a connection reset during the upload', script: [{ kind: 'reset', during: 'upload', afterBytes: 1000 }], output: 'Success', attempts: 2 },
	{ name: 'a body cut short', script: [{ kind: 'truncated' }], output: 'Success', attempts: 2 },
	// The retry must beat the timeout even on a busy CI machine: 1 s is plenty for a loopback answer.
	{ name: 'an answer slower than the timeout', script: [{ kind: 'delay', ms: 10_000 }], options: { timeout: 1 }, output: 'Success', attempts: 2 },
	{
		name: '503 four times',
		script: retried({ kind: 'http', status: 503 }, 4),
		output: 'Failed',
		attempts: 4,
		expect: { status: 'FAILED', http_status: 503, reason: '503 from GLAIR after 4 attempts', retryable: true, request_id: expect.stringMatching(/\w/) },
	},
	{
		name: 'timeouts on every attempt',
		script: retried({ kind: 'delay', ms: 5000 }, 2),
		options: { timeout: 0.3, maxRetries: 1 },
		output: 'Failed',
		attempts: 2,
		expect: { status: 'FAILED', http_status: null, reason: 'timed out after 0.3 s (gave up after 2 attempts)', retryable: true, request_id: '' },
	},
	{
		name: 'resets on every attempt',
		script: retried({ kind: 'reset', during: 'headers' }, 2),
		options: { maxRetries: 1 },
		output: 'Failed',
		attempts: 2,
		expect: { http_status: null, reason: expect.stringMatching(/reset.*gave up after 2 attempts/), retryable: true },
	},
	{ name: 'a 200 that is not JSON', script: [{ kind: 'malformed', variant: 'not-json' }], output: 'Failed', attempts: 1, expect: { retryable: false, http_status: 200, reason: expect.stringMatching(/not JSON/) } },
	{ name: 'a 200 HTML page', script: [{ kind: 'html', status: 200 }], output: 'Failed', attempts: 1, expect: { retryable: false, reason: expect.stringMatching(/HTML page/) } },
	{ name: 'JSON without status', script: [{ kind: 'malformed', variant: 'no-status' }], output: 'Failed', attempts: 1, expect: { reason: expect.stringMatching(/without a status/) } },
	{ name: 'an unknown status', script: [{ kind: 'malformed', variant: 'unknown-status' }], output: 'Failed', attempts: 1, expect: { reason: expect.stringMatching(/unknown status/) } },
	{ name: 'a field given as a bare string', script: [{ kind: 'malformed', variant: 'bare-string-field' }], output: 'Success', attempts: 1, expect: { nama_apm: 'PT ISUZU ASTRA MOTOR INDONESIA' } },
	{ name: 'no_ktp_tdp spelled nomor_ktp_tdp', script: [{ kind: 'malformed', variant: 'nomor_ktp_tdp' }], output: 'Success', attempts: 1, expect: { no_ktp_tdp: 'S120112190871' } },
	{ name: '400 NO_FILE (never retried)', script: [{ kind: 'envelope', status: 'NO_FILE' }], output: 'No File', attempts: 1, expect: { retryable: false, http_status: 400 } },
	{ name: '415 FILE_INVALID_FORMAT (never retried)', script: [{ kind: 'envelope', status: 'FILE_INVALID_FORMAT' }], output: 'Invalid Format', attempts: 1, expect: { retryable: false, http_status: 415 } },
	{ name: 'a FAILED document status (never retried)', script: [{ kind: 'envelope', status: 'FAILED' }], output: 'Failed', attempts: 1, expect: { status: 'FAILED', retryable: false } },
];

describe('Under injected faults, each document ends on exactly one output with the right account of what happened', () => {
	it.each(cases)('$name -> $output after $attempts attempt(s)', async ({ script, options, output, attempts, expect: fields }) => {
		suite.sandbox.script(FILE, script);
		const result = await runGlairVision({
			parameters: { binaryPropertyName: 'data', page: 'all', output: 'flattened', options: { ...fast, ...options } },
			credentials: suite.credentials,
			documents: [itemWith(sample(FILE))],
		});

		expect(result.error).toBeUndefined();
		const everywhere = Object.entries(result.byOutput).flatMap(([name, items]) => items.map((item) => ({ name, item })));
		expect(everywhere.map(({ name }) => name)).toEqual([output]);
		const [{ item }] = everywhere;
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.json.attempts).toBe(attempts);
		expect(suite.sandbox.attempts(FILE)).toBe(attempts);
		if (fields) expect(item.json).toMatchObject(fields);
	});

	it('waits at least as long as Retry-After asks before trying again', async () => {
		suite.sandbox.script(FILE, [{ kind: 'http', status: 429, retryAfter: 1 }]);
		await runGlairVision({
			parameters: { binaryPropertyName: 'data', page: 'all', output: 'flattened', options: fast },
			credentials: suite.credentials,
			documents: [itemWith(sample(FILE))],
		});

		const [first, second] = suite.sandbox.requests;
		expect(second.startedAt - (first.endedAt ?? first.startedAt)).toBeGreaterThanOrEqual(950);
	});

	it('re-sends the whole file on every attempt', async () => {
		suite.sandbox.script(FILE, [{ kind: 'reset', during: 'upload', afterBytes: 100 }, { kind: 'http', status: 503 }]);
		await runGlairVision({
			parameters: { binaryPropertyName: 'data', page: 'all', output: 'flattened', options: fast },
			credentials: suite.credentials,
			documents: [itemWith(sample(FILE))],
		});

		const complete = suite.sandbox.requests.filter((request) => request.sha256 !== undefined);
		expect(complete.length).toBeGreaterThanOrEqual(2);
		expect(new Set(complete.map((request) => request.sha256)).size).toBe(1);
		expect(complete.every((request) => request.bytes === sample(FILE).bytes.length)).toBe(true);
	});
});

describe('Bad input, one item at a time', () => {
	const pdfWithout = (bytes: Buffer) => ({ bytes, fileName: 'broken.pdf', mimeType: 'application/pdf' });
	const inputs = [
		{ name: 'an empty file', file: { bytes: Buffer.alloc(0), fileName: 'empty.pdf', mimeType: 'application/pdf' }, status: 'NO_FILE', reason: /empty \(0 bytes\)/ },
		{ name: 'a damaged PDF header', file: pdfWithout(Buffer.from('%PDF-x.y garbage %%EOF')), status: 'FILE_INVALID_FORMAT', reason: /header is damaged/ },
		{ name: 'a PDF cut short', file: pdfWithout(sample(FILE).bytes.subarray(0, 300)), status: 'FILE_INVALID_FORMAT', reason: /cut short/ },
		{ name: 'a text file named .jpg', file: { bytes: Buffer.from('hello'), fileName: 'scan.jpg', mimeType: 'image/jpeg' }, status: 'FILE_INVALID_FORMAT', reason: /PNG, JPEG, TIFF and PDF/ },
		{
			name: 'a file over Max File Size',
			file: pdfWithout(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1_600_000, 0x20), Buffer.from('\n%%EOF\n')])),
			options: { maxFileSizeMb: 1 },
			status: 'FILE_INVALID_FORMAT',
			reason: /is 1.5 MB, over the 1 MB limit set in Max File Size/,
		},
	];

	it.each(inputs)('$name is refused with a message that says what to do, and the next item still runs', async ({ file, options, status, reason }) => {
		const result = await runGlairVision({
			parameters: { binaryPropertyName: 'data', page: 'all', output: 'flattened', options: { ...fast, ...options } },
			credentials: suite.credentials,
			documents: [itemWith(file), itemWith(sample('bpkb-sample.pdf', { fileName: 'next.pdf' }))],
		});

		const refused = result.byOutput[status === 'NO_FILE' ? 'No File' : 'Invalid Format'];
		expect(refused).toHaveLength(1);
		expect(refused[0].json).toMatchObject({ status, attempts: 0, reason: expect.stringMatching(reason) });
		expect(refused[0].pairedItem).toEqual({ item: 0 });
		expect(result.byOutput.Success.map((item) => item.json.file_name)).toEqual(['next.pdf']);
		expect(suite.sandbox.requests.map((request) => request.fileName)).not.toContain(file.fileName);
	});

	it('a Base URL that is not http(s) stops the run as a refused credential does, saying what to fix', async () => {
		const result = await runGlairVision({
			parameters: { binaryPropertyName: 'data', page: 'all', output: 'flattened', options: fast },
			credentials: { ...suite.credentials, baseUrl: 'api.vision.glair.ai' },
			documents: [itemWith(sample(FILE)), itemWith(sample(FILE))],
		});

		expect(result.error?.message).toMatch(/Base URL .* must start with https:\/\//);
		expect(result.error?.description).toMatch(/correct its Base URL/);
		expect(suite.sandbox.requests).toHaveLength(0);
	});

	it('with On Error set to continue, a bad Base URL fails every document once, on Failed, as a 401 does', async () => {
		const result = await runGlairVision({
			parameters: { binaryPropertyName: 'data', page: 'all', output: 'flattened', options: fast },
			credentials: { ...suite.credentials, baseUrl: 'api.vision.glair.ai' },
			documents: [itemWith(sample(FILE)), itemWith(sample(FILE))],
			onError: 'continueRegularOutput',
		});

		expect(result.byOutput.Failed.map((item) => [item.pairedItem, item.json.outcome, item.json.status])).toEqual([
			[{ item: 0 }, 'NOT_READ', 'FAILED'],
			[{ item: 1 }, 'NOT_READ', 'FAILED'],
		]);
		expect(result.byOutput.Failed[0].json.reason).toMatch(/Base URL .* must start with https:\/\//);
	});
});
