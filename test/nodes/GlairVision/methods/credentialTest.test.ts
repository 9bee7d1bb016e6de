import type { ICredentialTestFunctions } from 'n8n-workflow';

import { glairVisionApiTest } from '../../../../nodes/GlairVision/methods/credentialTest';
import { useSandbox } from '../../../helpers/sandboxSuite';

const suite = useSandbox({ forbiddenApiKeys: ['key-without-bpkb'] });

/** The Test button in the credential dialog, as n8n calls it: the node's credentialTest method. */
async function pressTest(data: Record<string, string>) {
	return await glairVisionApiTest.call({} as ICredentialTestFunctions, { id: '1', name: 'GLAIR', type: 'glairVisionApi', data });
}

describe('The credential Test button', () => {
	it('passes a valid credential: GLAIR answers an authenticated POST without a file with 400 NO_FILE', async () => {
		const result = await pressTest({ ...suite.credentials, baseUrl: `${suite.sandbox.baseUrl}/` });
		expect(result).toEqual({ status: 'OK', message: 'Connection tested successfully: BPKB can be read' });
		expect(suite.sandbox.requests[0]).toMatchObject({ authenticated: true, httpStatus: 400 });
	});

	it.each([
		['a wrong API key', { apiKey: 'nope' }, /401/],
		['a wrong password', { password: 'nope' }, /401/],
		['a key not allowed on BPKB', { apiKey: 'key-without-bpkb' }, /403/],
	])('fails %s, saying which refusal it was', async (_label, wrong, message) => {
		const result = await pressTest({ ...suite.credentials, baseUrl: suite.sandbox.baseUrl, ...wrong });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(message);
	});

	it('fails a server that answers but is not GLAIR, instead of calling it reachable', async () => {
		suite.sandbox.script('*', [{ kind: 'http', status: 200, body: { ok: true } }]);
		const result = await pressTest({ ...suite.credentials, baseUrl: suite.sandbox.baseUrl });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/Unexpected answer .*HTTP 200.*Base URL/);
	});

	it('fails a Base URL that is not http(s) before sending anything', async () => {
		const result = await pressTest({ ...suite.credentials, baseUrl: 'ftp://api.vision.glair.ai' });
		expect(result).toMatchObject({ status: 'Error', message: expect.stringMatching(/must start with https:\/\//) });
		expect(suite.sandbox.requests).toHaveLength(0);
	});

	it('fails an unreachable host with a reason, not a stack trace', async () => {
		const result = await pressTest({ ...suite.credentials, baseUrl: 'http://127.0.0.1:9' });
		expect(result).toMatchObject({ status: 'Error', message: expect.stringMatching(/Could not reach .*refused/) });
	});
});
