/**
 * A redirect to a blocked address, with n8n's SSRF protection on. Its own file: n8n builds its
 * SSRF rules once, from the config as it is at the first request, so the allowed range must be
 * set before anything in this jest worker's module registry downloads.
 */
import { SsrfProtectionConfig } from '@n8n/config';
import { Container } from '@n8n/di';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { FileServer } from '../../../../helpers/fileServer';
import { runDownloads } from '../../../../helpers/urlDownload.node';

const SAMPLE = readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'samples', 'bpkb-sample.pdf'));

let server: FileServer;

beforeAll(async () => {
	const config = Container.get(SsrfProtectionConfig);
	config.enabled = true;
	// The file server's own address is allowed; the rest of 127.0.0.0/8 stays blocked.
	config.allowedIpRanges = ['127.0.0.1/32'];
	server = await FileServer.start();
});
afterAll(async () => {
	Container.get(SsrfProtectionConfig).enabled = false;
	await server.close();
});

it('names the redirect hop that was blocked (host and file name), not the address given', async () => {
	const port = new URL(server.baseUrl).port;
	server.route('/files/allowed.pdf', { body: SAMPLE });
	const first = server.route('/share/link', {
		redirectTo: `http://127.0.0.2:${port}/internal/secret-dir/KTP-scan.pdf?X-Amz-Signature=hop-secret`,
	});
	const { items, logs, runText } = await runDownloads([`${server.baseUrl}/files/allowed.pdf`, `${first}?token=first-secret`]);

	// The allowed address itself downloads: the rule is the range, not "everything blocked".
	expect(items[0].json).toMatchObject({ kind: 'downloaded', bytes: SAMPLE.length });
	expect(items[1].json).toMatchObject({ kind: 'failed', retryable: false, httpStatus: null, attempts: 1 });
	expect(items[1].json.reason).toBe(
		`The file at ${server.baseUrl}/…/link redirected to http://127.0.0.2:${port}/…/KTP-scan.pdf, which was blocked by this n8n's SSRF protection (the host resolves to a restricted IP address; an administrator can allow it with N8N_SSRF_ALLOWED_IP_RANGES or N8N_SSRF_ALLOWED_HOSTNAMES).`,
	);
	for (const text of [runText, JSON.stringify(logs)]) {
		expect(text).not.toContain('secret');
	}
});
