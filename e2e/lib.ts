/**
 * Shared plumbing for the real-n8n end-to-end checks (run.ts, editor.ts, queue.ts).
 *
 * Everything heavy (Node 24, n8n itself) lives in a cache folder outside the repository
 * (`$N8N_E2E_CACHE`, default `~/.cache/n8n-nodes-glair-vision`), installed by install-n8n.sh.
 * Each run gets a throwaway N8N_USER_FOLDER under the OS temp dir, removed at the end
 * unless E2E_KEEP=1.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(__dirname, '..');
export const SAMPLES = path.join(REPO, 'samples');
export const PACKAGE_NAME = 'n8n-nodes-glair-vision';
export const NODE_TYPE = `${PACKAGE_NAME}.glairVision`;
export const CREDENTIAL_TYPE = 'glairVisionApi';
export const ENCRYPTION_KEY = 'glair-vision-e2e-throwaway-key';

export interface N8nInstall {
	cache: string;
	version: string;
	nodeBin: string;
	n8nDir: string;
	n8nBin: string;
}

export function log(scope: string, message: string): void {
	const t = new Date().toISOString().slice(11, 19);
	console.log(`[${t}] [${scope}] ${message}`);
}

export class Checks {
	readonly failures: string[] = [];
	passed = 0;
	constructor(private readonly scope: string) {}
	ok(condition: unknown, what: string, detail?: unknown): boolean {
		if (condition) {
			this.passed++;
			log(this.scope, `PASS ${what}`);
			return true;
		}
		const extra = detail === undefined ? '' : ` -- ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`;
		this.failures.push(`${what}${extra}`);
		log(this.scope, `FAIL ${what}${extra.slice(0, 2000)}`);
		return false;
	}
	summary(): number {
		log(this.scope, `${this.passed} passed, ${this.failures.length} failed`);
		for (const f of this.failures) log(this.scope, `  failed: ${f.slice(0, 500)}`);
		return this.failures.length === 0 ? 0 : 1;
	}
}

/** Runs install-n8n.sh (a no-op once cached) and returns the paths of the cached install. */
export function ensureN8n(): N8nInstall {
	const version = process.env.N8N_E2E_VERSION ?? '2.41.1';
	const started = Date.now();
	const result = spawnSync('bash', [path.join(__dirname, 'install-n8n.sh')], {
		stdio: ['ignore', 'pipe', 'inherit'],
		encoding: 'utf8',
		env: { ...process.env, N8N_E2E_VERSION: version },
	});
	if (result.status !== 0) throw new Error(`install-n8n.sh failed with status ${result.status}`);
	const cache = result.stdout.trim().split('\n').pop()!.trim();
	const n8nDir = path.join(cache, `n8n-${version}`);
	const nodeBin = readFileSync(path.join(n8nDir, '.node-bin'), 'utf8').trim();
	const n8nBin = path.join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n');
	for (const p of [nodeBin, n8nBin]) if (!existsSync(p)) throw new Error(`missing after install: ${p}`);
	log('setup', `n8n ${version} ready in ${cache} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
	return { cache, version, nodeBin, n8nDir, n8nBin };
}

export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env };
	// tsx injects its loader via NODE_OPTIONS in some setups; n8n must not inherit it.
	delete env.NODE_OPTIONS;
	for (const [k, v] of Object.entries(extra)) {
		if (v === undefined) delete env[k];
		else env[k] = v;
	}
	return env;
}

export interface RunResult {
	code: number | null;
	/** The signal that ended the process when `code` is null. */
	signal?: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
	ms: number;
}

/** Spawns a process asynchronously (so in-process servers such as the sandbox keep serving). */
export function runProcess(
	cmd: string,
	args: string[],
	opts: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number; logFile?: string; input?: string } = {},
): Promise<RunResult> {
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, { env: opts.env ?? childEnv(), cwd: opts.cwd ?? REPO, stdio: ['pipe', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		const logStream = opts.logFile ? createWriteStream(opts.logFile, { flags: 'a' }) : undefined;
		logStream?.write(`\n$ ${cmd} ${args.join(' ')}\n`);
		child.stdout.on('data', (d: Buffer) => {
			stdout += d.toString();
			logStream?.write(d);
		});
		child.stderr.on('data', (d: Buffer) => {
			stderr += d.toString();
			logStream?.write(d);
		});
		if (opts.input !== undefined) child.stdin.end(opts.input);
		else child.stdin.end();
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`timed out after ${opts.timeoutMs}ms: ${cmd} ${args.join(' ')}\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`));
		}, opts.timeoutMs ?? 180_000);
		child.on('error', (e) => {
			clearTimeout(timer);
			reject(e);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			logStream?.end();
			resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
		});
	});
}

export async function freePort(): Promise<number> {
	return await new Promise((resolve, reject) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const addr = srv.address();
			const port = typeof addr === 'object' && addr ? addr.port : 0;
			srv.close(() => resolve(port));
		});
	});
}

/** `npm pack` the already-built package into a temp dir; returns the tarball path. */
export async function packPackage(destDir: string): Promise<string> {
	const mainFile = path.join(REPO, 'dist', 'nodes', 'GlairVision', 'GlairVision.node.js');
	if (!existsSync(mainFile)) throw new Error(`${mainFile} is missing: run \`npm run build\` first`);
	mkdirSync(destDir, { recursive: true });
	const r = await runProcess('npm', ['pack', '--json', '--pack-destination', destDir], { timeoutMs: 120_000 });
	if (r.code !== 0) throw new Error(`npm pack failed:\n${r.stderr}`);
	const info = JSON.parse(r.stdout.slice(r.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>;
	const tarball = path.join(destDir, info[0].filename);
	log('pack', `${info[0].filename}: ${info[0].files.length} files`);
	return tarball;
}

export interface UserFolder {
	root: string;
	n8nFolder: string;
	/** n8n's SQLite file, used unless `postgres` is set. */
	dbPath: string;
	/** A PostgreSQL database instead of SQLite (queue mode). */
	postgres?: { host: string; port: number; database: string; user: string; url: string };
	nodesDir: string;
	packageDir: string;
	logFile: string;
}

export function makeUserFolder(prefix = 'glair-n8n-e2e-', postgres?: UserFolder['postgres']): UserFolder {
	const root = mkdtempSync(path.join(tmpdir(), prefix));
	const n8nFolder = path.join(root, '.n8n');
	const nodesDir = path.join(n8nFolder, 'nodes');
	mkdirSync(nodesDir, { recursive: true });
	return {
		root,
		n8nFolder,
		dbPath: path.join(n8nFolder, 'database.sqlite'),
		postgres,
		nodesDir,
		packageDir: path.join(nodesDir, 'node_modules', PACKAGE_NAME),
		logFile: path.join(root, 'n8n.log'),
	};
}

export function removeUserFolder(folder: UserFolder): void {
	if (process.env.E2E_KEEP === '1') {
		log('cleanup', `kept ${folder.root} (E2E_KEEP=1)`);
		return;
	}
	rmSync(folder.root, { recursive: true, force: true });
}

function databaseEnv(folder: UserFolder): Record<string, string> {
	const pg = folder.postgres;
	if (!pg) return { DB_TYPE: 'sqlite' };
	return {
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: pg.host,
		DB_POSTGRESDB_PORT: String(pg.port),
		DB_POSTGRESDB_DATABASE: pg.database,
		DB_POSTGRESDB_USER: pg.user,
		DB_POSTGRESDB_PASSWORD: '',
	};
}

/** Where the db scripts find n8n's database: the SQLite file or a postgres:// URL. */
function databaseLocation(folder: UserFolder): string {
	return folder.postgres?.url ?? folder.dbPath;
}

/** The environment every n8n process of a run shares. */
export function n8nEnv(install: N8nInstall, folder: UserFolder, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
	return childEnv({
		PATH: `${path.dirname(install.nodeBin)}:${process.env.PATH ?? ''}`,
		N8N_USER_FOLDER: folder.root,
		N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
		...databaseEnv(folder),
		N8N_LOG_LEVEL: process.env.E2E_N8N_LOG_LEVEL ?? 'info',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		N8N_RESTRICT_FILE_ACCESS_TO: SAMPLES,
		N8N_SECURE_COOKIE: 'false',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		GENERIC_TIMEZONE: 'UTC',
		// n8n 1.x: keep the expression engine it shipped with (the 2.x default is not in 1.x).
		...(install.version.startsWith('1.') ? { N8N_EXPRESSION_ENGINE: 'legacy' } : {}),
		TZ: 'UTC',
		...extra,
	});
}

export async function n8n(
	install: N8nInstall,
	folder: UserFolder,
	args: string[],
	opts: { env?: Record<string, string | undefined>; timeoutMs?: number } = {},
): Promise<RunResult> {
	return await runProcess(install.nodeBin, [install.n8nBin, ...args], {
		// Each n8n process starts a task-runner broker (default port 5679): give each its own port,
		// so parallel runs (or another n8n on this machine) do not collide.
		env: n8nEnv(install, folder, { N8N_RUNNERS_BROKER_PORT: String(await freePort()), ...opts.env }),
		cwd: folder.root,
		timeoutMs: opts.timeoutMs ?? 180_000,
		logFile: folder.logFile,
	});
}

export async function n8nOk(install: N8nInstall, folder: UserFolder, args: string[], opts: { env?: Record<string, string | undefined>; timeoutMs?: number } = {}): Promise<RunResult> {
	const r = await n8n(install, folder, args, opts);
	if (r.code !== 0) {
		throw new Error(`n8n ${args.join(' ')} exited ${r.code}\n--- stdout ---\n${r.stdout.slice(-4000)}\n--- stderr ---\n${r.stderr.slice(-4000)}`);
	}
	return r;
}

/** First n8n command of a run: creates the sqlite DB and runs all migrations. */
export async function initDatabase(install: N8nInstall, folder: UserFolder): Promise<void> {
	const empty = path.join(folder.root, 'empty-credentials.json');
	writeFileSync(empty, '[]');
	const r = await n8nOk(install, folder, ['import:credentials', `--input=${empty}`]);
	if (!folder.postgres && !existsSync(folder.dbPath)) throw new Error(`n8n did not create ${folder.dbPath}`);
	log('n8n', `database initialised (${(r.ms / 1000).toFixed(1)}s)`);
}

export interface Registration {
	packageName: string;
	installedVersion: string;
	nodes: Array<{ name: string; type: string; latestVersion: number }>;
	credentials: string[];
	iconFiles: Array<{ owner: string; url: string | null; file: string | null; exists: boolean }>;
	codex: Record<string, { categories?: string[]; resources?: { primaryDocumentation?: Array<{ url: string }> } } | null>;
}

/**
 * Loads the package n8n installed (in <nodes>/node_modules/<pkg>) with n8n-core's own
 * PackageDirectoryLoader and reports what the editor will ask for (see inspect-package.cjs).
 * Read-only: n8n's installer wrote the files and the database rows.
 */
export async function inspectPackage(install: N8nInstall, folder: UserFolder): Promise<Registration> {
	const r = await runProcess(install.nodeBin, [path.join(__dirname, 'inspect-package.cjs'), install.n8nDir, folder.packageDir], {
		env: childEnv(),
		cwd: install.n8nDir,
	});
	if (r.code !== 0) throw new Error(`inspect-package failed:\n${r.stderr}`);
	const reg = JSON.parse(r.stdout.trim().split('\n').pop()!) as Registration;
	log('install', `n8n-core loads ${reg.packageName}@${reg.installedVersion}: nodes ${reg.nodes.map((n) => `${n.type} v${n.latestVersion}`).join(', ')}; credentials ${reg.credentials.join(', ')}`);
	return reg;
}

// ---- the local npm registry (verdaccio) ---------------------------------------------------------

export interface LocalRegistry {
	url: string;
	packageName: string;
	version: string;
	logFile: string;
	stop(): Promise<void>;
}

/** The uplink verdaccio proxies for everything but this package: the npm registry npm itself uses. */
function upstreamRegistry(): string {
	const r = spawnSync('npm', ['config', 'get', 'registry'], { cwd: tmpdir(), encoding: 'utf8', env: childEnv() });
	const url = (r.status === 0 ? r.stdout.trim() : '') || 'https://registry.npmjs.org/';
	return url.endsWith('/') ? url : `${url}/`;
}

/**
 * Starts verdaccio (installed into the e2e cache by install-registry.sh) on 127.0.0.1 and a free
 * port, with its storage under `root`, and publishes the packed tarball to it. The package itself
 * exists only here (never proxied); its dependencies (undici, form-data) are proxied from the npm
 * registry, as a user's n8n would fetch them. Resolves once the package's metadata answers.
 */
export async function startRegistry(root: string, tarball: string): Promise<LocalRegistry> {
	const started = Date.now();
	const installed = spawnSync('bash', [path.join(__dirname, 'install-registry.sh')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: childEnv() });
	if (installed.status !== 0) throw new Error(`install-registry.sh failed with status ${installed.status}`);
	const entry = installed.stdout.trim().split('\n').pop()!.trim();
	const dir = path.join(root, 'registry');
	mkdirSync(dir, { recursive: true });
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const config = path.join(dir, 'config.yaml');
	writeFileSync(
		config,
		[
			`storage: ${JSON.stringify(path.join(dir, 'storage'))}`,
			'auth:',
			'  htpasswd:',
			`    file: ${JSON.stringify(path.join(dir, 'htpasswd'))}`,
			'    max_users: 1',
			'uplinks:',
			'  npmjs:',
			`    url: ${JSON.stringify(upstreamRegistry())}`,
			'    timeout: 60s',
			'packages:',
			`  '${PACKAGE_NAME}':`,
			'    access: $all',
			'    publish: $authenticated',
			"  '**':",
			'    access: $all',
			'    publish: $authenticated',
			'    proxy: npmjs',
			'web:',
			'  enable: false',
			'middlewares:',
			'  audit:',
			'    enabled: false',
			'log: { type: stdout, format: pretty, level: warn }',
			'',
		].join('\n'),
	);
	const logFile = path.join(dir, 'verdaccio.log');
	const out = createWriteStream(logFile, { flags: 'a' });
	const child = spawn(process.execPath, [entry, '--config', config, '--listen', `127.0.0.1:${port}`], {
		env: childEnv(),
		cwd: dir,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	child.stdout!.pipe(out);
	child.stderr!.pipe(out);
	const stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		const exited = new Promise<void>((r) => child.once('exit', () => r()));
		killTree(child, 'SIGTERM');
		const t = setTimeout(() => killTree(child, 'SIGKILL'), 5_000);
		await exited;
		clearTimeout(t);
	};
	try {
		const deadline = Date.now() + 30_000;
		for (;;) {
			if (child.exitCode !== null) throw new Error(`verdaccio exited ${child.exitCode} before it was ready (log: ${logFile})`);
			const ok = await fetch(`${url}/-/ping`).then((r) => r.ok, () => false);
			if (ok) break;
			if (Date.now() > deadline) throw new Error(`verdaccio not ready on ${url} after 30s (log: ${logFile})`);
			await new Promise((r) => setTimeout(r, 250));
		}
		// A throwaway user for the publish; its token goes into a private npmrc, never onto a command line or a log.
		const user = 'e2e-publisher';
		const res = await fetch(`${url}/-/user/org.couchdb.user:${user}`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ name: user, password: `pw-${process.pid}-${Date.now()}` }),
		});
		const body = (await res.json().catch(() => ({}))) as { token?: string };
		if (!res.ok || !body.token) throw new Error(`verdaccio refused the publisher account: ${res.status}`);
		const npmrc = path.join(dir, 'publisher.npmrc');
		writeFileSync(npmrc, `registry=${url}/\n//127.0.0.1:${port}/:_authToken=${body.token}\n`, { mode: 0o600 });
		const pub = await runProcess('npm', ['publish', tarball, '--registry', `${url}/`, '--userconfig', npmrc, '--provenance=false', '--loglevel=error'], {
			cwd: dir,
			timeoutMs: 60_000,
			env: childEnv(),
		});
		if (pub.code !== 0) throw new Error(`npm publish to ${url} failed:\n${pub.stderr.slice(-2000)}`);
		const meta = (await (await fetch(`${url}/${PACKAGE_NAME}`)).json()) as { 'dist-tags'?: { latest?: string } };
		const version = meta['dist-tags']?.latest;
		if (!version) throw new Error(`${PACKAGE_NAME} is not on ${url} after the publish`);
		log('registry', `verdaccio on ${url} serves ${PACKAGE_NAME}@${version}; dependencies proxied from ${upstreamRegistry()} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
		return { url, packageName: PACKAGE_NAME, version, logFile, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

/**
 * Environment of an n8n whose community-package installer reads from the local registry.
 * In n8n 2.41 a registry other than registry.npmjs.org is a licensed feature
 * (`feat:communityNodes:customRegistry`, CommunityPackagesService.getNpmRegistry). n8n's own test
 * mode (E2E_TESTS=true) lets a test switch license features on (PATCH /rest/e2e/feature), which
 * installViaSettings does; nothing else of the installer changes.
 */
export function registryEnv(registry: LocalRegistry): Record<string, string> {
	return { N8N_COMMUNITY_PACKAGES_REGISTRY: registry.url, E2E_TESTS: 'true' };
}

/** Logs the owner in; returns the auth cookie for REST calls. */
export async function loginCookie(server: N8nServer): Promise<string> {
	const res = await fetch(`${server.url}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
	});
	if (!res.ok) throw new Error(`POST /rest/login -> ${res.status}`);
	const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
	if (!cookie) throw new Error('POST /rest/login set no n8n-auth cookie');
	return cookie;
}

export interface InstalledPackage {
	packageName: string;
	installedVersion: string;
	installedNodes: Array<{ name: string; type: string; latestVersion: number }>;
	failedLoading?: boolean;
}

/**
 * What Settings > Community nodes > Install does: `POST /rest/community-packages {name}` as the
 * owner. n8n's installer then runs `npm pack` against the registry, untars, `npm install`s the
 * runtime dependencies, loads the package and writes its database rows.
 * The server must run with registryEnv(registry).
 */
export async function installViaSettings(server: N8nServer, registry: LocalRegistry): Promise<{ installed: InstalledPackage; listed: InstalledPackage[]; ms: number }> {
	const started = Date.now();
	const cookie = await loginCookie(server);
	const feature = await fetch(`${server.url}/rest/e2e/feature`, {
		method: 'PATCH',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ feature: 'feat:communityNodes:customRegistry', enabled: true }),
	});
	if (!feature.ok) throw new Error(`PATCH /rest/e2e/feature -> ${feature.status} (is E2E_TESTS=true set?)`);
	const res = await fetch(`${server.url}/rest/community-packages`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', cookie },
		body: JSON.stringify({ name: registry.packageName }),
		signal: AbortSignal.timeout(300_000),
	});
	const text = await res.text();
	if (!res.ok) throw new Error(`POST /rest/community-packages -> ${res.status} ${text.slice(0, 1500)}`);
	const installed = (JSON.parse(text) as { data: InstalledPackage }).data;
	const list = await fetch(`${server.url}/rest/community-packages`, { headers: { cookie } });
	const listed = ((await list.json()) as { data: InstalledPackage[] }).data;
	const ms = Date.now() - started;
	log('install', `n8n installed ${installed.packageName}@${installed.installedVersion} from ${registry.url} through POST /rest/community-packages (${(ms / 1000).toFixed(1)}s)`);
	return { installed, listed, ms };
}

/**
 * For checks that run workflows from the CLI afterwards: installs the packed tarball the way a user
 * does (a short-lived n8n with the local registry, Settings install as the owner), then stops both.
 */
export async function installThroughSettings(install: N8nInstall, folder: UserFolder, tarball: string): Promise<InstalledPackage> {
	const registry = await startRegistry(folder.root, tarball);
	let server: N8nServer | undefined;
	try {
		server = await startN8nServer(install, folder, { env: registryEnv(registry), label: 'n8n start (install)' });
		await setupOwner(server);
		return (await installViaSettings(server, registry)).installed;
	} finally {
		await server?.stop();
		await registry.stop();
	}
}

/** Random n8n-style id (16 alphanumerics). */
export function n8nId(seed: string): string {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	let out = '';
	let h = 2166136261;
	for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
	for (let i = 0; i < 16; i++) {
		h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
		h = (h + i * 7919) >>> 0;
		out += alphabet[h % alphabet.length];
	}
	return out;
}

export interface SandboxCredentials {
	username: string;
	password: string;
	apiKey: string;
}

export async function importCredential(
	install: N8nInstall,
	folder: UserFolder,
	cred: { id: string; name: string; baseUrl: string } & SandboxCredentials,
): Promise<void> {
	const file = path.join(folder.root, `credential-${cred.id}.json`);
	writeFileSync(
		file,
		JSON.stringify([
			{
				id: cred.id,
				name: cred.name,
				type: CREDENTIAL_TYPE,
				data: { username: cred.username, password: cred.password, apiKey: cred.apiKey, baseUrl: cred.baseUrl },
			},
		]),
	);
	await n8nOk(install, folder, ['import:credentials', `--input=${file}`]);
	log('n8n', `credential "${cred.name}" (${cred.id}) imported -> ${cred.baseUrl}`);
}

/** Fills the __PLACEHOLDERS__ of a workflow template and imports it. */
export async function importWorkflowTemplate(
	install: N8nInstall,
	folder: UserFolder,
	template: string,
	values: Record<string, string>,
): Promise<{ id: string; json: any }> {
	let text = readFileSync(path.join(__dirname, 'workflows', template), 'utf8');
	for (const [k, v] of Object.entries(values)) text = text.split(`__${k}__`).join(JSON.stringify(v).slice(1, -1));
	const json = JSON.parse(text);
	const file = path.join(folder.root, `workflow-${json.id}.json`);
	writeFileSync(file, JSON.stringify([json], null, 2));
	await n8nOk(install, folder, ['import:workflow', `--input=${file}`]);
	return { id: json.id, json };
}

/** `n8n execute --id --rawOutput`; stdout carries log lines before the JSON. */
export async function executeWorkflow(install: N8nInstall, folder: UserFolder, id: string, env?: Record<string, string | undefined>): Promise<{ run: any; result: RunResult }> {
	const result = await n8n(install, folder, ['execute', `--id=${id}`, '--rawOutput'], { timeoutMs: 240_000, env });
	const start = result.stdout.search(/^\{/m);
	// The JSON ends with a `}` at the start of a line; n8n may log a line after it (e.g. a task runner
	// registering late on a loaded machine), so cut there rather than at the end of stdout.
	const end = result.stdout.lastIndexOf('\n}');
	let run: any;
	if (start >= 0) {
		try {
			run = JSON.parse(result.stdout.slice(start, end > start ? end + 2 : undefined));
		} catch {
			run = undefined;
		}
	}
	return { run, result };
}

/** Items a node emitted on output `index` in its first run. */
export function outputItems(run: any, nodeName: string, index = 0): any[] {
	const nodeRuns = run?.data?.resultData?.runData?.[nodeName];
	if (!nodeRuns || nodeRuns.length === 0) return [];
	return nodeRuns[0]?.data?.main?.[index] ?? [];
}

export function nodeRan(run: any, nodeName: string): boolean {
	return Boolean(run?.data?.resultData?.runData?.[nodeName]?.length);
}

export interface SandboxHandle {
	// requests: RecordedRequest[] of test/sandbox/server.ts
	baseUrl: string;
	credentials: SandboxCredentials;
	requests: Array<{ fileName?: string; path: string; [k: string]: unknown }>;
	close(): Promise<void>;
}

/** Starts the GLAIR stand-in from test/sandbox/server.ts in this process. */
export async function startSandbox(options?: Record<string, unknown>): Promise<SandboxHandle> {
	const serverPath = path.join(REPO, 'test', 'sandbox', 'server.ts');
	if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing (the GLAIR sandbox)`);
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const mod = require(serverPath) as { GlairSandbox: { start(o?: unknown): Promise<SandboxHandle> } };
	const sandbox = await mod.GlairSandbox.start(options);
	log('sandbox', `GLAIR sandbox on ${sandbox.baseUrl}`);
	return sandbox;
}

export function killTree(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): void {
	if (!child || child.exitCode !== null || child.pid === undefined) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		try {
			child.kill(signal);
		} catch {
			/* already gone */
		}
	}
}

export interface N8nServer {
	child: ChildProcess;
	port: number;
	url: string;
	stop(): Promise<void>;
}

/** `n8n <command>` (start / worker) as a long-running child; resolves once /healthz answers. */
export async function startN8nServer(
	install: N8nInstall,
	folder: UserFolder,
	opts: {
		command?: string;
		port?: number;
		env?: Record<string, string | undefined>;
		readyTimeoutMs?: number;
		label?: string;
		extraArgs?: string[];
	} = {},
): Promise<N8nServer> {
	const command = opts.command ?? 'start';
	const port = opts.port ?? (await freePort());
	const label = opts.label ?? `n8n ${command}`;
	const env = n8nEnv(install, folder, {
		N8N_PORT: String(port),
		N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}/`,
		WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		...opts.env,
	});
	const child = spawn(install.nodeBin, [install.n8nBin, command, ...(opts.extraArgs ?? [])], { env, cwd: folder.root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	const logStream = createWriteStream(folder.logFile, { flags: 'a' });
	logStream.write(`\n$ n8n ${command} (${label}, port ${port})\n`);
	let output = '';
	let partial = '';
	// Several processes share one log file: every line is prefixed with the process' label.
	const onData = (d: Buffer) => {
		const text = partial + d.toString();
		const lines = text.split('\n');
		partial = lines.pop() ?? '';
		for (const line of lines) logStream.write(`[${label}] ${line}\n`);
		if (output.length < 200_000) output += d.toString();
	};
	child.stdout!.on('data', onData);
	child.stderr!.on('data', onData);
	const url = `http://127.0.0.1:${port}`;
	const started = Date.now();
	const deadline = started + (opts.readyTimeoutMs ?? 120_000);
	const healthPath = command === 'start' ? '/healthz/readiness' : '/healthz';
	for (;;) {
		if (child.exitCode !== null) throw new Error(`${label} exited ${child.exitCode} before it was ready:\n${output.slice(-4000)}`);
		try {
			const res = await fetch(`${url}${healthPath}`);
			if (res.ok) break;
		} catch {
			/* not listening yet */
		}
		if (Date.now() > deadline) {
			killTree(child, 'SIGKILL');
			throw new Error(`${label} not ready on ${url} after ${(Date.now() - started) / 1000}s:\n${output.slice(-4000)}`);
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	log('n8n', `${label} ready on ${url} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
	return {
		child,
		port,
		url,
		async stop() {
			if (child.exitCode !== null) return;
			const exited = new Promise<void>((r) => child.once('exit', () => r()));
			killTree(child, 'SIGTERM');
			const t = setTimeout(() => killTree(child, 'SIGKILL'), 20_000);
			await exited;
			clearTimeout(t);
			logStream.end();
		},
	};
}

/** Owner account created through n8n's REST API on a fresh instance. */
export const OWNER = { email: 'owner@example.com', firstName: 'E2E', lastName: 'Owner', password: 'E2e-Passw0rd!' };

export async function setupOwner(server: N8nServer): Promise<void> {
	// n8n 1.x answers /healthz/readiness a moment before its REST routes exist: retry a 404.
	const deadline = Date.now() + 60_000;
	for (;;) {
		const res = await fetch(`${server.url}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(OWNER),
		});
		if (res.ok) break;
		const body = await res.text();
		if (res.status !== 404 || Date.now() > deadline) throw new Error(`POST /rest/owner/setup -> ${res.status} ${body.slice(0, 500)}`);
		await new Promise((r) => setTimeout(r, 1000));
	}
	log('n8n', `owner ${OWNER.email} set up`);
}

/** Runs a read-only SQL query on the run's n8n database (see query-db.cjs). */
export async function queryDb<T = Record<string, unknown>>(install: N8nInstall, folder: UserFolder, sql: string, flattedColumns: string[] = []): Promise<T[]> {
	const r = await runProcess(install.nodeBin, [path.join(__dirname, 'query-db.cjs'), install.n8nDir, databaseLocation(folder), sql, ...flattedColumns], {
		env: childEnv(),
		cwd: install.n8nDir,
		timeoutMs: 120_000,
	});
	if (r.code !== 0) throw new Error(`query failed: ${sql}\n${r.stderr}`);
	return JSON.parse(r.stdout) as T[];
}

/** Polls `probe` every half second until it gives a value; throws after `timeoutMs`, naming `what`. */
export async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 90_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

/**
 * Waits until a published workflow's Form Trigger answers on /form/<webhookId>. n8n 2.x activates
 * the workflows published before it started from an outbox, after its health check says ready:
 * a form posted at once can meet "The requested webhook ... is not registered" (404).
 */
export async function formListening(server: N8nServer, webhookId: string): Promise<void> {
	await until(`the form /form/${webhookId} to be registered`, async () => ((await fetch(`${server.url}/form/${webhookId}`)).status === 404 ? undefined : true));
}

/** A resumed execution once it has finished (n8n's database): its status and its run data. */
export async function finishedExecution(install: N8nInstall, folder: UserFolder, executionId: string | undefined): Promise<{ status: string; data: any }> {
	const [execution] = await until(`execution ${executionId} to finish`, async () => {
		const rows = await queryDb<{ status: string; data: any }>(
			install,
			folder,
			`SELECT e.status, d.data FROM execution_entity e JOIN execution_data d ON d."executionId" = e.id WHERE e.id = '${executionId}' AND e.status NOT IN ('new', 'running', 'waiting')`,
			['data'],
		);
		return rows.length > 0 ? rows : undefined;
	});
	return execution;
}
