/**
 * Peak memory of streaming a combined PDF (Combine Files): four 4 MB JPEG photos against one (and
 * sixteen, the four four times), and against one 4 MB file streamed as it is (no PDF around it). Each
 * case runs in a fresh process: a warm-up PDF from the sample photos, then the baseline (after GC, peak
 * reset) and the measured run: assemble the PDF from files on disk and stream it through the
 * transport's multipart body into a sink that consumes it like a slow socket. The photos are made
 * at run time (jpeg-js: noise, so they do not compress, and phone-like 12-megapixel pages) in a
 * temporary folder, never committed.
 *
 * Two columns, because a short stream finishes before V8 collects the 64 KB read buffers it has
 * finished with: "peak" is RSS as it comes (spent buffers included), "live" is the highest RSS
 * right after a full GC forced at every MiB read or sent (what the stream really holds). "prepare ms" is
 * the part of the wall time spent before the first byte is sent: reading each photo whole to
 * check that it holds the image its header claims (engine/input/combine/readPhoto.ts), in wall
 * time and in this process's CPU time (which a busy machine does not inflate as much).
 *
 *   npx tsx bench/combinedPdfMemory.ts
 */
import './lib/env';

import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';


import { assembleCombinedPdf, type PagePhoto } from '../nodes/GlairVision/engine/input/combine/combinedPdf';
import { buildMultipartBody } from '../nodes/GlairVision/transport/multipart';
import { encode } from 'jpeg-js';
import { PHOTO_HEIGHT, PHOTO_WIDTH, makeLargeJpeg } from './lib/largeJpeg';
import { collectGarbage, peakMethod, peakSinceWindowStart, rssMiB, startPeakWindow } from './lib/memory';

type Case = ({ kind: 'combined'; photos: number; phoneLike?: boolean } | { kind: 'plain' }) & { gcEveryMiB: boolean };

/** The photos on disk: noise JPEGs, phone-like JPEGs, and the sample photos for the warm-up. */
interface Paths {
	noise: string[];
	phoneLike: string[];
	samples: string[];
}

interface CaseResult {
	label: string;
	bytesSent: number;
	baselineMiB: number;
	peakMiB: number;
	aboveBaselineMiB: number;
	/** With gcEveryMiB: the highest RSS above baseline right after a forced GC. */
	liveAboveBaselineMiB?: number;
	wallMs: number;
	/** Assembling the PDF: everything before its first byte is sent; wall time and this process's CPU time. */
	prepareMs?: number;
	prepareCpuMs?: number;
	sha256?: string;
}

const MIB = 1024 * 1024;

let gcEveryMiB = false;
let liveMiB = 0;

let bytesSinceGc = 0;

/** With gcEveryMiB: a full GC after every MiB read from disk or sent, and the RSS right after it. */
function passed(bytes: number): void {
	if (!gcEveryMiB) return;
	bytesSinceGc += bytes;
	if (bytesSinceGc < MIB) return;
	bytesSinceGc = 0;
	collectGarbage();
	liveMiB = Math.max(liveMiB, rssMiB());
}

/** Consumes like a socket: small buffer, one chunk at a time, a turn of the event loop each. */
function slowSink(): Writable & { bytes: number } {
	const sink = new Writable({
		highWaterMark: 16 * 1024,
		write(chunk: Buffer, _encoding, callback) {
			sink.bytes += chunk.length;
			passed(chunk.length);
			setImmediate(callback);
		},
	}) as Writable & { bytes: number };
	sink.bytes = 0;
	return sink;
}

/** A body under 1 MiB is one buffer (see transport/multipart.ts): sent as one chunk, not byte by byte. */
function asStream(body: Buffer | Readable): Readable {
	return Buffer.isBuffer(body) ? Readable.from([body]) : body;
}

/** A photo on disk; its reads count towards the forced GCs too (the check before sending reads each photo whole). */
function diskPhoto(path: string): PagePhoto {
	const open = async () =>
		createReadStream(path).pipe(
			new Transform({
				transform(chunk: Buffer, _encoding, callback) {
					passed(chunk.length);
					callback(null, chunk);
				},
			}),
		);
	return { fileName: path, type: 'jpeg', size: statSync(path).size, open };
}

async function sendCombined(photos: PagePhoto[]): Promise<{ bytes: number; sha256?: string; prepareMs: number; prepareCpuMs: number }> {
	const started = performance.now();
	const cpu = process.cpuUsage();
	const pdf = await assembleCombinedPdf(photos, { maxTotalBytes: 100 * 1024 * 1024 });
	const prepareMs = performance.now() - started;
	const { user, system } = process.cpuUsage(cpu);
	const prepareCpuMs = (user + system) / 1000;
	const { body, headers } = await buildMultipartBody(pdf, undefined);
	const sink = slowSink();
	await pipeline(asStream(body), sink);
	if (sink.bytes !== Number(headers['content-length'])) throw new Error('multipart length differs from its Content-Length');
	return { bytes: sink.bytes, sha256: pdf.sha256(), prepareMs, prepareCpuMs };
}

async function sendPlain(path: string): Promise<{ bytes: number }> {
	const { body } = await buildMultipartBody(
		{ fileName: 'photo.jpg', mimeType: 'image/jpeg', size: statSync(path).size, open: async () => createReadStream(path) },
		undefined,
	);
	const sink = slowSink();
	await pipeline(asStream(body), sink);
	return { bytes: sink.bytes };
}

async function child(job: Case, paths: Paths): Promise<CaseResult> {
	await sendCombined(paths.samples.map(diskPhoto)); // warm-up: code loading and JIT are not charged
	const { baselineMiB } = startPeakWindow();
	gcEveryMiB = job.gcEveryMiB;
	liveMiB = baselineMiB;
	const started = performance.now();
	const files = job.kind === 'combined' && job.phoneLike ? paths.phoneLike : paths.noise;
	const photos = Array.from({ length: job.kind === 'combined' ? job.photos : 0 }, (_, index) => diskPhoto(files[index % files.length]));
	const sent = job.kind === 'combined' ? await sendCombined(photos) : await sendPlain(files[0]);
	const wallMs = performance.now() - started;
	const peakMiB = peakSinceWindowStart();
	return {
		label:
			(job.kind === 'combined'
				? `combined PDF, ${job.photos} x ${job.phoneLike ? '12-megapixel phone-like' : '4 MB noise'} JPEG`
				: 'one 4 MB JPEG as it is (no PDF)') +
			(job.gcEveryMiB ? ', GC every MiB read or sent' : ''),
		bytesSent: sent.bytes,
		baselineMiB,
		peakMiB,
		aboveBaselineMiB: peakMiB - baselineMiB,
		liveAboveBaselineMiB: job.gcEveryMiB ? liveMiB - baselineMiB : undefined,
		wallMs,
		prepareMs: 'prepareMs' in sent ? (sent.prepareMs as number) : undefined,
		prepareCpuMs: 'prepareCpuMs' in sent ? (sent.prepareCpuMs as number) : undefined,
		sha256: 'sha256' in sent ? (sent.sha256 as string | undefined) : undefined,
	};
}

function runChild(job: Case, paths: Paths): Promise<CaseResult> {
	return new Promise((resolve, reject) => {
		const worker = fork(__filename, ['--child'], {
			env: { ...process.env, COMBINED_PDF_JOB: JSON.stringify({ job, paths }) },
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
		const phoneLike = [1, 2].map((seed) => {
			const path = join(directory, `phone-${seed}.jpg`);
			writeFileSync(path, makePhoneLikeJpeg(seed * 104729));
			return path;
		});
		const paths: Paths = {
			noise: files,
			phoneLike,
			samples: [1, 2, 3, 4].map((page) => join(__dirname, '..', 'samples', `bpkb-photo-${page}.jpg`)),
		};
		const mb = (list: string[]) => list.map((path) => (statSync(path).size / (1024 * 1024)).toFixed(2)).join(', ');
		process.stdout.write(
			`photos: noise ${mb(files)} MB (${PHOTO_WIDTH} x ${PHOTO_HEIGHT}); phone-like ${mb(phoneLike)} MB (${PHONE_WIDTH} x ${PHONE_HEIGHT}); peak by ${peakMethod()}\n`,
		);
		const results: CaseResult[] = [];
		const shapes = [
			{ kind: 'plain' },
			{ kind: 'combined', photos: 1 },
			{ kind: 'combined', photos: 4 },
			{ kind: 'combined', photos: 16 },
			{ kind: 'combined', photos: 4, phoneLike: true },
		] as const;
		for (const gc of [false, true]) {
			for (const shape of shapes) results.push(await runChild({ ...shape, gcEveryMiB: gc }, paths));
		}
		process.stdout.write(
			'| case | bytes sent | baseline MiB | peak above baseline MiB | live above baseline MiB | wall ms | prepare ms | prepare CPU ms |\n|---|---|---|---|---|---|---|---|\n',
		);
		for (const result of results) {
			process.stdout.write(
				`| ${result.label} | ${result.bytesSent} | ${result.baselineMiB.toFixed(1)} | ${result.aboveBaselineMiB.toFixed(1)} | ` +
					`${result.liveAboveBaselineMiB?.toFixed(1) ?? '-'} | ${result.wallMs.toFixed(0)} | ${result.prepareMs?.toFixed(0) ?? '-'} | ${result.prepareCpuMs?.toFixed(0) ?? '-'} |\n`,
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

const PHONE_WIDTH = 4000;
const PHONE_HEIGHT = 3000;

/**
 * A 12-megapixel JPEG more like a phone's photo of a page than noise is: smooth shading, dark
 * strokes, light grain, quality 90. Its image data has many more blocks per byte than noise has,
 * which is what the check before sending spends its time on.
 */
function makePhoneLikeJpeg(seed: number): Buffer {
	const rgba = Buffer.alloc(PHONE_WIDTH * PHONE_HEIGHT * 4);
	let state = seed;
	for (let y = 0; y < PHONE_HEIGHT; y++) {
		for (let x = 0; x < PHONE_WIDTH; x++) {
			state ^= state << 13;
			state ^= state >>> 17;
			state ^= state << 5;
			const stroke = ((x >> 4) + (y >> 5)) % 7 === 0 && (y & 31) < 20 ? -120 : 0;
			const shade = 200 + Math.round(40 * Math.sin(x / 300) * Math.cos(y / 200)) + (state & 31) - 16 + stroke;
			const at = (y * PHONE_WIDTH + x) * 4;
			rgba[at] = Math.max(0, Math.min(255, shade));
			rgba[at + 1] = Math.max(0, Math.min(255, shade - 10));
			rgba[at + 2] = Math.max(0, Math.min(255, shade - 30));
			rgba[at + 3] = 255;
		}
	}
	return Buffer.from(encode({ width: PHONE_WIDTH, height: PHONE_HEIGHT, data: rgba }, 90).data);
}

async function readAll(path: string): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of createReadStream(path)) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

if (process.argv.includes('--child')) {
	const { job, paths } = JSON.parse(process.env.COMBINED_PDF_JOB ?? '{}') as { job: Case; paths: Paths };
	child(job, paths).then(
		(result) => process.send?.(result, () => process.exit(0)),
		(error: unknown) => {
			process.stderr.write(`${(error as Error).stack ?? String(error)}\nrss ${rssMiB().toFixed(1)} MiB\n`);
			process.exit(1);
		},
	);
} else {
	main().catch((error: unknown) => {
		process.stderr.write(`${String(error)}\n`);
		process.exitCode = 1;
	});
}
