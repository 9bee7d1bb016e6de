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
