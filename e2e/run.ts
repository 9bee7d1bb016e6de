/**
 * Real-n8n end-to-end check (issue 6, parts 1-2).
 *
 *   npm run build && npx tsx e2e/run.ts
 *
 * 1. installs (or reuses) Node 24 + n8n in the cache folder (install-n8n.sh);
 * 2. `npm pack`s the built package, publishes the tarball to a local npm registry (verdaccio on
 *    loopback) and has n8n install it the way Settings > Community nodes does: `n8n start`, owner
 *    setup, `POST /rest/community-packages` (n8n's own installer: npm pack, npm install of the
 *    runtime dependencies, load, database rows); then n8n-core's loader reports what it found;
 * 3. starts the GLAIR sandbox, imports a credential pointing at it (`n8n import:credentials`),
 *    imports workflows (`n8n import:workflow`) and runs them with `n8n execute --id --rawOutput`;
 * 4. asserts on the parsed execution JSON: the Success branch gets the BPKB, the Error branch gets
 *    documents that are not one;
 * 5. restarts n8n with the env-managed configuration (N8N_COMMUNITY_PACKAGES_MANAGED_BY_ENV=true,
 *    N8N_COMMUNITY_PACKAGES declaring the package): with N8N_UNVERIFIED_PACKAGES_ENABLED=false (the
 *    n8n 3.0 default) n8n refuses to start; with it true n8n keeps the package and refuses changes
 *    through the API.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { runExamples } from './examples';
import { runServerExamples, type SandboxSessions } from './serverExamples';
import { readEachDocument } from './readEachDocument';
import { prepareReviewLoop, runReviewLoop } from './reviewLoop';
import {
	Checks,
	NODE_TYPE,
	SAMPLES,
	ensureN8n,
	executeWorkflow,
	importCredential,
	importWorkflowTemplate,
	inspectPackage,
	installViaSettings,
	log,
	loginCookie,
	makeUserFolder,
	n8nId,
	n8nOk,
	nodeRan,
	outputItems,
	packPackage,
	registryEnv,
	removeUserFolder,
	setupOwner,
	startN8nServer,
	startRegistry,
	startSandbox,
	type LocalRegistry,
	type N8nServer,
	type SandboxHandle,
	type UserFolder,
} from './lib';

const EXPECTED_CHASSIS = 'MHCPHR54CRJ540957';

/** Bare package names required by the compiled JS under `dir` (Node built-ins excluded). */
function requiredPackages(dir: string): Set<string> {
	const found = new Set<string>();
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const p = path.join(d, entry.name);
			if (entry.isDirectory()) walk(p);
			else if (entry.name.endsWith('.js')) {
				for (const m of readFileSync(p, 'utf8').matchAll(/require\(["']([^"'.][^"']*)["']\)/g)) {
					const spec = m[1];
					if (spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0])) continue;
					found.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
				}
			}
		}
	};
	walk(dir);
	return found;
}

/** Finds `key` anywhere in a JSON value; returns [path, value] pairs. */
function findKey(value: unknown, key: string, at = '$'): Array<[string, unknown]> {
	const hits: Array<[string, unknown]> = [];
	if (Array.isArray(value)) value.forEach((v, i) => hits.push(...findKey(v, key, `${at}[${i}]`)));
	else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			if (k === key) hits.push([`${at}.${k}`, v]);
			hits.push(...findKey(v, key, `${at}.${k}`));
		}
	}
	return hits;
}

function brief(items: any[]): string {
	return JSON.stringify(items.map((i) => i.json)).slice(0, 1500);
}

async function main(): Promise<number> {
	const checks = new Checks('e2e');
	const started = Date.now();
	const install = ensureN8n();
	const packDir = mkdtempSync(path.join(tmpdir(), 'glair-pack-'));
	let folder: UserFolder | undefined;
	let sandbox: SandboxHandle | undefined;
	let registry: LocalRegistry | undefined;
	let server: N8nServer | undefined;
	try {
		const tarball = process.env.E2E_TARBALL ? path.resolve(process.env.E2E_TARBALL) : await packPackage(packDir);
		folder = makeUserFolder();
		log('setup', `N8N_USER_FOLDER=${folder.root} (log: ${folder.logFile})`);
		registry = await startRegistry(folder.root, tarball);

		// ---- install it as a user does in Settings > Community nodes --------------------------------
		server = await startN8nServer(install, folder, { env: registryEnv(registry), label: 'n8n start (install)' });
		await setupOwner(server);
		const { installed, listed } = await installViaSettings(server, registry);
		checks.ok(
			installed.packageName === registry.packageName && installed.installedVersion === registry.version,
			`n8n's installer installs ${registry.packageName}@${registry.version} from the local registry (POST /rest/community-packages)`,
			installed,
		);
		checks.ok(installed.installedNodes.some((n) => n.type === NODE_TYPE), `n8n registers the node ${NODE_TYPE}`, installed.installedNodes);
		const entry = listed.find((p) => p.packageName === registry!.packageName);
		checks.ok(entry?.installedVersion === registry.version && entry.failedLoading === false, 'GET /rest/community-packages lists it, loaded', listed);
		await server.stop();
		server = undefined;
		const reg = await inspectPackage(install, folder);
		checks.ok(reg.nodes.some((n) => n.type === NODE_TYPE), `n8n's loader finds ${NODE_TYPE} in the packed tarball`, reg);
		checks.ok(reg.credentials.includes('glairVisionApi'), `n8n's loader finds the glairVisionApi credential`, reg);
		for (const icon of reg.iconFiles) {
			checks.ok(icon.exists, `${icon.owner}: icon ${icon.file ?? '(none declared)'} is in the tarball`, icon);
		}
		const codex = reg.codex.glairVision;
		checks.ok(Boolean(codex?.categories?.length), `n8n reads the codex (GlairVision.node.json): categories ${JSON.stringify(codex?.categories)}`, codex);
		for (const f of ['dist/nodes/GlairVision/GlairVision.node.js', 'dist/credentials/GlairVisionApi.credentials.js']) {
			checks.ok(existsSync(path.join(folder.packageDir, f)), `tarball ships ${f}`);
		}
		// Every package the shipped code requires must come with it (n8n would otherwise resolve it
		// from its own node_modules, if at all): a dependency left in devDependencies fails here.
		const required = requiredPackages(path.join(folder.packageDir, 'dist'));
		log('install', `dist requires: ${[...required].sort().join(', ')}`);
		for (const dep of [...required].sort()) {
			if (dep === 'n8n-workflow') continue; // peer dependency, provided by n8n
			checks.ok(existsSync(path.join(folder.packageDir, 'node_modules', dep, 'package.json')), `dist requires ${dep}: installed with the package (a runtime dependency)`);
		}
		const shipped = JSON.parse(readFileSync(path.join(folder.packageDir, 'package.json'), 'utf8'));
		checks.ok(Object.keys(shipped.dependencies ?? {}).every((d) => required.has(d)), 'no unused runtime dependency', shipped.dependencies);

		sandbox = await startSandbox();
		const good = { id: n8nId('cred-good'), name: 'GLAIR Vision (sandbox)' };
		await importCredential(install, folder, { ...good, ...sandbox.credentials, baseUrl: sandbox.baseUrl });

		// A second credential with a key GLAIR does not know.
		const bad = { id: n8nId('cred-bad'), name: 'GLAIR Vision (wrong key)' };
		await importCredential(install, folder, { ...bad, ...sandbox.credentials, apiKey: 'not-the-right-key', baseUrl: sandbox.baseUrl });

		interface Case {
			label: string;
			sample: string;
			/** The document the node reads (default bpkb). */
			resource?: string;
			credential: { id: string; name: string };
			/** Which NoOp gets the item, or 'workflow-error': the node stops the run with a clear message. */
			expect: 'Success' | 'Needs Review' | 'Not Read' | 'workflow-error';
			message?: RegExp;
			/** Whether the document must reach the sandbox (a wrong file type is refused before upload). */
			uploads: boolean;
			extra?: (json: any) => void;
		}
		const cases: Case[] = [
			{
				label: 'BPKB PDF',
				sample: 'bpkb-sample.pdf',
				credential: good,
				expect: 'Success',
				uploads: true,
				extra: (json) => {
					checks.ok(json.status === 'SUCCESS', 'BPKB PDF: status SUCCESS', json.status);
					const chassis = findKey(json, 'nomor_rangka');
					checks.ok(
						chassis.some(([, v]) => v === EXPECTED_CHASSIS),
						`BPKB PDF: nomor_rangka ${EXPECTED_CHASSIS}`,
						chassis.length ? chassis : json,
					);
				},
			},
			{
				// GLAIR reads any image: a photo that is not a BPKB comes back SUCCESS with every field empty,
				// and at the defaults a person looks at it rather than it landing on Success as an empty row.
				label: 'photo that is not a BPKB',
				sample: 'not-a-bpkb.png',
				credential: good,
				expect: 'Needs Review',
				uploads: true,
				extra: (json) => {
					checks.ok(json.status === 'SUCCESS' && /some fields are invalid/i.test(String(json.reason)), 'not a BPKB: GLAIR says "Some fields are invalid"', json.reason);
					checks.ok(json.nomor_rangka === '' || json.nomor_rangka === undefined, 'not a BPKB: no nomor_rangka', json.nomor_rangka);
					checks.ok(/may not be a BPKB/.test(String(json.review_reasons)), 'not a BPKB: review_reasons says why', json.review_reasons);
				},
			},
			{
				label: 'unsupported file type (GIF)',
				sample: 'signature.gif',
				credential: good,
				expect: 'Not Read',
				uploads: false,
				extra: (json) => checks.ok(/INVALID_FORMAT/i.test(String(json.status)), 'GIF: status FILE_INVALID_FORMAT', json.status),
			},
			// The vehicle file's other documents, each from its invented sample (see test/sandbox/fixtures).
			...(
				[
					['stnk', 'stnk-sample.png', 'nomor_rangka', 'pajak_berlaku_sampai'],
					['ktp', 'ktp-sample.png', 'nik', 'tanggal_lahir_iso'],
					['npwp', 'npwp-sample.png', 'no_npwp', 'nama'],
				] as const
			).map(([resource, sample, field, other]): Case => ({
				label: `Read ${resource.toUpperCase()}`,
				sample,
				resource,
				credential: good,
				expect: 'Success',
				uploads: true,
				extra: (json) => {
					checks.ok(json.status === 'SUCCESS' && String(json[field] ?? '') !== '', `Read ${resource.toUpperCase()}: ${field} read (${json[field]})`, json);
					checks.ok(other in json, `Read ${resource.toUpperCase()}: the ${other} column is there`, Object.keys(json));
					checks.ok(!JSON.stringify(json).includes('base64') && !('foto' in json), `Read ${resource.toUpperCase()}: no image in the JSON`);
				},
			})),
			{
				// A refused credential is not a per-document outcome: the node stops the run and says why.
				label: 'wrong API key',
				sample: 'bpkb-sample.pdf',
				credential: bad,
				expect: 'workflow-error',
				message: /refused the credential \(401\)/,
				uploads: true,
			},
		];
		for (const c of cases) {
			const samplePath = path.join(SAMPLES, c.sample);
			if (!checks.ok(existsSync(samplePath), `sample ${c.sample} exists`)) continue;
			const wf = await importWorkflowTemplate(install, folder, 'read-bpkb.json', {
				ON_ERROR: 'stopWorkflow',
				RESOURCE: c.resource ?? 'bpkb',
				WORKFLOW_ID: n8nId(`wf-${c.label}`),
				WORKFLOW_NAME: `e2e: ${c.label}`,
				SAMPLE_PATH: samplePath,
				CREDENTIAL_ID: c.credential.id,
				CREDENTIAL_NAME: c.credential.name,
			});
			const before = sandbox.requests.length;
			const { run, result } = await executeWorkflow(install, folder, wf.id);
			log('e2e', `${c.label}: n8n execute exited ${result.code ?? `on ${result.signal}`} in ${(result.ms / 1000).toFixed(1)}s`);
			const tail = `${result.stdout.slice(-1500)}\n${result.stderr.slice(-1500)}`;
			const sent = sandbox.requests.length - before;
			if (c.expect === 'workflow-error') {
				checks.ok(result.code !== 0, `${c.label}: n8n execute reports the failed run (exit ${result.code})`);
				const all = result.stdout + result.stderr;
				checks.ok(c.message!.test(all), `${c.label}: n8n shows the node's message ${c.message}`, tail);
				checks.ok(/NodeApiError/.test(all), `${c.label}: raised as a NodeApiError`, tail);
				checks.ok(sent >= 1, `${c.label}: the sandbox received the upload (${sent} request(s))`);
				continue;
			}
			checks.ok(result.code === 0, `${c.label}: n8n execute exits 0`, tail);
			if (!checks.ok(run, `${c.label}: execution JSON parses`, tail)) continue;
			checks.ok(!run.data?.resultData?.error, `${c.label}: execution has no workflow error`, run.data?.resultData?.error);
			checks.ok(nodeRan(run, 'GLAIR Vision'), `${c.label}: GLAIR Vision node ran (type ${NODE_TYPE})`);
			// Each document comes out exactly once: on the expected output, and nowhere else.
			const branches = ['Success', 'Needs Review', 'Not Read'] as const;
			const emitted = branches.map((_, index) => outputItems(run, 'GLAIR Vision', index));
			const wantedNoop = c.expect;
			const got = outputItems(run, wantedNoop, 0);
			checks.ok(got.length === 1, `${c.label}: ${wantedNoop} branch got exactly 1 item`, brief(emitted.flat()));
			const elsewhere = branches.filter((name, index) => name !== wantedNoop && (emitted[index].length > 0 || outputItems(run, name, 0).length > 0));
			checks.ok(elsewhere.length === 0, `${c.label}: no other branch got anything`, elsewhere);
			if (got[0]) {
				log('e2e', `${c.label}: ${wantedNoop} item ${JSON.stringify(got[0].json).slice(0, 300)}`);
				c.extra?.(got[0].json);
			}
			checks.ok(c.uploads ? sent >= 1 : sent === 0, `${c.label}: ${c.uploads ? 'the sandbox received the upload' : 'nothing was uploaded'} (${sent} request(s))`);
		}

		// ---- every other document, one workflow and one n8n execute --------------------------------
		await readEachDocument(checks, install, folder, good, sandbox);

		// ---- the shipped example workflows ---------------------------------------------------------
		const serverExamples = await runExamples(checks, install, folder, good);
		// The review loop waits for a person's answer: imported and published now, run on a started n8n below.
		const reviewLoop = await prepareReviewLoop(install, folder, good);

		const exportRes = await n8nOk(install, folder, ['export:credentials', '--all', '--decrypted']);
		checks.ok(exportRes.stdout.includes(sandbox.baseUrl), 'imported credential round-trips through n8n encryption');

		// ---- the env-managed configuration (N8N_COMMUNITY_PACKAGES, n8n >= 2.21) --------------------
		// n8n reconciles the installed packages with the declared list at start-up. The package is
		// installed at the declared version, so n8n keeps it (an undeclared one would be removed).
		// Installing one this way from the local registry is not possible here: a registry other than
		// registry.npmjs.org is a licensed feature, checked at start-up (see registryEnv in lib.ts).
		const [major, minor] = install.version.split('.').map(Number);
		if (major < 2 || (major === 2 && minor < 21)) {
			log('e2e', `env-managed checks skipped: N8N_COMMUNITY_PACKAGES needs n8n >= 2.21 (this is ${install.version})`);
		} else {
			const declared = JSON.stringify([{ name: registry.packageName, version: registry.version }]);
			const envManaged = { N8N_COMMUNITY_PACKAGES_REGISTRY: registry.url, N8N_COMMUNITY_PACKAGES_MANAGED_BY_ENV: 'true', N8N_COMMUNITY_PACKAGES: declared };
			// n8n 3.0's default, N8N_UNVERIFIED_PACKAGES_ENABLED=false: n8n has no checksum for an unverified
			// package, so it refuses to start with it declared (even installed at that version).
			const refusedStart = await startN8nServer(install, folder, {
				label: 'n8n start (env-managed, unverified off)',
				env: { ...envManaged, N8N_UNVERIFIED_PACKAGES_ENABLED: 'false' },
				readyTimeoutMs: 90_000,
			}).then(
				async (s) => {
					await s.stop();
					return 'started';
				},
				(error: Error) => error.message,
			);
			checks.ok(
				/no checksum available for 'n8n-nodes-glair-vision@[^']+' and unverified packages are disabled/.test(refusedStart),
				'N8N_UNVERIFIED_PACKAGES_ENABLED=false (the n8n 3.0 default): n8n refuses to start with the package declared',
				refusedStart.slice(-600),
			);
			const logStart = readFileSync(folder.logFile, 'utf8').length;
			server = await startN8nServer(install, folder, {
				label: 'n8n start (env-managed)',
				env: { ...envManaged, N8N_UNVERIFIED_PACKAGES_ENABLED: 'true' },
			});
			const bootLog = readFileSync(folder.logFile, 'utf8').slice(logStart);
			checks.ok(/reconciling installed community packages from env vars/.test(bootLog), `N8N_COMMUNITY_PACKAGES=${declared}: n8n reconciles at start-up`);
			checks.ok(!/Removed community package|Failed to (install|update|remove) community package/.test(bootLog), 'the declared package is kept, nothing reinstalled or removed');
			const cookie = await loginCookie(server);
			const list = (await (await fetch(`${server.url}/rest/community-packages`, { headers: { cookie } })).json()) as { data: Array<{ packageName: string; installedVersion: string; failedLoading: boolean }> };
			const kept = list.data.find((p) => p.packageName === registry!.packageName);
			checks.ok(kept?.installedVersion === registry.version && kept.failedLoading === false, 'env-managed: the package is listed and loaded', list.data);
			const refused = await fetch(`${server.url}/rest/community-packages`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', cookie },
				body: JSON.stringify({ name: registry.packageName }),
			});
			const refusedText = await refused.text();
			checks.ok(refused.status === 400 && /managed via environment variables/.test(refusedText), `env-managed: the Settings install is refused (${refused.status})`, refusedText.slice(0, 300));
		}

		// ---- examples that wait for a person (a Wait node): on a started n8n, this one if it runs ----
		if (serverExamples.length > 0) {
			server ??= await startN8nServer(install, folder, { label: 'n8n start (examples)' });
			await runServerExamples(checks, install, folder, server, sandbox as unknown as SandboxSessions, serverExamples);
		}

		// ---- the review loop: Read -> Needs Review -> a person's form -> Apply Review, on a started n8n ----
		server ??= await startN8nServer(install, folder, { label: 'n8n start (review loop)' });
		await runReviewLoop(checks, install, folder, server, sandbox, reviewLoop);
	} catch (error) {
		checks.ok(false, 'e2e run completed without an exception', (error as Error).stack ?? String(error));
	} finally {
		await sandbox?.close().catch(() => {});
		await server?.stop().catch(() => {});
		await registry?.stop().catch(() => {});
		if (folder) {
			if (checks.failures.length > 0 && process.env.E2E_KEEP !== '0') log('cleanup', `failed run: kept ${folder.root} for inspection`);
			else removeUserFolder(folder);
		}
		rmSync(packDir, { recursive: true, force: true });
	}
	log('e2e', `n8n ${install.version}, total ${((Date.now() - started) / 1000).toFixed(0)}s`);
	return checks.summary();
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
