/**
 * Queue mode (scale-out) with the real n8n (issue 6, part 5).
 *
 *   npm run build && npx tsx e2e/queue.ts        (E2E_QUEUE_DOCS=100 by default)
 *
 * Debian's redis-server and a throwaway PostgreSQL on loopback (n8n supports queue mode on
 * Postgres only), one `n8n start` (main, receives the webhooks) and two `n8n worker`s. 100 copies of the sample BPKB, each under its own file name,
 * are POSTed to a production webhook; the workflow is Webhook -> GLAIR Vision -> Success / Error.
 * The binary data mode is n8n's default for queue mode (`database`: the main stores the upload in
 * the binary_data table, the worker reads it from there). Checks: every document comes out of the
 * Success output exactly once, with the expected chassis number; the sandbox got each file exactly
 * once; both workers ran executions; no execution failed.
 * The package is installed by n8n's own installer (`POST /rest/community-packages`, from a local npm
 * registry on loopback) before the workflow is published; main and workers load it at start-up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { startPostgres, type PostgresDatabase } from './postgres';
import {
	Checks,
	NODE_TYPE,
	SAMPLES,
	ensureN8n,
	freePort,
	importCredential,
	importWorkflowTemplate,
	initDatabase,
	installViaSettings,
	killTree,
	log,
	makeUserFolder,
	n8nId,
	n8nOk,
	packPackage,
	queryDb,
	registryEnv,
	startRegistry,
	type LocalRegistry,
	removeUserFolder,
	setupOwner,
	startN8nServer,
	startSandbox,
	type N8nServer,
	type SandboxHandle,
	type UserFolder,
} from './lib';

const DOCS = Number(process.env.E2E_QUEUE_DOCS ?? 100);
const WORKERS = Number(process.env.E2E_QUEUE_WORKERS ?? 2);
const WORKER_CONCURRENCY = Number(process.env.E2E_QUEUE_WORKER_CONCURRENCY ?? 5);
const EXPECTED_CHASSIS = 'MHCPHR54CRJ540957';
const REDIS = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';

async function startRedis(port: number): Promise<ChildProcess> {
	if (!existsSync(REDIS)) throw new Error(`${REDIS} missing: apt-get install -y redis-server`);
	const child = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], {
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let out = '';
	child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
	const deadline = Date.now() + 15_000;
	while (!/Ready to accept connections/.test(out)) {
		if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start:\n${out}`);
		await new Promise((r) => setTimeout(r, 100));
	}
	log('redis', `redis-server on 127.0.0.1:${port}`);
	return child;
}

async function postDocument(url: string, file: Buffer, fileName: string): Promise<number> {
	const form = new FormData();
	form.append('data', new Blob([file], { type: 'application/pdf' }), fileName);
	for (let attempt = 1; ; attempt++) {
		try {
			const res = await fetch(url, { method: 'POST', body: form });
			await res.arrayBuffer();
			return res.status;
		} catch (error) {
			if (attempt >= 3) throw error;
			await new Promise((r) => setTimeout(r, 500 * attempt));
		}
	}
}

interface ExecutionRow {
	id: number;
	status: string;
	mode: string;
	startedAt: string;
	stoppedAt: string;
	data: any;
}

async function main(): Promise<number> {
	const checks = new Checks('queue');
	const started = Date.now();
	const install = ensureN8n();
	const packDir = mkdtempSync(path.join(tmpdir(), 'glair-pack-'));
	let folder: UserFolder | undefined;
	let sandbox: SandboxHandle | undefined;
	let redis: ChildProcess | undefined;
	let postgres: PostgresDatabase | undefined;
	let main: N8nServer | undefined;
	let registry: LocalRegistry | undefined;
	const workers: N8nServer[] = [];
	try {
		const tarball = process.env.E2E_TARBALL ? path.resolve(process.env.E2E_TARBALL) : await packPackage(packDir);
		postgres = await startPostgres();
		folder = makeUserFolder('glair-n8n-queue-', postgres);
		log('setup', `N8N_USER_FOLDER=${folder.root} (log: ${folder.logFile}); ${DOCS} documents, ${WORKERS} workers x concurrency ${WORKER_CONCURRENCY}`);
		await initDatabase(install, folder);
		registry = await startRegistry(folder.root, tarball);
		// Installed by n8n's own installer (Settings' REST call) on a short-lived n8n sharing the
		// database and user folder, before the workflow is published: the main and the workers then
		// load the package at start-up like any installed community package.
		const installer = await startN8nServer(install, folder, { label: 'n8n start (install)', env: registryEnv(registry) });
		const { installed } = await (async () => {
			try {
				await setupOwner(installer);
				return await installViaSettings(installer, registry!);
			} finally {
				await installer.stop();
			}
		})();
		checks.ok(installed.installedNodes.some((n) => n.type === NODE_TYPE), `n8n's installer installed ${installed.packageName}@${installed.installedVersion} (POST /rest/community-packages)`, installed);
		sandbox = await startSandbox({ latencyMs: { min: 50, max: 300 } });
		const cred = { id: n8nId('queue-cred'), name: 'GLAIR Vision (sandbox)' };
		await importCredential(install, folder, { ...cred, ...sandbox.credentials, baseUrl: sandbox.baseUrl });
		const webhookPath = 'glair-bpkb-queue';
		const wf = await importWorkflowTemplate(install, folder, 'queue-webhook.json', {
			WORKFLOW_ID: n8nId('queue-workflow'),
			WORKFLOW_NAME: 'Queue mode: Read BPKB from a webhook',
			WEBHOOK_PATH: webhookPath,
			CREDENTIAL_ID: cred.id,
			CREDENTIAL_NAME: cred.name,
		});
		await n8nOk(install, folder, ['publish:workflow', `--id=${wf.id}`]);

		const redisPort = await freePort();
		redis = await startRedis(redisPort);
		const queueEnv = {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redisPort),
			QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
			// N8N_DEFAULT_BINARY_DATA_MODE left unset on purpose: n8n picks `database` in queue mode.
		};
		main = await startN8nServer(install, folder, {
			label: 'main',
			env: queueEnv,
		});
		for (let i = 1; i <= WORKERS; i++) {
			const healthPort = await freePort();
			workers.push(
				await startN8nServer(install, folder, {
					command: 'worker',
					label: `worker-${i}`,
					port: healthPort,
					env: {
						...queueEnv,
						QUEUE_HEALTH_CHECK_PORT: String(healthPort),
						N8N_CONCURRENCY_PRODUCTION_LIMIT: '-1',
					},
					extraArgs: [`--concurrency=${WORKER_CONCURRENCY}`],
				}),
			);
		}

		// ---- push the documents --------------------------------------------------------------------
		const pdf = readFileSync(path.join(SAMPLES, 'bpkb-sample.pdf'));
		const names = Array.from({ length: DOCS }, (_, i) => `bpkb-${String(i + 1).padStart(3, '0')}.pdf`);
		const url = `${main.url}/webhook/${webhookPath}`;
		const pushStarted = Date.now();
		const statuses: number[] = [];
		let next = 0;
		await Promise.all(
			Array.from({ length: 10 }, async () => {
				while (next < names.length) {
					const name = names[next++];
					statuses.push(await postDocument(url, pdf, name));
				}
			}),
		);
		checks.ok(statuses.length === DOCS && statuses.every((s) => s === 200), `${DOCS} webhook POSTs answered 200`, statuses.filter((s) => s !== 200));
		log('queue', `${DOCS} documents accepted in ${((Date.now() - pushStarted) / 1000).toFixed(1)}s`);

		// ---- wait for the workers ------------------------------------------------------------------
		const deadline = Date.now() + Number(process.env.E2E_QUEUE_TIMEOUT_MS ?? 600_000);
		let finished = 0;
		for (;;) {
			const rows = await queryDb<{ n: number }>(
				install,
				folder,
				`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM execution_entity WHERE "workflowId" = '${wf.id}' AND status NOT IN ('new', 'running', 'waiting')`,
			);
			finished = rows[0]?.n ?? 0;
			if (finished >= DOCS || Date.now() > deadline) break;
			await new Promise((r) => setTimeout(r, 2000));
		}
		const elapsed = (Date.now() - pushStarted) / 1000;
		log('queue', `${finished}/${DOCS} executions finished ${elapsed.toFixed(1)}s after the first POST (${(finished / elapsed).toFixed(1)} docs/s)`);
		await new Promise((r) => setTimeout(r, 1500));

		// ---- every document out once ---------------------------------------------------------------
		const executions = await queryDb<ExecutionRow>(
			install,
			folder,
			`SELECT e.id, e.status, e.mode, e."startedAt", e."stoppedAt", d.data FROM execution_entity e JOIN execution_data d ON d."executionId" = e.id WHERE e."workflowId" = '${wf.id}' ORDER BY e.id`,
			['data'],
		);
		checks.ok(executions.length === DOCS, `${DOCS} executions recorded`, executions.length);
		const bad = executions.filter((e) => e.status !== 'success');
		checks.ok(bad.length === 0, 'every execution succeeded', bad.map((e) => ({ id: e.id, status: e.status, error: e.data?.resultData?.error?.message })));
		const outByName = new Map<string, number>();
		const wrong: unknown[] = [];
		let errorItems = 0;
		for (const e of executions) {
			const runData = e.data?.resultData?.runData ?? {};
			const success: any[] = runData.Success?.[0]?.data?.main?.[0] ?? [];
			errorItems += (runData.Error?.[0]?.data?.main?.[0] ?? []).length;
			for (const item of success) {
				const name = String(item.json?.file_name);
				outByName.set(name, (outByName.get(name) ?? 0) + 1);
				if (item.json?.status !== 'SUCCESS' || item.json?.nomor_rangka !== EXPECTED_CHASSIS) wrong.push({ id: e.id, json: item.json });
			}
		}
		const missing = names.filter((n) => !outByName.has(n));
		const twice = [...outByName].filter(([, c]) => c > 1);
		const strangers = [...outByName.keys()].filter((n) => !names.includes(n));
		checks.ok(missing.length === 0, `all ${DOCS} documents came out of Success`, missing.slice(0, 10));
		checks.ok(twice.length === 0, 'no document came out twice', twice.slice(0, 10));
		checks.ok(strangers.length === 0, 'nothing else came out', strangers.slice(0, 10));
		checks.ok(errorItems === 0, 'nothing went to Error', errorItems);
		checks.ok(wrong.length === 0, `every Success item is SUCCESS with nomor_rangka ${EXPECTED_CHASSIS}`, wrong.slice(0, 3));

		const sent = new Map<string, number>();
		for (const r of sandbox.requests) if (r.fileName) sent.set(r.fileName, (sent.get(r.fileName) ?? 0) + 1);
		checks.ok(
			names.every((n) => sent.get(n) === 1),
			'the sandbox received each document exactly once',
			names.filter((n) => sent.get(n) !== 1).map((n) => `${n}:${sent.get(n) ?? 0}`).slice(0, 10),
		);

		// ---- who ran them, and where the binaries lived ------------------------------------------
		const logText = readFileSync(folder.logFile, 'utf8');
		const perWorker = workers.map((_worker, i) => {
			const section = logSection(logText, `worker-${i + 1}`);
			return new Set([...section.matchAll(/Worker started execution (\d+)/g)].map((m) => m[1])).size;
		});
		log('queue', `executions per worker: ${perWorker.join(', ')}`);
		checks.ok(perWorker.every((n) => n > 0), `all ${WORKERS} workers ran executions (${perWorker.join(' + ')})`);
		checks.ok(perWorker.reduce((a, b) => a + b, 0) === DOCS, `worker logs account for ${DOCS} executions`, perWorker);
		const binaries = await queryDb<{ n: number; files: number }>(
			install,
			folder,
			`SELECT CAST(COUNT(*) AS INTEGER) AS n, CAST(COUNT(DISTINCT "fileName") AS INTEGER) AS files FROM binary_data WHERE "sourceType" = 'execution' AND "fileName" LIKE 'bpkb-%.pdf'`,
		);
		log('queue', `binary_data rows for the uploads: ${JSON.stringify(binaries[0])}`);
		checks.ok((binaries[0]?.files ?? 0) === DOCS, `binary data mode "database": the ${DOCS} uploads are in n8n's binary_data table`, binaries[0]);
		const modeLine = /binary data mode[^\n]*/i.exec(logText)?.[0];
		if (modeLine) log('queue', modeLine.trim());
	} catch (error) {
		checks.ok(false, 'queue run completed without an exception', (error as Error).stack ?? String(error));
	} finally {
		for (const w of workers) await w.stop().catch(() => {});
		await main?.stop().catch(() => {});
		await registry?.stop().catch(() => {});
		killTree(redis);
		await postgres?.stop();
		await sandbox?.close().catch(() => {});
		if (folder) {
			if (checks.failures.length > 0) log('cleanup', `failed run: kept ${folder.root} for inspection`);
			else removeUserFolder(folder);
		}
		rmSync(packDir, { recursive: true, force: true });
	}
	log('queue', `n8n ${install.version}, total ${((Date.now() - started) / 1000).toFixed(0)}s`);
	return checks.summary();
}

/** The log lines a labelled process wrote (startN8nServer prefixes each process' lines). */
function logSection(text: string, label: string): string {
	return text
		.split('\n')
		.filter((line) => line.startsWith(`[${label}] `))
		.join('\n');
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
