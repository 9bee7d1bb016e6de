/**
 * CPU profile of one GLAIR Vision run in the engine, to see where the node's own time goes.
 *
 *   npm run build && npx tsx bench/profile.ts [--n 200] [--concurrency 16] [--latency 300] [--out FILE]
 *
 * Runs the sandbox in its own process (as the bench does), warms up, then profiles only the
 * measured node (from the Mark node on) with the inspector, writes a .cpuprofile (open it in Chrome DevTools) and prints
 * the functions with the most self time, plus the same totals grouped by file.
 */
import './lib/env';

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

import { closeAllDispatchers } from '../nodes/GlairVision/transport/dispatcher';
import { setMarkHook, type SourceFile } from './lib/benchNodes';
import { runFloor } from './lib/floor';
import { SandboxClient } from './lib/sandboxClient';
import { runTarget } from './lib/workflows';

const { values } = parseArgs({
	options: {
		n: { type: 'string', default: '200' },
		concurrency: { type: 'string', default: '16' },
		latency: { type: 'string', default: '300' },
		out: { type: 'string', default: join(tmpdir(), 'glair-bench.cpuprofile') },
	},
});
const N = Number(values.n);
const CONCURRENCY = Number(values.concurrency);
const REPO = join(__dirname, '..');

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	hitCount?: number;
	children?: number[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
	return new Promise((resolve, reject) =>
		session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))),
	);
}

async function main(): Promise<void> {
	const sandbox = await SandboxClient.start();
	const files: SourceFile[] = Array.from({ length: N }, (_, index) => ({
		path: join(REPO, 'samples', 'bpkb-sample.pdf'),
		fileName: `bpkb-${index + 1}.pdf`,
		mimeType: 'application/pdf',
	}));
	await sandbox.setOptions({ latencyMs: 0, maxInFlight: null });
	await runTarget({ kind: 'glair', concurrency: 4 }, sandbox.endpoint, files.slice(0, 16));
	await sandbox.setOptions({ latencyMs: Number(values.latency) });
	const floor = await runFloor(sandbox.endpoint, files, CONCURRENCY);

	const session = new Session();
	session.connect();
	await post(session, 'Profiler.enable');
	await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
	// Start at the Mark node, so the source node's file copies are not in the profile.
	let cpuBefore = process.cpuUsage();
	setMarkHook(() => {
		session.post('Profiler.start');
		cpuBefore = process.cpuUsage();
	});
	const run = await runTarget({ kind: 'glair', concurrency: CONCURRENCY }, sandbox.endpoint, files);
	const cpu = process.cpuUsage(cpuBefore);
	setMarkHook(undefined);
	const { profile } = await post<{ profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] } }>(
		session,
		'Profiler.stop',
	);
	session.disconnect();
	await closeAllDispatchers();
	await sandbox.close();

	writeFileSync(values.out!, JSON.stringify(profile));
	const total = profile.samples.length;
	const self = new Map<string, number>();
	const byFile = new Map<string, number>();
	for (const node of profile.nodes) {
		const hits = node.hitCount ?? 0;
		if (!hits) continue;
		const url = node.callFrame.url.replace(/^file:\/\//, '');
		const where = url ? relative(REPO, url) : '(native)';
		const key = `${node.callFrame.functionName || '(anonymous)'}  ${where}:${node.callFrame.lineNumber + 1}`;
		self.set(key, (self.get(key) ?? 0) + hits);
		const file = where.replace(/node_modules\/((@[^/]+\/)?[^/]+)\/.*/, 'node_modules/$1');
		byFile.set(file, (byFile.get(file) ?? 0) + hits);
	}
	const ms = (hits: number) => ((hits / total) * (profile.endTime - profile.startTime)) / 1000;
	const top = (map: Map<string, number>, count: number) =>
		[...map.entries()]
			.sort((a, b) => b[1] - a[1])
			.slice(0, count)
			.map(([key, hits]) => `${ms(hits).toFixed(0).padStart(7)} ms  ${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`)
			.join('\n');
	process.stdout.write(
		`N=${N} concurrency=${CONCURRENCY}: node ${(run.wallMs / 1000).toFixed(2)} s, floor ${(floor.wallMs / 1000).toFixed(2)} s, ` +
			`this process's CPU from the Mark node to the end of the run ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms ` +
			`(${((cpu.user + cpu.system) / 1000 / N).toFixed(1)} ms per document)\n\nself time by function:\n${top(self, 30)}\n\nself time by file/package:\n${top(byFile, 20)}\n\nprofile: ${values.out}\n`,
	);
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		process.stderr.write(`${(error as Error).stack}\n`);
		process.exit(1);
	},
);
