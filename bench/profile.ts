/**
 * CPU time per document of one GLAIR Vision run in the engine, against the bare undici floor,
 * and a CPU profile of where the node's own time goes.
 *
 *   npm run build && npx tsx bench/profile.ts [--n 200] [--concurrency 16] [--latency 250]
 *                                             [--rounds 5] [--warmup 2] [--no-profile] [--out FILE]
 *
 * The sandbox runs in its own process (bench/sandboxProcess.ts), so its CPU is not counted here;
 * its CPU per document is printed beside ours to show that.
 *
 * 1. Warm-up: a short run at no latency, then `--warmup` unmeasured rounds of node and floor (JIT,
 *    sockets, binary store caches).
 * 2. `--rounds` measured rounds, each the floor and the node over the same N documents (the order
 *    alternates). CPU = process.cpuUsage() user + system of this process (all its threads: the
 *    libuv pool doing the file reads included) over:
 *    - node:  from the Mark node (after its full GC) to the end of the workflow run;
 *    - floor: the undici loop (after the same full GC); its bodies are built in memory beforehand.
 *    Own CPU per document = (node - floor) / N, per round. Median and min-max of every quantity are
 *    printed; other processes' CPU (cores, from /proc/stat) shows how busy the shared machine was.
 *    Each is split into the main thread and the other threads (V8's GC and compiler workers, the
 *    libuv pool), with the GCs V8 reported meanwhile (bench/lib/cpu.ts).
 * 3. One more node run with the inspector's sampling profiler (not counted in the CPU figures: the
 *    profiler costs CPU itself): writes a .cpuprofile (open it in Chrome DevTools) and prints the
 *    functions with the most self time and the same grouped by file/package.
 */
import './lib/env';

import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

import { setMarkHook, type SourceFile } from './lib/benchNodes';
import { startCpuSpan, type CpuSpan } from './lib/cpu';
import { runFloor } from './lib/floor';
import { probeOtherLoad } from './lib/load';
import { SandboxClient } from './lib/sandboxClient';
import { runTarget } from './lib/workflows';

const { values } = parseArgs({
	options: {
		n: { type: 'string', default: '200' },
		concurrency: { type: 'string', default: '16' },
		latency: { type: 'string', default: '250' },
		rounds: { type: 'string', default: '5' },
		warmup: { type: 'string', default: '2' },
		'no-profile': { type: 'boolean', default: false },
		out: { type: 'string', default: join(tmpdir(), 'glair-bench.cpuprofile') },
	},
	strict: true,
});
const N = Number(values.n);
const CONCURRENCY = Number(values.concurrency);
const LATENCY = Number(values.latency);
const ROUNDS = Number(values.rounds);
const WARMUP = Number(values.warmup);
const REPO = join(__dirname, '..');

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	hitCount?: number;
	children?: number[];
}

interface Round {
	node: CpuSpan;
	floor: CpuSpan;
	nodeWallMs: number;
	floorWallMs: number;
	nodeOk: number;
	floorOk: number;
	sandboxCpuMs: number;
	otherCores: number;
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
	return new Promise((resolve, reject) =>
		session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))),
	);
}

/** CPU time (utime + stime) of another process (all its threads), ms; NaN when not readable. */
function processCpuMs(pid: number | undefined): number {
	if (pid === undefined) return Number.NaN;
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10; // USER_HZ = 100
	} catch {
		return Number.NaN;
	}
}

function gcMs(span: CpuSpan): number {
	return Object.values(span.gc).reduce((sum, kind) => sum + kind.ms, 0);
}

function median(numbers: number[]): number {
	const sorted = [...numbers].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The node's run: CPU from the Mark node (after its GC) to the end of the workflow. */
async function measureNode(sandbox: SandboxClient, files: SourceFile[]) {
	let span: ReturnType<typeof startCpuSpan> | undefined;
	setMarkHook(() => (span = startCpuSpan()));
	const run = await runTarget({ kind: 'glair', concurrency: CONCURRENCY }, sandbox.endpoint, files);
	const cpu = span!.stop();
	setMarkHook(undefined);
	if (run.executionError) throw new Error(`the node's run failed: ${run.executionError}`);
	return { cpu, wallMs: run.wallMs, ok: run.ok };
}

async function round(sandbox: SandboxClient, files: SourceFile[], nodeFirst: boolean): Promise<Round> {
	const result: Partial<Round> = {};
	const sandboxBefore = processCpuMs(sandbox.pid);
	const load = probeOtherLoad([process.pid, sandbox.pid]);
	const steps = [
		async () => {
			const node = await measureNode(sandbox, files);
			Object.assign(result, { node: node.cpu, nodeWallMs: node.wallMs, nodeOk: node.ok });
		},
		async () => {
			const floor = await runFloor(sandbox.endpoint, files, CONCURRENCY);
			Object.assign(result, { floor: floor.cpu, floorWallMs: floor.wallMs, floorOk: floor.ok });
		},
	];
	for (const step of nodeFirst ? steps : steps.reverse()) await step();
	result.otherCores = load.stop();
	// Both runs' worth of sandbox work, per run.
	result.sandboxCpuMs = (processCpuMs(sandbox.pid) - sandboxBefore) / 2;
	return result as Round;
}

async function profileOneRun(sandbox: SandboxClient, files: SourceFile[]): Promise<string> {
	const session = new Session();
	session.connect();
	await post(session, 'Profiler.enable');
	await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
	// Start at the Mark node, so the source node's file copies are not in the profile.
	setMarkHook(() => session.post('Profiler.start'));
	await runTarget({ kind: 'glair', concurrency: CONCURRENCY }, sandbox.endpoint, files);
	setMarkHook(undefined);
	const { profile } = await post<{ profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] } }>(
		session,
		'Profiler.stop',
	);
	session.disconnect();
	writeFileSync(values.out!, JSON.stringify(profile));

	const total = profile.samples.length;
	const self = new Map<string, number>();
	const byFile = new Map<string, number>();
	let busy = 0;
	for (const node of profile.nodes) {
		const hits = node.hitCount ?? 0;
		if (!hits) continue;
		const url = node.callFrame.url.replace(/^file:\/\//, '');
		const where = url ? relative(REPO, url) : '(native)';
		const name = node.callFrame.functionName || '(anonymous)';
		if (name !== '(idle)') busy += hits;
		const key = `${name}  ${where}:${node.callFrame.lineNumber + 1}`;
		self.set(key, (self.get(key) ?? 0) + hits);
		const file = where
			.replace(/^(\.\.\/)*(.*\/)?node_modules\/((@[^/]+\/)?[^/]+)\/.*/, 'node_modules/$3')
			.replace(/^\(native\)$/, name === '(idle)' || name === '(program)' || name === '(garbage collector)' ? name : '(native)');
		byFile.set(file, (byFile.get(file) ?? 0) + hits);
	}
	const ms = (hits: number) => ((hits / total) * (profile.endTime - profile.startTime)) / 1000;
	const top = (map: Map<string, number>, count: number) =>
		[...map.entries()]
			.filter(([key]) => !key.startsWith('(idle)'))
			.sort((a, b) => b[1] - a[1])
			.slice(0, count)
			.map(
				([key, hits]) =>
					`${ms(hits).toFixed(1).padStart(7)} ms ${((ms(hits) * 1000) / N).toFixed(0).padStart(5)} us/doc ${((hits / busy) * 100).toFixed(1).padStart(5)}%  ${key}`,
			)
			.join('\n');
	return (
		`\nprofiled run (not in the CPU figures above; the sampler adds its own cost), ${ms(busy).toFixed(0)} ms on the main thread ` +
		`(${(ms(busy) / N).toFixed(2)} ms per document), % of that:\n\nself time by function:\n${top(self, 40)}\n\n` +
		`self time by file/package:\n${top(byFile, 25)}\n\nprofile: ${values.out}\n`
	);
}

async function main(): Promise<void> {
	const sandbox = await SandboxClient.start();
	const files: SourceFile[] = Array.from({ length: N }, (_, index) => ({
		path: join(REPO, 'samples', 'bpkb-sample.pdf'),
		fileName: `bpkb-${index + 1}.pdf`,
		mimeType: 'application/pdf',
	}));
	const log = (line: string) => process.stderr.write(`[profile] ${line}\n`);
	await sandbox.setOptions({ latencyMs: 0, maxInFlight: null });
	await runTarget({ kind: 'glair', concurrency: 4 }, sandbox.endpoint, files.slice(0, 16));
	await runFloor(sandbox.endpoint, files.slice(0, 16), 4);
	await sandbox.setOptions({ latencyMs: LATENCY });
	for (let index = 0; index < WARMUP; index++) {
		log(`warm-up round ${index + 1}/${WARMUP}`);
		await round(sandbox, files, index % 2 === 0);
	}
	const rounds: Round[] = [];
	for (let index = 0; index < ROUNDS; index++) {
		const measured = await round(sandbox, files, index % 2 === 0);
		log(
			`round ${index + 1}/${ROUNDS}: node ${(measured.node.processMs / N).toFixed(2)} ms/doc, floor ${(measured.floor.processMs / N).toFixed(2)} ms/doc, ` +
				`other load ${measured.otherCores.toFixed(2)} cores`,
		);
		rounds.push(measured);
	}
	const profileReport = values['no-profile'] ? '' : await profileOneRun(sandbox, files);
	await sandbox.close();

	const perDoc = (pick: (r: Round) => number) => rounds.map((r) => pick(r) / N);
	const quantities: Array<[string, number[], string]> = [
		['node CPU', perDoc((r) => r.node.processMs), 'ms/doc'],
		['floor CPU', perDoc((r) => r.floor.processMs), 'ms/doc'],
		["node's own CPU (node - floor)", perDoc((r) => r.node.processMs - r.floor.processMs), 'ms/doc'],
		['  node: main thread', perDoc((r) => r.node.mainThreadMs), 'ms/doc'],
		['  node: other threads', perDoc((r) => r.node.processMs - r.node.mainThreadMs), 'ms/doc'],
		['  floor: main thread', perDoc((r) => r.floor.mainThreadMs), 'ms/doc'],
		['  floor: other threads', perDoc((r) => r.floor.processMs - r.floor.mainThreadMs), 'ms/doc'],
		['  node: major GCs', rounds.map((r) => r.node.gc.major.count), 'per run'],
		['  node: GC pauses, main thread', rounds.map((r) => gcMs(r.node)), 'ms/run'],
		['  floor: major GCs', rounds.map((r) => r.floor.gc.major.count), 'per run'],
		['  floor: GC pauses, main thread', rounds.map((r) => gcMs(r.floor)), 'ms/run'],
		['node wall', rounds.map((r) => r.nodeWallMs / 1000), 's'],
		['floor wall', rounds.map((r) => r.floorWallMs / 1000), 's'],
		['node wall / floor wall', rounds.map((r) => r.nodeWallMs / r.floorWallMs), 'x'],
		['sandbox process CPU (not counted)', perDoc((r) => r.sandboxCpuMs), 'ms/doc'],
		['other processes', rounds.map((r) => r.otherCores), 'cores'],
	];
	const digits = (unit: string) => (unit === 'ms/doc' ? 2 : unit === 'x' ? 3 : unit === 'per run' ? 0 : unit === 'ms/run' ? 0 : 2);
	const lines = quantities.map(([label, numbers, unit]) => {
		const d = digits(unit);
		const spread = `${Math.min(...numbers).toFixed(d)} - ${Math.max(...numbers).toFixed(d)}`;
		return `${label.padEnd(34)} ${median(numbers).toFixed(d).padStart(7)} ${unit.padEnd(6)} (min-max ${spread}; rounds: ${numbers.map((x) => x.toFixed(d)).join(', ')})`;
	});
	const ok = rounds.every((r) => r.nodeOk === N && r.floorOk === N) ? 'every document read in every run' : 'SOME DOCUMENTS FAILED';
	process.stdout.write(
		`N=${N} concurrency=${CONCURRENCY} latency=${LATENCY} ms, ${ROUNDS} rounds after ${WARMUP} warm-up rounds (${ok}); medians:\n` +
			`${lines.join('\n')}\n${profileReport}`,
	);
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		process.stderr.write(`${(error as Error).stack}\n`);
		process.exit(1);
	},
);
