import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision, type RunResult } from '../../../../helpers/engine';
import { useSandbox } from '../../../../helpers/sandboxSuite';

const suite = useSandbox();

/** Everything a user, an error workflow or a log collector could see of a run. */
function everythingVisible(result: RunResult): string {
	return JSON.stringify({ outputs: result.byOutput, error: result.error, logs: result.logs, run: result.run.data.resultData });
}

describe('Secrets and personal data', () => {
	const parameters = { binaryPropertyName: 'data', page: 'all', output: 'raw', options: { retryDelay: 0.01, maxRetries: 1 } };

	it('no password, API key or Basic token in any output item, error or log line, whatever happened', async () => {
		const { username, password, apiKey } = suite.credentials;
		const basicToken = Buffer.from(`${username}:${password}`).toString('base64');
		suite.sandbox.script('bpkb-page-1.png', [{ kind: 'http', status: 503 }, { kind: 'http', status: 503 }]);
		suite.sandbox.script('bpkb-page-2.png', [{ kind: 'malformed', variant: 'not-json' }]);
		const good = await runGlairVision({
			parameters,
			credentials: suite.credentials,
			documents: [itemWith(sample('bpkb-sample.pdf')), itemWith(sample('bpkb-page-1.png')), itemWith(sample('bpkb-page-2.png')), itemWith(sample('signature.gif'))],
		});
		const refused = await runGlairVision({ parameters, credentials: { ...suite.credentials, apiKey: `${apiKey}-wrong` }, documents: [itemWith(sample('bpkb-sample.pdf'))] });

		expect(good.byOutput.Success).toHaveLength(1);
		expect(good.byOutput['Not Read']).toHaveLength(3);
		expect(refused.error?.message).toMatch(/refused the credential/);
		expect(good.logs.length).toBeGreaterThan(0);
		for (const visible of [everythingVisible(good), everythingVisible(refused)]) {
			for (const secret of [password, apiKey, basicToken, 'Basic ', 'x-api-key']) expect(visible).not.toContain(secret);
		}
	});

	it('never logs a response body: names, NIK and addresses stay out of the logs', async () => {
		const result = await runGlairVision({ parameters, credentials: suite.credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });

		const logs = JSON.stringify(result.logs);
		expect(result.logs.some((log) => log.message.includes('GLAIR Vision'))).toBe(true);
		for (const personal of ['CV. SAHABAT ANUGERAH SEJAHTERA', 'S120112190871', 'JL. MASJID', 'MHCPHR54CRJ540957']) {
			expect(JSON.stringify(result.byOutput.Success)).toContain(personal);
			expect(logs).not.toContain(personal);
		}
	});
});
