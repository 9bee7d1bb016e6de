/**
 * `npm run bench`: GLAIR Vision node vs n8n's HTTP Request node vs a bare undici floor, against
 * the GLAIR sandbox; and (part `helper`) the same uploads sent through n8n's own request helper,
 * the transport this node would have without undici. Not a test: it measures and reports;
 * targets are judged, never asserted.
 *
 *   npm run bench                      full run (N=200, ~8 min on 2 cores), rewrites the tables in bench/RESULTS.md
 *   npm run bench -- --quick           CI smoke run (N=20, fewer settings, < 1 min once n8n-nodes-base is cached)
 *   npm run bench -- --n 100           another N
 *   npm run bench -- --no-baseline     skip n8n-nodes-base (no install, no HTTP Request rows)
 *   npm run bench -- --no-memory       skip the memory table
 *   npm run bench -- --only a,b,memory,photos,vehicle,helper,applicant parts to run (default all seven)
 *   npm run bench -- --sizes 5,100     memory table file sizes in MB (default 5,100; --quick: 5)
 *   npm run bench -- --repeats 3       runs of the target rows ((a) c16, (b) c8, memory, every helper row) of which the median is shown (default 3; --quick: 1)
 *   npm run bench -- --out FILE        write the report there (default: bench/RESULTS.md for a full run, nothing for --quick)
 *
 * Env: BENCH_CACHE (where n8n-nodes-base is installed, outside the repo), BENCH_NODES_BASE_VERSION.
 *
 * Process layout: the sandbox runs in its own child process (the API is remote in real life; its
 * CPU and its handling of 100 MB uploads must not be charged to the client). All throughput rows
 * run in this one process, one after the other, with the peak RSS of each row isolated by
 * resetting the kernel's high-water mark (/proc/self/clear_refs). Each memory row runs in a fresh
 * child process so its baseline is clean; so do the helper group's proxy cases (bench/proxyChild.ts).
 */
import './lib/env';

import { execFileSync, fork } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';

import { closeNodePools } from '../test/helpers/nodePools';
import type { SourceFile } from './lib/benchNodes';
import { measureCancel, type CancelRun } from './lib/cancel';
import { runFloor } from './lib/floor';
import { makeLargeJpeg } from './lib/largeJpeg';
import { probeOtherLoad } from './lib/load';
import { peakMethod, rssMiB } from './lib/memory';
import { makePdf, runMemoryChild } from './lib/memoryRuns';
import { NODES_BASE_VERSION, ensureNodesBase, loadHttpRequestNode } from './lib/nodesBase';
import { SandboxClient } from './lib/sandboxClient';
import { makeLoopbackCertificate } from './lib/tlsFront';
import { httpRequestNodeVersion, registerHttpRequestNode, runTarget, runVehicleFiles, type Target, type VehicleWay } from './lib/workflows';
import { applicantFiles, runApplicants, type ApplicantWay } from './lib/applicants';
import type { MemoryJob, MemoryResult } from './memoryChild';
import type { ProxyJob, ProxyResult } from './proxyChild';
import type { SandboxStats } from './sandboxProcess';

const REPO = join(__dirname, '..');
const SAMPLE = join(REPO, 'samples', 'bpkb-sample.pdf');
const MEAN_LATENCY_MS = 300;
const RATE_LIMIT = 8;
const RETRY_AFTER_S = 1;
const SEED = 7;
const MIB = 1024 * 1024;

const { values: flags } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		n: { type: 'string' },
		out: { type: 'string' },
		'no-baseline': { type: 'boolean', default: false },
		'no-memory': { type: 'boolean', default: false },
		only: { type: 'string' },
		sizes: { type: 'string' },
		repeats: { type: 'string' },
	},
	strict: true,
});
const QUICK = flags.quick === true;
const N = Number(flags.n ?? process.env.BENCH_N ?? (QUICK ? 20 : 200));
if (!Number.isInteger(N) || N < 1) throw new Error(`--n must be a positive integer, got ${flags.n}`);
const ONLY = new Set((flags.only ?? 'a,b,memory,photos,vehicle,helper,applicant').split(',').map((part) => part.trim()));
const SIZES = (flags.sizes ?? (QUICK ? '5' : '5,100')).split(',').map(Number);
const REPEATS = Number(flags.repeats ?? (QUICK ? 1 : 3));
const OUT = flags.out ?? (QUICK ? undefined : join(__dirname, 'RESULTS.md'));

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

// ---------------------------------------------------------------------------------------------
// rows

type Way = 'node' | 'http' | 'floor' | 'helper';
/** 'helper': the n8n request helper group, run at setting (a)'s latency. */
type Setting = 'a' | 'b' | 'helper';

interface Row {
	setting: Setting;
	way: Way;
	label: string;
	/** Requests the client lets out at once; N for "all at once". */
	concurrency: number;
	wallMs: number;
	lost: number;
	peakMiB: number;
	/** Peak RSS above this row's own start (after GC). */
	deltaMiB: number;
	stats: SandboxStats;
	/** CPU cores used by other processes on the machine during the row (not the bench, not the sandbox). */
	otherLoad: number;
	/** Wall times of every repetition (the row shows the median one). */
	allWallMs: number[];
	orderOk?: boolean;
	executionError?: string;
	note?: string;
}

const rows: Row[] = [];

function docs(count: number): SourceFile[] {
	return Array.from({ length: count }, (_, index) => ({
		path: SAMPLE,
		fileName: `bpkb-${String(index + 1).padStart(3, '0')}.pdf`,
		mimeType: 'application/pdf',
	}));
}

function effectiveConcurrency(row: Pick<Row, 'setting' | 'concurrency'>): number {
	return row.setting === 'b' ? Math.min(row.concurrency, RATE_LIMIT) : row.concurrency;
}

function idealMs(row: Pick<Row, 'setting' | 'concurrency'>): number {
	return (N * MEAN_LATENCY_MS) / effectiveConcurrency(row);
}

function floorFor(row: Row): Row | undefined {
	return rows.find((other) => other.way === 'floor' && other.setting === row.setting && other.concurrency === row.concurrency);
}

function throughput(row: Row): number {
	return (N - row.lost) / (row.wallMs / 1000);
}

// ---------------------------------------------------------------------------------------------
// measurement

let sandbox: SandboxClient;
let httpAvailable = false;
let httpProblem: string | undefined;

async function measure(setting: Setting, way: Way, label: string, concurrency: number, target?: Target): Promise<Row> {
	await sandbox.setOptions({ seed: SEED });
	await sandbox.reset();
	const files = docs(N);
	const load = probeOtherLoad([process.pid, sandbox.pid]);
	// The floor and the n8n targets report the same measurements; only the targets check order.
	const run = way === 'floor' ? await runFloor(sandbox.endpoint, files, concurrency) : await runTarget(target!, sandbox.endpoint, files);
	const row: Row = {
		setting,
		way,
		label,
		concurrency,
		wallMs: run.wallMs,
		lost: run.failed,
		peakMiB: run.peakMiB,
		deltaMiB: run.peakMiB - run.baselineMiB,
		otherLoad: load.stop(),
		allWallMs: [run.wallMs],
		stats: await sandbox.stats(),
		...('orderOk' in run ? { orderOk: run.orderOk } : {}),
		...('executionError' in run && run.executionError ? { executionError: run.executionError } : {}),
	};
	log(
		`(${setting}) ${label.padEnd(34)} ${(row.wallMs / 1000).toFixed(2).padStart(7)} s  lost ${row.lost}  ` +
			`429s ${row.stats.byStatus['429'] ?? 0}  server max in flight ${row.stats.maxInFlight}  peak ${row.peakMiB.toFixed(0)} MiB` +
			`  others' CPU ${f2(row.otherLoad)} cores` +
			(row.executionError ? `  execution failed: ${row.executionError.slice(0, 80)}` : ''),
	);
	return row;
}

async function measureRow(setting: Setting, way: Way, label: string, concurrency: number, target?: Target): Promise<Row> {
	const row = await measure(setting, way, label, concurrency, target);
	rows.push(row);
	return row;
}

type WayToMeasure = { way: Way; label: string; target?: Target };

/**
 * Several ways at one concurrency, in turn, `repeats` times; each keeps its median run (by wall
 * time), and the row lists every run's wall time. By default the floor and the node.
 */
async function measurePair(setting: Setting, concurrency: number, repeats: number, extra: WayToMeasure[] = []): Promise<void> {
	const ways: WayToMeasure[] = [
		{ way: 'floor', label: `floor (undici), concurrency ${concurrency}` },
		{ way: 'node', label: `GLAIR Vision, concurrency ${concurrency}`, target: nodeTarget(concurrency) },
		...extra,
	];
	const runsByWay: Row[][] = ways.map(() => []);
	for (let round = 0; round < repeats; round++) {
		for (const [index, { way, label, target }] of ways.entries()) runsByWay[index].push(await measure(setting, way, label, concurrency, target));
	}
	for (const runs of runsByWay) {
		const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
		const median = sorted[Math.floor((sorted.length - 1) / 2)];
		median.allWallMs = runs.map((run) => run.wallMs);
		median.otherLoad = runs.reduce((sum, run) => sum + run.otherLoad, 0) / runs.length;
		median.lost = Math.max(...runs.map((run) => run.lost));
		median.orderOk = runs.every((run) => run.orderOk !== false);
		rows.push(median);
	}
}

const nodeTarget = (concurrency: number): Target => ({ kind: 'glair', concurrency });

async function warmUp(): Promise<void> {
	await sandbox.setOptions({ latencyMs: 0, maxInFlight: null });
	const files = docs(Math.min(N, 16));
	await runFloor(sandbox.endpoint, files, 4);
	await runTarget(nodeTarget(4), sandbox.endpoint, files);
	if (httpAvailable) await runTarget({ kind: 'http' }, sandbox.endpoint, files.slice(0, 8));
	if (ONLY.has('helper')) await runTarget(helperTarget(4), sandbox.endpoint, files);
}

async function settingA(): Promise<void> {
	await sandbox.setOptions({ latencyMs: MEAN_LATENCY_MS, maxInFlight: null });
	for (const [concurrency, repeats] of QUICK ? [[4, 1], [16, 1]] : [[1, 1], [4, 1], [16, REPEATS]]) {
		await measurePair('a', concurrency, repeats);
	}
	if (httpAvailable) {
		await measureRow('a', 'floor', `floor (undici), concurrency ${N} (all)`, N);
		await measureRow('a', 'http', 'HTTP Request, defaults', N, { kind: 'http' });
	}
}

async function settingB(): Promise<void> {
	await sandbox.setOptions({ latencyMs: { min: 100, max: 500 }, maxInFlight: RATE_LIMIT, retryAfterSeconds: RETRY_AFTER_S });
	for (const [concurrency, repeats] of QUICK ? [[8, 1]] : [[1, 1], [4, 1], [8, REPEATS]]) {
		await measurePair('b', concurrency, repeats);
	}
	await measureRow('b', 'node', 'GLAIR Vision, concurrency 16', 16, nodeTarget(16));
	if (!httpAvailable) return;
	await measureRow('b', 'http', 'HTTP Request, defaults (On Error: stop)', N, { kind: 'http', onError: 'stopWorkflow' });
	await measureRow('b', 'http', 'HTTP Request, defaults', N, { kind: 'http' });
	// Batching: 8 items per batch (the limit), then a pause. Ascending pauses: the first that loses
	// nothing is the fastest lossless setting (a longer pause is only slower).
	const intervals = QUICK ? [600] : [400, 500, 600, 750, 1000];
	for (const batchIntervalMs of intervals) {
		const row = await measureRow('b', 'http', `HTTP Request, batch ${RATE_LIMIT} every ${batchIntervalMs} ms`, RATE_LIMIT, {
			kind: 'http',
			batching: { batchSize: RATE_LIMIT, batchIntervalMs },
		});
		if (row.lost === 0) break;
	}
}

// ---------------------------------------------------------------------------------------------
// memory

interface MemoryRow {
	way: Way;
	label: string;
	sizeMb: number;
	/** The median run (by peak above baseline). */
	result: MemoryResult;
	/** Peak above baseline of every run, MiB. */
	allAbove: number[];
	uploaded?: { bytes: number; sha256?: string };
	fileBytes: number;
}

const memoryRows: MemoryRow[] = [];

async function memoryTable(): Promise<void> {
	await sandbox.setOptions({ latencyMs: 50, maxInFlight: null });
	const dir = mkdtempSync(join(tmpdir(), 'glair-bench-pdf-'));
	try {
		for (const sizeMb of SIZES) {
			const file = join(dir, `scan-${sizeMb}mb.pdf`);
			const fileBytes = await makePdf(file, sizeMb);
			const ways: Array<[Way, string, MemoryJob['target']]> = [
				['floor', 'floor (undici streaming the file, no n8n)', { kind: 'floor' }],
				['node', 'GLAIR Vision', { kind: 'glair', concurrency: 4, maxFileSizeMb: 1024 }],
			];
			if (httpAvailable) ways.push(['http', 'HTTP Request', { kind: 'http' }]);
			for (const [way, label, target] of ways) memoryRows.push(await measureMemory(way, label, target, sizeMb, file, fileBytes));
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** One memory row: `REPEATS` fresh processes uploading `file`; the median run by peak above baseline. */
async function measureMemory(way: Way, label: string, target: MemoryJob['target'], sizeMb: number, file: string, fileBytes: number): Promise<MemoryRow> {
	const runs: Array<{ result: MemoryResult; uploaded?: { bytes: number; sha256?: string } }> = [];
	for (let round = 0; round < REPEATS; round++) {
		await sandbox.reset();
		const result = await runMemoryChild({ target, endpoint: sandbox.endpoint, file, fileName: `scan-${sizeMb}mb.pdf` });
		const uploaded = (await sandbox.stats()).uploads.find((upload) => upload.bytes > 1_000_000);
		runs.push({ result, uploaded });
		log(
			`(mem) ${label} ${sizeMb} MB: baseline ${result.baselineMiB.toFixed(0)} MiB, peak ${result.peakMiB.toFixed(0)} MiB, ` +
				`+${result.aboveBaselineMiB.toFixed(1)} MiB, uploaded ${uploaded?.bytes ?? 0} bytes${result.error ? `, error: ${result.error}` : ''}`,
		);
	}
	const sorted = [...runs].sort((a, b) => a.result.aboveBaselineMiB - b.result.aboveBaselineMiB);
	const median = sorted[Math.floor((sorted.length - 1) / 2)];
	const intact = runs.every((run) => run.uploaded?.bytes === fileBytes);
	return {
		way,
		label,
		sizeMb,
		result: median.result,
		allAbove: runs.map((run) => run.result.aboveBaselineMiB),
		uploaded: intact ? median.uploaded : runs.find((run) => run.uploaded?.bytes !== fileBytes)?.uploaded,
		fileBytes,
	};
}

// ---------------------------------------------------------------------------------------------
// photos: one combined PDF from page photos (Combine Files) against one read per photo

interface PhotoRow {
	label: string;
	photos: number;
	combined: boolean;
	result: MemoryResult;
	allAbove: number[];
	calls: number;
	uploadedMb: number;
}

const photoRows: PhotoRow[] = [];
const PHOTO_MB = 4;

async function photoTable(): Promise<void> {
	await sandbox.setOptions({ latencyMs: MEAN_LATENCY_MS, maxInFlight: null });
	const dir = mkdtempSync(join(tmpdir(), 'glair-bench-photos-'));
	try {
		const counts = QUICK ? [4] : [4, 16];
		const paths: string[] = [];
		for (let index = 0; index < Math.max(...counts); index++) {
			const path = join(dir, `page-${index + 1}.jpg`);
			// Four distinct photos, repeated for a longer book: the sizes are what matters here.
			if (index < 4) writeFileSync(path, makeLargeJpeg(0x9e3779b9 + index));
			else copyFileSync(paths[index % 4], path);
			paths.push(path);
		}
		const cases: Array<{ photos: number; combined: boolean }> = [
			{ photos: 4, combined: true },
			{ photos: 4, combined: false },
			...(counts.includes(16) ? [{ photos: 16, combined: true }] : []),
		];
		for (const { photos, combined } of cases) {
			const files = paths.slice(0, photos).map((path, index) => ({ path, fileName: `page-${index + 1}.jpg`, mimeType: 'image/jpeg', item: 0, field: `attachment_${index}` }));
			const label = `${photos} x ${PHOTO_MB} MB photos, ${combined ? 'Combine Files (one PDF)' : 'one read per photo'}`;
			const runs: Array<{ result: MemoryResult; calls: number; uploadedMb: number }> = [];
			for (let round = 0; round < REPEATS; round++) {
				await sandbox.reset();
				const result = await runMemoryChild({
					target: { kind: 'glair', concurrency: 4, maxFileSizeMb: 1024, combineFiles: combined, binaryPropertyName: 'attachment_*' },
					endpoint: sandbox.endpoint,
					file: files[0].path,
					fileName: files[0].fileName,
					files,
				});
				const { uploads } = await sandbox.stats();
				runs.push({ result, calls: uploads.length, uploadedMb: uploads.reduce((sum, upload) => sum + upload.bytes, 0) / 1e6 });
				log(`(photos) ${label}: ${uploads.length} call(s), ${f2(result.wallMs / 1000)} s, +${f1(result.aboveBaselineMiB)} MiB${result.error ? `, error: ${result.error}` : ''}`);
			}
			const median = [...runs].sort((a, b) => a.result.aboveBaselineMiB - b.result.aboveBaselineMiB)[Math.floor((runs.length - 1) / 2)];
			photoRows.push({ label, photos, combined, result: median.result, allAbove: runs.map((run) => run.result.aboveBaselineMiB), calls: median.calls, uploadedMb: median.uploadedMb });
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function photoTableText(): string {
	const lines = [
		'| case | GLAIR calls | uploaded (MB) | output items | node time (s) | peak above baseline (MiB) | every run (MiB) |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	for (const row of photoRows) {
		lines.push(
			`| ${row.label} | ${row.calls} | ${f1(row.uploadedMb)} | ${row.result.items} | ${f2(row.result.wallMs / 1000)} | **${f1(row.result.aboveBaselineMiB)}** | ${row.allAbove.map(f1).join(', ')} |`,
		);
	}
	return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// vehicle files: Verify Vehicle File against Read BPKB, Read STNK and Read KTP in a row

interface VehicleRow {
	way: VehicleWay;
	vehicles: number;
	wallMs: number;
	allWallMs: number[];
	calls: number;
	items: number;
	ok: number;
}

const vehicleRows: VehicleRow[] = [];

async function vehicleTable(): Promise<void> {
	const vehicles = QUICK ? 5 : 50;
	await sandbox.setOptions({ latencyMs: MEAN_LATENCY_MS, maxInFlight: null });
	const samples = join(REPO, 'samples');
	// The sample vehicle file: its BPKB as four phone photos, its STNK and its KTP.
	const files: SourceFile[] = Array.from({ length: vehicles }, (_, item) => [
		...[1, 2, 3, 4].map((page) => ({ path: join(samples, 'vehicle-file', `bpkb-photo-${page}.jpg`), fileName: `bpkb-photo-${page}.jpg`, mimeType: 'image/jpeg', item, field: `bpkb_${page - 1}` })),
		{ path: join(samples, 'stnk-sample.png'), fileName: 'stnk-sample.png', mimeType: 'image/png', item, field: 'stnk' },
		{ path: join(samples, 'ktp-sample.png'), fileName: 'ktp-sample.png', mimeType: 'image/png', item, field: 'ktp' },
	]).flat();
	for (const way of ['verify', 'three reads'] as const) {
		const runs: Array<{ run: Awaited<ReturnType<typeof runVehicleFiles>>; calls: number }> = [];
		for (let round = 0; round < REPEATS; round++) {
			await sandbox.reset();
			const run = await runVehicleFiles(way, sandbox.endpoint, files, 8);
			runs.push({ run, calls: (await sandbox.stats()).uploads.length });
			log(`(vehicle) ${way}: ${vehicles} vehicle files in ${f2(run.wallMs / 1000)} s, ${runs[runs.length - 1].calls} GLAIR calls, ${run.items} items`);
		}
		const median = [...runs].sort((a, b) => a.run.wallMs - b.run.wallMs)[Math.floor((runs.length - 1) / 2)];
		vehicleRows.push({ way, vehicles, wallMs: median.run.wallMs, allWallMs: runs.map((entry) => entry.run.wallMs), calls: median.calls, items: median.run.items, ok: median.run.ok });
	}
}

// ---------------------------------------------------------------------------------------------
// applicants: Verify Applicant against the same calls made one node after another

interface ApplicantRow {
	way: ApplicantWay;
	applicants: number;
	wallMs: number;
	allWallMs: number[];
	calls: number;
	items: number;
	ok: number;
}

const applicantRows: ApplicantRow[] = [];

async function applicantTable(): Promise<void> {
	await sandbox.setOptions({ latencyMs: MEAN_LATENCY_MS, maxInFlight: null });
	// One applicant shows the time in a row an applicant takes; fifty, what the run's pool does with many.
	for (const applicants of QUICK ? [1, 5] : [1, 50]) {
		const files = applicantFiles(join(REPO, 'samples'), applicants);
		for (const way of ['verify', 'nodes in a row'] as const) {
			const runs: Array<{ run: Awaited<ReturnType<typeof runApplicants>>; calls: number }> = [];
			for (let round = 0; round < REPEATS; round++) {
				await sandbox.reset();
				const run = await runApplicants(way, sandbox.endpoint, files, 8);
				runs.push({ run, calls: (await sandbox.stats()).requests });
				log(`(applicant) ${way}: ${applicants} applicants in ${f2(run.wallMs / 1000)} s, ${runs[runs.length - 1].calls} GLAIR calls, ${run.items} items`);
			}
			const median = [...runs].sort((a, b) => a.run.wallMs - b.run.wallMs)[Math.floor((runs.length - 1) / 2)];
			applicantRows.push({ way, applicants, wallMs: median.run.wallMs, allWallMs: runs.map((entry) => entry.run.wallMs), calls: median.calls, items: median.run.items, ok: median.run.ok });
		}
	}
}

function applicantTableText(): string {
	const lines = ["| way | applicants | GLAIR calls | output items | verified / on Success | GLAIR nodes' time (s) | every run (s) |", '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
	for (const row of applicantRows) {
		const label = row.way === 'verify' ? 'Verify Applicant (one node)' : 'Read KTP, KK, NPWP, SIM, BPKB, STNK + Match Faces + Passive Liveness (eight nodes)';
		lines.push(`| ${label} | ${row.applicants} | ${row.calls} | ${row.items} | ${row.ok} | **${f2(row.wallMs / 1000)}** | ${row.allWallMs.map((ms) => f2(ms / 1000)).join(', ')} |`);
	}
	return lines.join('\n');
}

function vehicleTableText(): string {
	const lines = ['| way | vehicle files | GLAIR calls | output items | read / consistent | GLAIR nodes\' time (s) | every run (s) |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
	for (const row of vehicleRows) {
		const label = row.way === 'verify' ? 'Verify Vehicle File (one node)' : 'Read BPKB (Combine Files) + Read STNK + Read KTP (three nodes)';
		lines.push(`| ${label} | ${row.vehicles} | ${row.calls} | ${row.items} | ${row.ok} | **${f2(row.wallMs / 1000)}** | ${row.allWallMs.map((ms) => f2(ms / 1000)).join(', ')} |`);
	}
	return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// helper: the same uploads through n8n's own request helper (issue 16, item 13: the transport decision)

const helperTarget = (concurrency: number, followRedirects = true): Target => ({ kind: 'helper', concurrency, followRedirects });

/** Memory rows of the helper group (the floor and the node at that size come from the memory table). */
const helperMemoryRows: MemoryRow[] = [];

interface CancelRow {
	label: string;
	runs: CancelRun[];
}

const cancelRows: CancelRow[] = [];
/** The proxy cases, or why they were not measured. */
let proxyResults: ProxyResult[] | string | undefined;

async function helperGroup(): Promise<void> {
	await sandbox.setOptions({ latencyMs: MEAN_LATENCY_MS, maxInFlight: null });
	await measurePair('helper', 16, REPEATS, [{ way: 'helper', label: 'n8n helper, concurrency 16', target: helperTarget(16) }]);

	const sizeMb = Math.max(...SIZES);
	const dir = mkdtempSync(join(tmpdir(), 'glair-bench-helper-'));
	try {
		const file = join(dir, `scan-${sizeMb}mb.pdf`);
		const fileBytes = await makePdf(file, sizeMb);
		// Two fresh processes per run: --quick (which only proves the script works) leaves them out.
		if (!QUICK) {
			await sandbox.setOptions({ latencyMs: 50, maxInFlight: null });
			helperMemoryRows.push(await measureMemory('helper', "n8n helper (Follow Redirects on, the helper's default)", helperTarget(4), sizeMb, file, fileBytes));
			helperMemoryRows.push(await measureMemory('helper', 'n8n helper, Follow Redirects off', helperTarget(4, false), sizeMb, file, fileBytes));
		}

		// GLAIR holds every answer 15 s: a run that ends sooner ended because of the Stop.
		await sandbox.setOptions({ latencyMs: 15_000, maxInFlight: null });
		const source: SourceFile = { path: file, fileName: `scan-${sizeMb}mb.pdf`, mimeType: 'application/pdf' };
		const stopAfterBytes = Math.min(16 * MIB, Math.floor(fileBytes / 4));
		const ways: Array<[string, Target]> = [['GLAIR Vision', { kind: 'glair', concurrency: 4, maxFileSizeMb: 1024 }], ['n8n helper', helperTarget(4)]];
		for (const [label, target] of ways) {
			const runs: CancelRun[] = [];
			for (let round = 0; round < REPEATS; round++) {
				const run = await measureCancel(sandbox, target, source, fileBytes, stopAfterBytes);
				runs.push(run);
				log(
					`(cancel) ${label}: Stop at ${mb(run.bytesAtStop)} of ${mb(fileBytes)} MB read, socket closed after ${run.socketClosedMs ?? 'never'} ms, ` +
						`run over after ${run.runEndedMs} ms (${run.status}), ${mb(run.bytesInTheEnd)} MB read in the end`,
				);
			}
			cancelRows.push({ label, runs });
		}

		await sandbox.setOptions({ latencyMs: 50, maxInFlight: null });
		proxyResults = await runProxyChild(dir);
		if (typeof proxyResults === 'string') log(`(proxy) not measured: ${proxyResults}`);
		else for (const result of proxyResults) log(`(proxy) ${result.case}, ${result.way}: ${proxyCell(result)}`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);

async function runProxyChild(dir: string): Promise<ProxyResult[] | string> {
	const certificate = makeLoopbackCertificate(dir);
	const job: ProxyJob = {
		endpoint: sandbox.endpoint,
		certificate,
		ways: [
			{ label: 'GLAIR Vision', target: nodeTarget(4) },
			{ label: 'n8n helper', target: helperTarget(4) },
		],
	};
	const child = fork(join(__dirname, 'proxyChild.ts'), [], {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		env: { ...process.env, BENCH_PROXY_JOB: JSON.stringify(job), ...(typeof certificate === 'string' ? {} : { NODE_EXTRA_CA_CERTS: certificate.certificatePath }) },
	});
	const answer = await new Promise<ProxyResult[] | { error: string }>((resolve, reject) => {
		child.once('message', (message) => resolve(message as ProxyResult[] | { error: string }));
		child.once('exit', (code) => reject(new Error(`proxy child exited (${code}) without a result`)));
	});
	await once(child, 'exit').catch(() => undefined);
	if (!Array.isArray(answer)) return answer.error;
	return typeof certificate === 'string' ? [...answer, { case: `HTTPS_PROXY: not measured, ${certificate}`, way: '', read: false, tunnels: [], forwarded: [], rejected: [] }] : answer;
}

function proxyCell(result: ProxyResult): string {
	// Host only: the ports are the run's own.
	const host = (target: string) => target.replace(/:\d+$/, '');
	const route = result.tunnels.length
		? `through the proxy (CONNECT tunnel to ${host(result.tunnels[0])})`
		: result.forwarded.length
			? `through the proxy (request forwarded to ${host(result.forwarded[0])})`
			: 'direct (the proxy saw nothing)';
	if (result.read) return `read, ${route}`;
	const refused = result.rejected.length ? `; the proxy refused the request as malformed HTTP (${result.rejected[0]})` : '';
	return `**not read** (${(result.error ?? 'no answer').slice(0, 120)}${refused}), ${route}`;
}

/** Why n8n's helper fails through a proxy to an http:// URL; shown only when a run saw it. */
function helperProxyFailureText(): string[] {
	const refused = Array.isArray(proxyResults) && proxyResults.some((result) => result.way === 'n8n helper' && !result.read && result.rejected.length > 0);
	if (!refused) return [];
	return [
		'',
		"Why the n8n helper's upload is refused in the http:// case: the request it writes is malformed, not the proxy. For an http:// URL n8n routes the request through " +
			"http-proxy-agent (7.0.2 in n8n-core's `@n8n/backend-network`), which sends it in absolute form. Its `connect()` rebuilds the request header with " +
			"Node's `req._implicitHeader()`, and that resets `_headerSent`, so the next body chunk written after it gets the whole request header put in front of it a second time. " +
			'A form-data body streamed from the binary store (what `getBinaryStream` gives in filesystem mode) is still being written then: the header copy (about 340 bytes) lands inside ' +
			"the body, right after the multipart part's own header, and the bytes sent run past Content-Length. The proxy's HTTP parser (Node's) reads Content-Length bytes, " +
			'finds more after a `Connection: close` request and answers 400, which n8n reports as "Bad request - please check your parameters"; GLAIR never sees the upload. ' +
			'Checked against the same proxy: `curl -x` and a plain Node client sending the same streamed multipart upload in absolute form are read (200). ' +
			"A body written in one piece (n8n's JSON bodies, a Buffer) is not affected; https:// URLs go through a CONNECT tunnel (https-proxy-agent) and are not affected. " +
			"The agent's `connect()` is unchanged in http-proxy-agent 9.1.0 (TooTallNate/proxy-agents); no n8n issue for it was found.",
	];
}

function medianOf(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)];
}

function cancelTableText(): string {
	const lines = [
		'| way | Stop pressed at (MB read of the file) | socket closed after Stop (ms) | run over after Stop (ms) | every run: closed / over (ms) | execution status | MB read in the end |',
		'| --- | ---: | ---: | ---: | --- | --- | ---: |',
	];
	for (const { label, runs } of cancelRows) {
		const closed = runs.map((run) => run.socketClosedMs ?? Number.POSITIVE_INFINITY);
		const ended = runs.map((run) => run.runEndedMs);
		const show = (ms: number) => (Number.isFinite(ms) ? String(ms) : 'never');
		lines.push(
			`| ${label} | ${runs.map((run) => mb(run.bytesAtStop)).join(', ')} of ${mb(runs[0].fileBytes)} | **${show(medianOf(closed))}** | **${medianOf(ended)}** | ` +
				`${runs.map((run) => `${show(run.socketClosedMs ?? Number.POSITIVE_INFINITY)} / ${run.runEndedMs}`).join('; ')} | ${[...new Set(runs.map((run) => run.status))].join(', ')} | ` +
				`${runs.map((run) => mb(run.bytesInTheEnd)).join(', ')} |`,
		);
	}
	return lines.join('\n');
}

function proxyTableText(): string {
	if (typeof proxyResults === 'string') return `Not measured: ${proxyResults}`;
	const results = proxyResults ?? [];
	const ways = [...new Set(results.filter((result) => result.way).map((result) => result.way))];
	const lines = [`| case | ${ways.join(' | ')} |`, `| --- | ${ways.map(() => '---').join(' | ')} |`];
	for (const name of [...new Set(results.map((result) => result.case))]) {
		const cells = ways.map((way) => {
			const result = results.find((candidate) => candidate.case === name && candidate.way === way);
			return result ? proxyCell(result) : 'not measured';
		});
		lines.push(`| ${name} | ${cells.join(' | ')} |`);
	}
	return lines.join('\n');
}

function helperSectionText(): string {
	const sizeMb = Math.max(...SIZES);
	const memory = [...memoryRows.filter((row) => row.sizeMb === sizeMb && row.way !== 'http'), ...helperMemoryRows, ...memoryRows.filter((row) => row.sizeMb === sizeMb && row.way === 'http')];
	return [
		"### n8n's request helper: the same uploads through httpRequestWithAuthentication",
		'',
		"The other way to build this node: no undici, GLAIR's upload sent by n8n itself (`this.helpers.httpRequestWithAuthentication`, axios inside n8n-core " +
			`${machine()['n8n-core']}). The bench node (\`bench/lib/helperUploadNode.ts\`) is written as an n8n node author would: the binary from \`getBinaryStream\`, its length from ` +
			"`getBinaryMetadata` as form-data's `knownLength` (as n8n's HTTP Request node does since n8n PR 28233), the GLAIR credential applied by n8n (Basic login and x-api-key), " +
			'uploads `concurrency` at a time, no retries and no rate gate of its own. Same engine, binary store and sandbox as the rows above.',
		'',
		`#### Throughput: ${N} documents, steady ${MEAN_LATENCY_MS} ms per document, concurrency 16`,
		'',
		'The three ways one after the other, repeated; the median run is shown with every run. Ratio to floor = wall time / the bare undici loop\'s.',
		'',
		throughputTable('helper'),
		'',
		`TCP connections the sandbox accepted for the ${N} uploads (median run): ` +
			rows
				.filter((row) => row.setting === 'helper')
				.map((row) => `${row.label.replace(/, concurrency \d+$/, '')} ${row.stats.connections}`)
				.join(', ') +
			'. n8n\'s helper makes new agents for every request and does not keep connections alive: over https each upload would also pay a TLS handshake, which this loopback sandbox (plain HTTP, no network latency) does not show.',
		'',
		...(helperMemoryRows.length
			? [
					`#### Memory: one ${sizeMb} MB PDF, filesystem mode`,
					'',
					"Measured as the memory table above (fresh process per run, peak above the baseline). Follow Redirects off = the helper's `disableFollowRedirect: true`.",
					'',
					memoryTableText(memory),
					'',
				]
			: []),
		`#### Stop pressed mid-upload (one ${sizeMb} MB PDF)`,
		'',
		"GLAIR holds every answer 15 s. Stop (n8n's `WorkflowExecute.cancel`, what the Stop button does) is pressed once the sandbox has read part of the file; then the time until the sandbox sees the connection close, and until n8n reports the run over. The sandbox runs in its own process; both times are wall-clock.",
		'',
		cancelTableText(),
		'',
		'#### Proxy: HTTP_PROXY, HTTPS_PROXY, NO_PROXY',
		'',
		'One upload per cell, in a fresh process with only these variables set, through a recording proxy on loopback (it tunnels CONNECT and forwards plain requests). The https:// case goes to the sandbox behind a TLS front (`https://localhost:<port>`) with a self-signed certificate made by openssl at run time and trusted through NODE_EXTRA_CA_CERTS.',
		'',
		proxyTableText(),
		...helperProxyFailureText(),
	].join('\n');
}

// ---------------------------------------------------------------------------------------------
// report

const f1 = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');
const f2 = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');

function machine(): Record<string, string> {
	let cpu = cpus()[0]?.model ?? 'unknown';
	try {
		const info = readFileSync('/proc/cpuinfo', 'utf8');
		cpu = /model name\s*:\s*(.+)/.exec(info)?.[1] ?? cpu;
	} catch {
		// not Linux
	}
	let nproc = String(cpus().length);
	try {
		nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
	} catch {
		// keep os.cpus()
	}
	let commit = 'unknown';
	try {
		commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
		const dirty = execFileSync('git', ['status', '--porcelain', '--', 'nodes', 'credentials'], { cwd: REPO, encoding: 'utf8' }).trim();
		if (dirty) commit += ` + uncommitted changes in ${dirty.split('\n').length} node/credential file(s)`;
	} catch {
		// not a git checkout
	}
	return {
		date: new Date().toISOString(),
		nproc,
		cpu,
		memory: `${Math.round(Number(readFileSync('/proc/meminfo', 'utf8').match(/MemTotal:\s+(\d+)/)?.[1] ?? 0) / 1024 / 1024)} GiB`,
		node: process.version,
		platform: `${process.platform} ${process.arch}`,
		commit,
		'n8n-core': (JSON.parse(readFileSync(require.resolve('n8n-core/package.json'), 'utf8')) as { version: string }).version,
		'n8n-nodes-base': httpAvailable ? `${NODES_BASE_VERSION} (HTTP Request node v${httpRequestNodeVersion()})` : `not loaded: ${httpProblem}`,
		'peak RSS method': peakMethod(),
	};
}

function throughputTable(setting: Setting): string {
	const lines = [
		'| way | concurrency | wall time (s) | docs/s | lost or failed | 429s sent | ratio to ideal | ratio to floor | peak RSS (MiB) | peak above row start (MiB) | other processes\' CPU (cores) |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	for (const row of rows.filter((candidate) => candidate.setting === setting)) {
		const floor = row.way === 'floor' ? undefined : floorFor(row);
		const ratioFloor = floor ? f2(row.wallMs / floor.wallMs) : row.way === 'floor' ? '1.00' : 'n/a';
		const lost = row.executionError ? `${row.lost} (execution failed)` : String(row.lost);
		const concurrency = row.concurrency === N && row.way !== 'node' && N > 16 ? `all (${N})` : String(row.concurrency);
		const wall = row.allWallMs.length > 1 ? `${f2(row.wallMs / 1000)} (runs: ${row.allWallMs.map((ms) => f2(ms / 1000)).join(', ')})` : f2(row.wallMs / 1000);
		lines.push(
			`| ${row.label} | ${concurrency} | ${wall} | ${f1(throughput(row))} | ${lost} | ${row.stats.byStatus['429'] ?? 0} | ` +
				`${row.lost > 0 ? 'n/a' : f2(idealMs(row) / row.wallMs)} | ${ratioFloor} | ${f1(row.peakMiB)} | ${f1(row.deltaMiB)} | ${f2(row.otherLoad)} |`,
		);
	}
	return lines.join('\n');
}

function memoryTableText(rows: MemoryRow[] = memoryRows): string {
	const lines = [
		'| node | file | process baseline (MiB) | peak RSS (MiB) | peak above baseline (MiB) | every run (MiB) | uploaded intact | node time (s) |',
		'| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
	];
	for (const row of rows) {
		const intact = row.uploaded ? (row.uploaded.bytes === row.fileBytes ? 'yes' : `no (${row.uploaded.bytes} of ${row.fileBytes} bytes)`) : 'no upload';
		lines.push(
			`| ${row.label} | ${row.sizeMb} MB | ${f1(row.result.baselineMiB)} | ${f1(row.result.peakMiB)} | **${f1(row.result.aboveBaselineMiB)}** | ${row.allAbove.map(f1).join(', ')} | ${intact} | ${f2(row.result.wallMs / 1000)} |`,
		);
	}
	return lines.join('\n');
}

interface Verdict {
	target: string;
	measured: string;
	met: boolean | undefined;
}

function verdicts(): Verdict[] {
	const out: Verdict[] = [];
	const node16a = rows.find((row) => row.setting === 'a' && row.way === 'node' && row.concurrency === 16);
	if (node16a) {
		const ratio = idealMs(node16a) / node16a.wallMs;
		out.push({ target: `(a) concurrency 16: >= 90% of ideal for ${N} documents`, measured: `${(ratio * 100).toFixed(1)}% of ideal (${f2(node16a.wallMs / 1000)} s vs ideal ${f2(idealMs(node16a) / 1000)} s)`, met: ratio >= 0.9 });
	}
	const overheads = rows
		.filter((row) => row.way === 'node' && row.setting !== 'helper' && floorFor(row))
		.map((row) => ({ row, ratio: row.wallMs / floorFor(row)!.wallMs }));
	if (overheads.length) {
		const worst = overheads.reduce((a, b) => (b.ratio > a.ratio ? b : a));
		out.push({
			target: 'node vs floor: within 10% wall time at the same concurrency',
			measured: overheads.map(({ row, ratio }) => `(${row.setting}) c${row.concurrency}: ${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}%`).join(', '),
			met: worst.ratio <= 1.1,
		});
	}
	const node8b = rows.find((row) => row.setting === 'b' && row.way === 'node' && row.concurrency === 8);
	if (node8b) {
		const lossless = rows.filter((row) => row.setting === 'b' && row.way === 'http' && row.lost === 0 && !row.executionError);
		const fastest = lossless.reduce<Row | undefined>((best, row) => (!best || throughput(row) > throughput(best) ? row : best), undefined);
		const defaults = rows.find((row) => row.setting === 'b' && row.label === 'HTTP Request, defaults');
		const defaultsText = defaults ? `; HTTP Request defaults lose ${defaults.lost} of ${N}` : '';
		out.push({ target: '(b) concurrency 8: no document lost or failed', measured: `${node8b.lost} lost${node8b.orderOk ? ', output in input order' : ', OUTPUT ORDER WRONG'}`, met: node8b.lost === 0 });
		if (fastest) {
			const ratio = throughput(node8b) / throughput(fastest);
			out.push({
				target: '(b) concurrency 8: >= 1.4x the HTTP Request node\'s fastest lossless setting',
				measured: `${f2(ratio)}x (${f1(throughput(node8b))} vs ${f1(throughput(fastest))} docs/s, "${fastest.label}")${defaultsText}`,
				met: ratio >= 1.4,
			});
		} else {
			out.push({
				target: '(b) concurrency 8: >= 1.4x the HTTP Request node\'s fastest lossless setting',
				measured: httpAvailable ? `no HTTP Request setting tried lost nothing${defaultsText}` : `not measured: ${httpProblem}`,
				met: undefined,
			});
		}
	}
	const big = memoryRows.find((row) => row.way === 'node' && row.sizeMb === 100);
	if (big) {
		const worst = Math.max(...big.allAbove);
		const http = memoryRows.find((row) => row.way === 'http' && row.sizeMb === 100);
		out.push({
			target: '100 MB PDF (filesystem mode): peak RSS < 32 MB above baseline (read as 32 MiB, judged on the worst run)',
			measured:
				`+${f1(big.result.aboveBaselineMiB)} MiB median, +${f1(worst)} MiB worst of ${big.allAbove.length}` +
				(http ? ` (HTTP Request: +${f1(http.result.aboveBaselineMiB)} MiB)` : ''),
			met: worst < 32,
		});
	}
	return out;
}

function report(totalSeconds: number): string {
	const info = machine();
	const parts = [
		`Measured ${info.date.slice(0, 10)} by \`npm run bench${QUICK ? ' -- --quick' : ''}\` (N = ${N}, total ${totalSeconds.toFixed(0)} s).`,
		'',
		'| machine | |',
		'| --- | --- |',
		...Object.entries(info).map(([key, value]) => `| ${key} | ${value} |`),
		'',
		'### Targets',
		'',
		...(QUICK || N < 200 ? [`N = ${N}: the targets are set for N = 200; with a small N the rounds do not average out, so these verdicts only show that the script works.`, ''] : []),
		'| target | measured | met |',
		'| --- | --- | --- |',
		...verdicts().map((v) => `| ${v.target} | ${v.measured} | ${v.met === undefined ? 'not measured' : v.met ? 'yes' : '**no**'} |`),
		'',
		`### Setting (a): steady ${MEAN_LATENCY_MS} ms per document, no rate limit`,
		'',
		`Ideal = N x ${MEAN_LATENCY_MS} ms / concurrency. Ratio to ideal = ideal / wall time (1.00 = as fast as the API allows; n/a for a row that lost documents). Docs/s counts documents read successfully. Ratio to floor = wall time / the bare undici loop's at the same concurrency (1.00 = no overhead).`,
		'',
		throughputTable('a'),
		'',
		`### Setting (b): latency uniform 100-500 ms, ${RATE_LIMIT} requests in flight, the next gets 429 with Retry-After: ${RETRY_AFTER_S}`,
		'',
		`Ideal = N x ${MEAN_LATENCY_MS} ms (the mean latency) / min(concurrency, ${RATE_LIMIT}). "Lost or failed" counts documents that did not come back with a GLAIR reading (HTTP Request: items on its error output with On Error = "continue (using error output)"; with On Error = "stop", n8n's default, the first failed item fails the whole execution). The floor waits Retry-After and tries again, so it never loses a document.`,
		'',
		throughputTable('b'),
	];
	if (memoryRows.length) {
		parts.push(
			'',
			'### Memory: one large PDF, binary data in filesystem mode',
			'',
			`Each run is a fresh process (${REPEATS} run${REPEATS > 1 ? 's' : ''} per row; the median is shown): a warm-up run of the same node with the small sample, then the big file is put into the binary store (copied by the kernel, so loading it leaves nothing resident), then baseline = RSS after a full GC just before the measured node starts, and peak = the kernel's RSS high-water mark (reset at the baseline) until the run has ended.`,
			'',
			memoryTableText(),
		);
	}
	if (vehicleRows.length) {
		parts.push(
			'',
			'### Vehicle files: Verify Vehicle File against three Read nodes',
			'',
			`The sample vehicle file (BPKB as 4 phone photos, STNK, KTP), ${MEAN_LATENCY_MS} ms per GLAIR answer, Concurrency 8 on each node. Verify reads all documents of all vehicles in one pool and checks them against each other; the three Read nodes each read their document for every vehicle, one node after the other, and leave the cross-checks to the workflow. Read / consistent counts CONSISTENT verdicts (Verify) or documents read (three reads).`,
			'',
			vehicleTableText(),
		);
	}
	if (photoRows.length) {
		parts.push(
			'',
			'### One combined PDF from page photos: Combine Files against one read per photo',
			'',
			`One item holding the photos (noise JPEGs of about ${PHOTO_MB} MB, made at run time), ${MEAN_LATENCY_MS} ms per GLAIR answer, concurrency 4; each row a fresh process as for the memory table. Combined, the photos go into one PDF streamed to GLAIR as it is assembled: one call, one output item; the peak must not grow with the number of photos.`,
			'',
			photoTableText(),
		);
	}
	if (rows.some((row) => row.setting === 'helper')) parts.push('', helperSectionText());
	if (applicantRows.length) {
		parts.push(
			'',
			'### Applicants: Verify Applicant against the same calls one node after another',
			'',
			`The sample applicant (KTP, selfie, KK, NPWP, SIM, BPKB as 4 phone photos, STNK), ${MEAN_LATENCY_MS} ms per GLAIR answer, Concurrency 8 on each node, Dukcapil off. Verify makes an applicant's calls side by side (the reads and the liveness at once, the face match once the KTP is read); the eight nodes make the same calls, each node for every applicant, one node after the other. GLAIR calls counts every request the sandbox received.`,
			'',
			applicantTableText(),
		);
	}
	return parts.join('\n');
}

const BEGIN = '<!-- bench:begin (generated by npm run bench; edit outside these markers) -->';
const END = '<!-- bench:end -->';

function writeReport(path: string, text: string): void {
	const block = `${BEGIN}\n${text}\n${END}`;
	let content = existsSync(path) ? readFileSync(path, 'utf8') : '';
	const start = content.indexOf(BEGIN);
	const end = content.indexOf(END);
	if (start >= 0 && end > start) content = content.slice(0, start) + block + content.slice(end + END.length);
	else content = `# Benchmark results\n\n${block}\n${content}`;
	writeFileSync(path, content);
	log(`report written to ${path}`);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
	const started = performance.now();
	if (!existsSync(join(REPO, 'dist', 'nodes', 'GlairVision', 'GlairVision.node.js'))) {
		throw new Error('dist/ is missing: run `npm run bench` (it builds first), not tsx bench/run.ts on a fresh clone');
	}
	log(`N = ${N}${QUICK ? ' (quick)' : ''}; process RSS at start ${rssMiB().toFixed(0)} MiB`);
	sandbox = await SandboxClient.start();
	try {
		if (!flags['no-baseline']) {
			try {
				const root = ensureNodesBase(log);
				registerHttpRequestNode(loadHttpRequestNode(root));
				httpAvailable = true;
				log(`HTTP Request node v${httpRequestNodeVersion()} loaded from ${root}`);
			} catch (error) {
				httpProblem = (error as Error).message.split('\n')[0];
				log(`HTTP Request baseline unavailable: ${httpProblem}`);
			}
		} else {
			httpProblem = 'skipped with --no-baseline';
		}
		if (ONLY.has('a') || ONLY.has('b') || ONLY.has('helper')) await warmUp();
		if (ONLY.has('a')) await settingA();
		if (ONLY.has('b')) await settingB();
		if (ONLY.has('memory') && !flags['no-memory']) await memoryTable();
		if (ONLY.has('photos')) await photoTable();
		if (ONLY.has('vehicle')) await vehicleTable();
		if (ONLY.has('helper')) {
			const groupStarted = performance.now();
			await helperGroup();
			log(`helper group: ${((performance.now() - groupStarted) / 1000).toFixed(1)} s`);
		}
		if (ONLY.has('applicant')) await applicantTable();
	} finally {
		await closeNodePools();
		await sandbox.close();
	}
	const text = report((performance.now() - started) / 1000);
	process.stdout.write(`\n${text}\n`);
	if (OUT) writeReport(OUT, text);
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		process.stderr.write(`[bench] failed: ${(error as Error).stack ?? String(error)}\n`);
		process.exit(1);
	},
);
