/**
 * One memory measurement in a fresh process, so its baseline is clean and nothing another
 * measurement allocated is counted. First a warm-up run of the same node with the small sample
 * (so code loading, JIT and the first connection are not charged to the big file), then: Bench
 * File Source puts the big PDF into the binary store (filesystem mode, copied by the kernel),
 * Bench Mark takes the baseline (after GC) and resets the RSS high-water mark, then the measured
 * node uploads the file. Reports peak RSS above that baseline.
 * Started by bench/run.ts with the job as JSON in BENCH_MEMORY_JOB; answers over IPC.
 */
import './lib/env';

import { join } from 'node:path';

import { closeNodePools } from '../test/helpers/nodePools';
import { ensureNodesBase, loadHttpRequestNode } from './lib/nodesBase';
import { rssMiB } from './lib/memory';
import { streamFloor } from './lib/streamFloor';
import type { SourceFile } from './lib/benchNodes';
import { registerHttpRequestNode, runTarget, type Endpoint, type Target } from './lib/workflows';

export interface MemoryJob {
	/** 'floor': bare undici streaming the file from disk, no n8n. */
	target: Target | { kind: 'floor' };
	endpoint: Endpoint;
	file: string;
	fileName: string;
	/** Instead of `file`: these files (e.g. the photos of one book, grouped into items). */
	files?: SourceFile[];
}

export interface MemoryResult {
	processStartMiB: number;
	baselineMiB: number;
	peakMiB: number;
	aboveBaselineMiB: number;
	ok: number;
	/** Output items on every output. */
	items: number;
	wallMs: number;
	error?: string;
}

async function main(): Promise<void> {
	const processStartMiB = rssMiB();
	const job = JSON.parse(process.env.BENCH_MEMORY_JOB ?? '{}') as MemoryJob;
	let result: MemoryResult;
	try {
		const sample = join(__dirname, '..', 'samples', 'bpkb-sample.pdf');
		let run: { baselineMiB: number; peakMiB: number; ok: number; items?: number; wallMs: number; executionError?: string };
		if (job.target.kind === 'floor') {
			run = await streamFloor(job.endpoint, sample, job.file, job.fileName);
		} else {
			if (job.target.kind === 'http') registerHttpRequestNode(loadHttpRequestNode(ensureNodesBase(() => undefined)));
			await runTarget(job.target, job.endpoint, [{ path: sample, fileName: 'warm-up.pdf', mimeType: 'application/pdf' }]);
			run = await runTarget(job.target, job.endpoint, job.files ?? [{ path: job.file, fileName: job.fileName, mimeType: 'application/pdf' }]);
		}
		result = {
			processStartMiB,
			baselineMiB: run.baselineMiB,
			peakMiB: run.peakMiB,
			aboveBaselineMiB: run.peakMiB - run.baselineMiB,
			ok: run.ok,
			items: run.items ?? run.ok,
			wallMs: run.wallMs,
			...(run.executionError ? { error: run.executionError } : {}),
		};
	} catch (error) {
		result = { processStartMiB, baselineMiB: NaN, peakMiB: NaN, aboveBaselineMiB: NaN, ok: 0, items: 0, wallMs: NaN, error: String(error) };
	}
	await closeNodePools();
	process.send?.(result, () => process.exit(0));
}

void main();
