import { closeNodePools } from './nodePools';
import { GlairSandbox, type SandboxOptions } from '../sandbox/server';
import type { GlairCredentialData } from './engine';

/**
 * Starts one sandbox for a test file and resets its scripts and request log before each test.
 * Tests read `suite.sandbox` and `suite.credentials` inside their bodies.
 */
export function useSandbox(options: SandboxOptions = {}) {
	const suite = {} as { sandbox: GlairSandbox; credentials: GlairCredentialData };
	beforeAll(async () => {
		suite.sandbox = await GlairSandbox.start(options);
		suite.credentials = { ...suite.sandbox.credentials, baseUrl: suite.sandbox.baseUrl };
	});
	afterAll(async () => {
		await closeNodePools();
		await suite.sandbox.close();
	});
	beforeEach(() => suite.sandbox.reset());
	return suite;
}

/** A copy of an invented answer fixture as GLAIR would send it (its `_invented` note left out), to change before sending. */
export function answerOf<Answer extends object>(fixture: Answer): Omit<Answer, '_invented'> {
	const copy = structuredClone(fixture) as Answer & { _invented?: unknown };
	delete copy._invented;
	return copy;
}

/** The next request is answered 200 with this JSON, whatever was uploaded. */
export function answerNextWith(sandbox: GlairSandbox, answer: unknown): void {
	sandbox.script('*', [{ kind: 'raw', status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(answer) }]);
}
