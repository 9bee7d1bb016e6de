/**
 * The proxy rows, in a fresh process started with NODE_EXTRA_CA_CERTS set to the TLS front's
 * certificate (Node reads it only at start-up). It starts a recording proxy (tunnels CONNECT,
 * forwards plain requests) and the TLS front, then for each case sets HTTP_PROXY / HTTPS_PROXY /
 * NO_PROXY as a user would for n8n, closes the node's pools (the node reads the variables when it
 * makes one; n8n's helper reads them per request) and uploads the sample once with each way.
 * Started by bench/run.ts with the job as JSON in BENCH_PROXY_JOB; answers over IPC.
 */
import './lib/env';

import { join } from 'node:path';

import { closeNodePools } from '../test/helpers/nodePools';
import { startTunnelProxy } from '../test/helpers/proxy';
import { startTlsFront, type Certificate } from './lib/tlsFront';
import { runTarget, type Endpoint, type Target } from './lib/workflows';

export interface ProxyJob {
	endpoint: Endpoint;
	/** The loopback certificate, or why there is none (then no HTTPS case). */
	certificate: Certificate | string;
	ways: Array<{ label: string; target: Target }>;
}

export interface ProxyResult {
	case: string;
	way: string;
	read: boolean;
	error?: string;
	/** Where the proxy opened CONNECT tunnels to, and where it forwarded plain requests to. */
	tunnels: string[];
	forwarded: string[];
	/** Requests the proxy refused as malformed HTTP (Node's parser error code and reason). */
	rejected: string[];
}

const PROXY_VARIABLES = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'ALL_PROXY', 'http_proxy', 'https_proxy', 'no_proxy', 'all_proxy'];

async function main(): Promise<ProxyResult[]> {
	const job = JSON.parse(process.env.BENCH_PROXY_JOB ?? '{}') as ProxyJob;
	const proxy = await startTunnelProxy({ forward: true });
	const sandboxUrl = new URL(job.endpoint.baseUrl);
	const front = typeof job.certificate === 'string' ? undefined : await startTlsFront(sandboxUrl, job.certificate);
	const cases = [
		{ name: 'HTTP_PROXY, http:// base URL', variables: { HTTP_PROXY: proxy.url }, baseUrl: job.endpoint.baseUrl },
		...(front ? [{ name: 'HTTPS_PROXY, https:// base URL', variables: { HTTPS_PROXY: proxy.url }, baseUrl: front.baseUrl }] : []),
		{ name: `HTTP_PROXY and HTTPS_PROXY, NO_PROXY=${sandboxUrl.hostname}`, variables: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: sandboxUrl.hostname }, baseUrl: job.endpoint.baseUrl },
	];
	const sample = { path: join(__dirname, '..', 'samples', 'bpkb-sample.pdf'), fileName: 'bpkb-sample.pdf', mimeType: 'application/pdf' };
	const results: ProxyResult[] = [];
	try {
		for (const { name, variables, baseUrl } of cases) {
			for (const way of job.ways) {
				for (const variable of PROXY_VARIABLES) delete process.env[variable];
				Object.assign(process.env, variables);
				await closeNodePools();
				proxy.tunnels.length = 0;
				proxy.forwarded.length = 0;
				proxy.rejected.length = 0;
				const run = await runTarget(way.target, { ...job.endpoint, baseUrl }, [sample]);
				const error = run.executionError ?? run.firstError;
				results.push({ case: name, way: way.label, read: run.ok === 1, ...(run.ok === 1 || !error ? {} : { error }), tunnels: [...proxy.tunnels], forwarded: [...proxy.forwarded], rejected: [...proxy.rejected] });
			}
		}
	} finally {
		for (const variable of PROXY_VARIABLES) delete process.env[variable];
		await closeNodePools();
		await front?.close();
		await proxy.close();
	}
	return results;
}

main().then(
	(results) => process.send?.(results, () => process.exit(0)),
	(error: unknown) => process.send?.({ error: String(error) }, () => process.exit(1)),
);
