import type { ICredentialTestFunctions } from 'n8n-workflow';

import { DOCUMENT_SPECS } from '../../../../nodes/GlairVision/documents/registry';
import { PROBED, glairVisionApiTest } from '../../../../nodes/GlairVision/methods/credentialTest';
import { useSandbox } from '../../../helpers/sandboxSuite';

const suite = useSandbox({
	forbiddenApiKeys: ['key-without-any-product'],
	limitedApiKeys: {
		'bpkb-only-key': ['/ocr/v1/bpkb'],
		'ktp-only-key': ['/ocr/v1/ktp'],
		'all-but-two-key': DOCUMENT_SPECS.map((spec) => spec.path).filter((path) => !['/ocr/v1/sim', '/ocr/v1/passport'].includes(path)),
		'ktp-and-faces-key': ['/ocr/v1/ktp', '/face/v1/match', '/face/v1/passive-liveness', '/face/v1/active-liveness'],
		'identity-only-key': ['/identity/v1/verification'],
	},
});
const TOTAL = DOCUMENT_SPECS.length;
const FACES = ['Match Faces', 'Passive Liveness', 'Active Liveness'];
const IDENTITY = ['Verify Identity', 'Verify Identity With Face'];
const PRODUCTS = [...FACES, ...IDENTITY];

/** The Test button in the credential dialog, as n8n calls it: the node's credentialTest method. */
async function pressTest(data: Record<string, string>) {
	return await glairVisionApiTest.call({} as ICredentialTestFunctions, { id: '1', name: 'GLAIR', type: 'glairVisionApi', data });
}

describe('The credential Test button', () => {
	it("passes a valid credential: an authenticated POST without a file is a 400 on every document's, face and identity endpoint", async () => {
		const result = await pressTest({ ...suite.credentials, baseUrl: `${suite.sandbox.baseUrl}/` });
		expect(result).toEqual({ status: 'OK', message: `Connection tested successfully: all ${TOTAL} documents can be read; ${PRODUCTS.join(', ')} can be used` });
		expect(suite.sandbox.requests.map((request) => request.path).sort()).toEqual(
			[...DOCUMENT_SPECS.map((spec) => spec.path), '/face/v1/match', '/face/v1/passive-liveness', '/face/v1/active-liveness', '/identity/v1/verification', '/identity/v1/face-verification'].sort(),
		);
		for (const request of suite.sandbox.requests) expect(request).toMatchObject({ authenticated: true, httpStatus: 400 });
		// No session is asked: a POST would make one.
		expect(suite.sandbox.sessions.sessions.size).toBe(0);
	});

	it('names the face and identity products an account is, and is not, enabled for', async () => {
		const faces = await pressTest({ ...suite.credentials, baseUrl: suite.sandbox.baseUrl, apiKey: 'ktp-and-faces-key' });
		expect(faces.message).toBe(
			`Connection tested successfully: 1 of ${TOTAL} documents can be read (KTP); the other ${TOTAL - 1} are not enabled for this account; ${FACES.join(', ')} can be used (not enabled for this account: ${IDENTITY.join(', ')})`,
		);
		const identity = await pressTest({ ...suite.credentials, baseUrl: suite.sandbox.baseUrl, apiKey: 'identity-only-key' });
		expect(identity).toEqual({
			status: 'OK',
			message: `Connection tested successfully: no document can be read (the ${TOTAL} are not enabled for this account); Verify Identity can be used (not enabled for this account: ${[...FACES, 'Verify Identity With Face'].join(', ')})`,
		});
	});

	it.each([
		['BPKB', 'bpkb-only-key'],
		['KTP', 'ktp-only-key'],
	])('passes an account enabled for %s only, and counts the documents it is not enabled for (403 there)', async (enabled, apiKey) => {
		const result = await pressTest({ ...suite.credentials, baseUrl: suite.sandbox.baseUrl, apiKey });
		expect(result).toEqual({
			status: 'OK',
			message: `Connection tested successfully: 1 of ${TOTAL} documents can be read (${enabled}); the other ${TOTAL - 1} are not enabled for this account; ${PRODUCTS.join(', ')} are not enabled for this account`,
		});
	});

	it('names the documents an account is not enabled for when they are the fewer', async () => {
		const result = await pressTest({ ...suite.credentials, baseUrl: suite.sandbox.baseUrl, apiKey: 'all-but-two-key' });
		expect(result).toEqual({
			status: 'OK',
			message: `Connection tested successfully: ${TOTAL - 2} of ${TOTAL} documents can be read; not enabled for this account: SIM, Passport; ${PRODUCTS.join(', ')} are not enabled for this account`,
		});
	});

	it('fails an account enabled for no document: the login works, every endpoint says 403', async () => {
		const result = await pressTest({ ...suite.credentials, baseUrl: suite.sandbox.baseUrl, apiKey: 'key-without-any-product' });
		expect(result.status).toBe('Error');
		expect(result.message).toBe(`The login works, but this account is not enabled for any of the ${TOTAL} documents, nor for faces or identity (403): ask GLAIR to enable the products you need`);
	});

	it.each([
		['a wrong API key', { apiKey: 'nope' }],
		['a wrong password', { password: 'nope' }],
		['a wrong password on an account enabled for BPKB only', { password: 'nope', apiKey: 'bpkb-only-key' }],
	])('fails %s as a refused credential (401)', async (_label, wrong) => {
		const result = await pressTest({ ...suite.credentials, baseUrl: suite.sandbox.baseUrl, ...wrong });
		expect(result).toEqual({ status: 'Error', message: 'GLAIR refused the credential (401): check Username, Password and API Key' });
	});

	it('fails a server that answers but is not GLAIR, instead of calling it reachable', async () => {
		// One step per probe: the Test button asks every endpoint it probes.
		suite.sandbox.script('*', PROBED.map(() => ({ kind: 'http', status: 200, body: { ok: true } }) as const));
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
