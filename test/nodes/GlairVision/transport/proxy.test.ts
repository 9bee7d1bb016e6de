import { closeNodePools, openNodePools } from '../../../helpers/nodePools';
import { itemWith, sample } from '../../../helpers/documents';
import { runGlairVision } from '../../../helpers/engine';
import { startTunnelProxy, type TunnelProxy } from '../../../helpers/proxy';
import { GlairSandbox } from '../../../sandbox/server';

const saved = { HTTP_PROXY: process.env.HTTP_PROXY, HTTPS_PROXY: process.env.HTTPS_PROXY, NO_PROXY: process.env.NO_PROXY };
let proxy: TunnelProxy;
let sandbox: GlairSandbox;

beforeAll(async () => {
	proxy = await startTunnelProxy();
	sandbox = await GlairSandbox.start();
});
afterAll(async () => {
	Object.assign(process.env, saved);
	for (const [key, value] of Object.entries(saved)) if (value === undefined) delete process.env[key];
	await closeNodePools();
	await sandbox.close();
	await proxy.close();
});
beforeEach(async () => {
	// Proxy settings are read when a base URL's pool is made: start each case with none.
	await closeNodePools();
	expect(openNodePools()).toBe(0);
	proxy.tunnels.length = 0;
	sandbox.reset();
});

const parameters = { binaryPropertyName: 'data', page: 'all', output: 'flattened', options: {} };

describe('Behind a corporate proxy, as n8n\'s own HTTP nodes are', () => {
	it('sends the upload through HTTP_PROXY', async () => {
		process.env.HTTP_PROXY = proxy.url;
		process.env.NO_PROXY = '';
		const result = await runGlairVision({ parameters, credentials: { ...sandbox.credentials, baseUrl: sandbox.baseUrl }, documents: [itemWith(sample('bpkb-sample.pdf'))] });

		expect(result.byOutput.Success).toHaveLength(1);
		expect(proxy.tunnels).toEqual([new URL(sandbox.baseUrl).host]);
	});

	it('goes direct to a host listed in NO_PROXY', async () => {
		process.env.HTTP_PROXY = proxy.url;
		process.env.NO_PROXY = '127.0.0.1';
		const result = await runGlairVision({ parameters, credentials: { ...sandbox.credentials, baseUrl: sandbox.baseUrl }, documents: [itemWith(sample('bpkb-sample.pdf'))] });

		expect(result.byOutput.Success).toHaveLength(1);
		expect(proxy.tunnels).toEqual([]);
		expect(sandbox.requests).toHaveLength(1);
	});

	it('leaves one pool per base URL open after a run, and none once the pools are closed', async () => {
		const result = await runGlairVision({ parameters, credentials: { ...sandbox.credentials, baseUrl: sandbox.baseUrl }, documents: [itemWith(sample('bpkb-sample.pdf'))] });

		expect(result.byOutput.Success).toHaveLength(1);
		expect(openNodePools()).toBe(1);
		await closeNodePools();
		expect(openNodePools()).toBe(0);
	});
});
