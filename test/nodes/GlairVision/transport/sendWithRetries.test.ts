import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { closeAllDispatchers } from '../../../../nodes/GlairVision/transport/dispatcher';
import { RequestGate } from '../../../../nodes/GlairVision/transport/requestGate';
import { sendWithRetries, type RetrySettings, type SendRequest } from '../../../../nodes/GlairVision/transport/sendWithRetries';
import { GlairSandbox } from '../../../sandbox/server';

describe('sendWithRetries against the stand-in', () => {
	let sandbox: GlairSandbox;
	beforeAll(async () => {
		sandbox = await GlairSandbox.start();
	});
	afterAll(async () => {
		await closeAllDispatchers();
		await sandbox.close();
	});
	beforeEach(() => sandbox.reset());

	const file = readFileSync(join(__dirname, '..', '..', '..', '..', 'samples', 'bpkb-sample.pdf'));
	const upload = { fileName: 'bpkb-sample.pdf', mimeType: 'application/pdf', size: file.length, open: async () => file };
	const send = (settings: Partial<RetrySettings> = {}, gate = new RequestGate(4), onAttemptFailed?: SendRequest['onAttemptFailed']) =>
		sendWithRetries({
			credentials: { ...sandbox.credentials, baseUrl: sandbox.baseUrl },
			path: '/ocr/v1/bpkb',
			upload,
			page: undefined,
			settings: { maxRetries: 3, timeoutMs: 5_000, initialDelayMs: 10, ...settings },
			gate,
			cancelSignal: new AbortController().signal,
			onAttemptFailed,
		});

	it('answers at the first attempt when GLAIR does, with the status, request id and body', async () => {
		const outcome = await send();
		expect(outcome).toMatchObject({ kind: 'answered', attempts: 1, httpStatus: 200, requestId: sandbox.requests[0].requestId });
		expect(outcome.kind === 'answered' && JSON.parse(outcome.bodyText).status).toBe('SUCCESS');
	});

	it('tries again after 503 and 429 (with and without Retry-After), re-sending the whole file each time', async () => {
		sandbox.script('bpkb-sample.pdf', [{ kind: 'http', status: 503 }, { kind: 'http', status: 429 }, { kind: 'http', status: 429, retryAfter: 0 }]);
		const failures: Array<number | null> = [];
		const outcome = await send({}, undefined, ({ httpStatus }) => failures.push(httpStatus));
		expect(outcome).toMatchObject({ kind: 'answered', attempts: 4, httpStatus: 200 });
		expect(failures).toEqual([503, 429, 429]);
		expect(sandbox.requests.map((request) => request.bytes)).toEqual([file.length, file.length, file.length, file.length]);
	});

	it('never retries a 400, 401 or 415: they are answers, not accidents', async () => {
		for (const status of [400, 401, 415]) {
			sandbox.reset();
			sandbox.script('bpkb-sample.pdf', [{ kind: 'http', status }]);
			expect(await send()).toMatchObject({ kind: 'answered', attempts: 1, httpStatus: status });
		}
	});

	it('gives up after Max Retries + 1 attempts with the last status, the last request id and the reason', async () => {
		sandbox.script('bpkb-sample.pdf', [{ kind: 'http', status: 502 }, { kind: 'http', status: 503 }]);
		const outcome = await send({ maxRetries: 1 });
		expect(outcome).toEqual({
			kind: 'gaveUp',
			attempts: 2,
			httpStatus: 503,
			requestId: sandbox.requests[1].requestId,
			reason: '503 from GLAIR after 2 attempts',
			retryable: true,
		});
	});

	it('describes a network failure it gave up on, with no status', async () => {
		sandbox.script('bpkb-sample.pdf', [{ kind: 'reset', during: 'headers' }]);
		expect(await send({ maxRetries: 0 })).toMatchObject({
			kind: 'gaveUp',
			httpStatus: null,
			reason: 'the connection was reset before GLAIR answered (gave up after 1 attempt)',
		});
	});
});
