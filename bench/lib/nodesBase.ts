/**
 * n8n's own HTTP Request node, from n8n-nodes-base, for the baseline. The package is heavy
 * (~850 packages, ~830 MB), so it is installed on demand into a cache OUTSIDE the repository
 * and required from there; a second run finds it and installs nothing.
 *
 *   BENCH_CACHE              cache folder (default ~/.cache/n8n-nodes-glair-vision/bench)
 *   BENCH_NODES_BASE_VERSION n8n-nodes-base version (default 2.41.1, the release that goes with
 *                            n8n-core 2.41.1 and n8n-workflow 2.41.0 used here)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, sep } from 'node:path';

import type { IVersionedNodeType } from 'n8n-workflow';

export const NODES_BASE_VERSION = process.env.BENCH_NODES_BASE_VERSION ?? '2.41.1';
export const BENCH_CACHE = process.env.BENCH_CACHE ?? join(homedir(), '.cache', 'n8n-nodes-glair-vision', 'bench');
const REPO = join(__dirname, '..', '..');

/** Packages that must be one instance in the process (classes, DI container, logger proxy). */
const SHARED = ['n8n-workflow', 'n8n-core', '@n8n/di', '@n8n/backend-common', '@n8n/config'];

function installedVersion(root: string): string | undefined {
	const manifest = join(root, 'node_modules', 'n8n-nodes-base', 'package.json');
	if (!existsSync(manifest)) return undefined;
	return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** Installs n8n-nodes-base into the cache if it is not there yet. Returns the cache root. */
export function ensureNodesBase(log: (line: string) => void): string {
	const root = join(BENCH_CACHE, `n8n-nodes-base-${NODES_BASE_VERSION}`);
	if (installedVersion(root) === NODES_BASE_VERSION) return root;
	mkdirSync(root, { recursive: true });
	log(`installing n8n-nodes-base@${NODES_BASE_VERSION} into ${root} (once; ~2 min, ~830 MB)`);
	// Run from the cache folder so the repository's .npmrc and package.json stay out of it.
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	execFileSync(
		npm,
		['install', '--prefix', root, `n8n-nodes-base@${NODES_BASE_VERSION}`, '--ignore-scripts', '--no-save', '--no-audit', '--no-fund', '--loglevel=error'],
		{ cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
	);
	if (installedVersion(root) !== NODES_BASE_VERSION) {
		throw new Error(`npm install finished but ${root}/node_modules/n8n-nodes-base is not version ${NODES_BASE_VERSION}`);
	}
	return root;
}

let hooked = false;

/**
 * Makes code under the cache resolve the shared n8n packages to the repository's copies, so the
 * HTTP Request node throws the same NodeApiError class, logs through the same LoggerProxy and
 * sees the same DI container as the engine that runs it. Same versions, so nothing else changes.
 */
function shareEnginePackages(cacheRoot: string): void {
	if (hooked) return;
	hooked = true;
	const cachePrefix = join(cacheRoot, 'node_modules') + sep;
	const fromRepo = join(REPO, 'package.json');
	type Resolve = (request: string, parent: { filename?: string } | undefined, ...rest: unknown[]) => string;
	const moduleWithResolve = Module as unknown as { _resolveFilename: Resolve };
	const original = moduleWithResolve._resolveFilename;
	moduleWithResolve._resolveFilename = function (request, parent, ...rest) {
		if (parent?.filename?.startsWith(cachePrefix) && SHARED.some((name) => request === name || request.startsWith(`${name}/`))) {
			return require.resolve(request, { paths: [dirname(fromRepo)] });
		}
		return original.call(this, request, parent, ...rest);
	};
}

/** Loads the HTTP Request node (all versions) from the cache. */
export function loadHttpRequestNode(cacheRoot: string): IVersionedNodeType {
	shareEnginePackages(cacheRoot);
	const file = join(cacheRoot, 'node_modules', 'n8n-nodes-base', 'dist', 'nodes', 'HttpRequest', 'HttpRequest.node.js');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { HttpRequest } = require(file) as { HttpRequest: new () => IVersionedNodeType };
	return new HttpRequest();
}
