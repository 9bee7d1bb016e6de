/**
 * Peak memory of streaming a combined PDF (Combine Files): four 4 MB JPEG photos against one (and
 * sixteen, the four four times), and against one 4 MB file streamed as it is (no PDF around it). Each
 * case runs in a fresh process: a warm-up PDF from the sample photos, then the baseline (after GC, peak
 * reset) and the measured run: assemble the PDF from files on disk and stream it through the
 * transport's multipart body into a sink that consumes it like a slow socket. The photos are made
 * at run time (jpeg-js, noise, so they do not compress) in a temporary folder, never committed.
 *
 * Two columns, because a short stream finishes before V8 collects the 64 KB read buffers it has
 * finished with: "peak" is RSS as it comes (spent buffers included), "live" is the highest RSS
 * right after a full GC forced at every MiB sent (what the stream really holds).
 *
 *   npx tsx bench/combinedPdfMemory.ts
 */
import './lib/env';

import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';


import { assembleCombinedPdf, type PagePhoto } from '../nodes/GlairVision/engine/input/combine/combinedPdf';
import { buildMultipartBody } from '../nodes/GlairVision/transport/multipart';
import { PHOTO_HEIGHT, PHOTO_WIDTH, makeLargeJpeg } from './lib/largeJpeg';
import { collectGarbage, peakMethod, peakSinceWindowStart, rssMiB, startPeakWindow } from './lib/memory';

type Case = ({ kind: 'combined'; photos: number } | { kind: 'plain' }) & { gcEveryMiB: boolean };

interface CaseResult {
	label: string;
	bytesSent: number;
	baselineMiB: number;
	peakMiB: number;
	aboveBaselineMiB: number;
	/** With gcEveryMiB: the highest RSS above baseline right after a forced GC. */
	liveAboveBaselineMiB?: number;
	wallMs: number;
	sha256?: string;
}

const MIB = 1024 * 1024;

let gcEveryMiB = false;
let liveMiB = 0;

/** Consumes like a socket: small buffer, one chunk at a time, a turn of the event loop each. */
function slowSink(): Writable & { bytes: number } {
	let nextGcAt = MIB;
	const sink = new Writable({
		highWaterMark: 16 * 1024,
		write(chunk: Buffer, _encoding, callback) {
			sink.bytes += chunk.length;
			if (gcEveryMiB && sink.bytes >= nextGcAt) {
				nextGcAt += MIB;
				collectGarbage();
				liveMiB = Math.max(liveMiB, rssMiB());
			}
			setImmediate(callback);
		},
	}) as Writable & { bytes: number };
	sink.bytes = 0;
	return sink;
}

function diskPhoto(path: string): PagePhoto {
	return { fileName: path, type: 'jpeg', size: statSync(path).size, open: async () => createReadStream(path) };
}

async function sendCombined(photos: PagePhoto[]): Promise<{ bytes: number; sha256?: string }> {
	const pdf = await assembleCombinedPdf(photos, { maxTotalBytes: 100 * 1024 * 1024 });
	const { body, headers } = await buildMultipartBody(pdf, undefined);
	const sink = slowSink();
	await pipeline(body, sink);
	if (sink.bytes !== Number(headers['content-length'])) throw new Error('multipart length differs from its Content-Length');
	return { bytes: sink.bytes, sha256: pdf.sha256() };
}

async function sendPlain(path: string): Promise<{ bytes: number }> {
	const { body } = await buildMultipartBody(
		{ fileName: 'photo.jpg', mimeType: 'image/jpeg', size: statSync(path).size, open: async () => createReadStream(path) },
		undefined,
	);
	const sink = slowSink();
	await pipeline(body as Readable, sink);
	return { bytes: sink.bytes };
}

async function child(job: Case, files: string[], samples: string[]): Promise<CaseResult> {
	await sendCombined(samples.map(diskPhoto)); // warm-up: code loading and JIT are not charged
	const { baselineMiB } = startPeakWindow();
	gcEveryMiB = job.gcEveryMiB;
	liveMiB = baselineMiB;
	const started = performance.now();
	const photos = Array.from({ length: job.kind === 'combined' ? job.photos : 0 }, (_, index) => diskPhoto(files[index % files.length]));
	const sent = job.kind === 'combined' ? await sendCombined(photos) : await sendPlain(files[0]);
	const wallMs = performance.now() - started;
	const peakMiB = peakSinceWindowStart();
	return {
		label:
			(job.kind === 'combined' ? `combined PDF, ${job.photos} x 4 MB JPEG` : 'one 4 MB JPEG as it is (no PDF)') +
			(job.gcEveryMiB ? ', GC every MiB' : ''),
		bytesSent: sent.bytes,
		baselineMiB,
		peakMiB,
		aboveBaselineMiB: peakMiB - baselineMiB,
		liveAboveBaselineMiB: job.gcEveryMiB ? liveMiB - baselineMiB : undefined,
		wallMs,
		sha256: 'sha256' in sent ? (sent.sha256 as string | undefined) : undefined,
	};
}

function runChild(job: Case, files: string[], samples: string[]): Promise<CaseResult> {
	return new Promise((resolve, reject) => {
		const worker = fork(__filename, ['--child'], {
			env: { ...process.env, COMBINED_PDF_JOB: JSON.stringify({ job, files, samples }) },
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		worker.once('message', (message) => resolve(message as CaseResult));
		worker.once('error', reject);
		worker.once('exit', (code) => code !== 0 && reject(new Error(`child exited with ${code}`)));
	});
}

async function main(): Promise<void> {
	const directory = mkdtempSync(join(tmpdir(), 'combined-pdf-bench-'));
	try {
		const files = [1, 2, 3, 4].map((seed) => {
			const path = join(directory, `photo-${seed}.jpg`);
			writeFileSync(path, makeLargeJpeg(seed * 7919));
			return path;
		});
		const samples = [1, 2, 3, 4].map((page) => join(__dirname, '..', 'samples', `bpkb-photo-${page}.jpg`));
		const sizes = files.map((path) => (statSync(path).size / (1024 * 1024)).toFixed(2));
		process.stdout.write(`photos: ${sizes.join(', ')} MB (${PHOTO_WIDTH} x ${PHOTO_HEIGHT}); peak by ${peakMethod()}\n`);
		const results: CaseResult[] = [];
		const shapes = [{ kind: 'plain' }, { kind: 'combined', photos: 1 }, { kind: 'combined', photos: 4 }, { kind: 'combined', photos: 16 }] as const;
		for (const gc of [false, true]) {
			for (const shape of shapes) results.push(await runChild({ ...shape, gcEveryMiB: gc }, files, samples));
		}
		process.stdout.write(
			'| case | bytes sent | baseline MiB | peak above baseline MiB | live above baseline MiB | wall ms |\n|---|---|---|---|---|---|\n',
		);
		for (const result of results) {
			process.stdout.write(
				`| ${result.label} | ${result.bytesSent} | ${result.baselineMiB.toFixed(1)} | ${result.aboveBaselineMiB.toFixed(1)} | ` +
					`${result.liveAboveBaselineMiB?.toFixed(1) ?? '-'} | ${result.wallMs.toFixed(0)} |\n`,
			);
		}
		const four = results[2];
		const expected = createHash('sha256');
		for (const path of files) expected.update(await readAll(path));
		process.stdout.write(`file_sha256 of the 4-photo PDF matches the files in order: ${four.sha256 === expected.digest('hex')}\n`);
	} finally {
		rmSync(directory, { recursive: true, force: true });
	}
}

async function readAll(path: string): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of createReadStream(path)) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

if (process.argv.includes('--child')) {
	const { job, files, samples } = JSON.parse(process.env.COMBINED_PDF_JOB ?? '{}') as { job: Case; files: string[]; samples: string[] };
	child(job, files, samples).then(
		(result) => process.send?.(result, () => process.exit(0)),
		(error: unknown) => {
			process.stderr.write(`${String(error)}\nrss ${rssMiB().toFixed(1)} MiB\n`);
			process.exit(1);
		},
	);
} else {
	main().catch((error: unknown) => {
		process.stderr.write(`${String(error)}\n`);
		process.exitCode = 1;
	});
}
