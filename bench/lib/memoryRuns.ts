/**
 * What the memory rows need besides the measured node: a large PDF to upload, and a fresh
 * process per run (bench/memoryChild.ts) so each baseline is clean. The proxy rows use the same
 * fresh process, started with the proxy variables set, as n8n would be.
 */
import { fork } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

import type { MemoryJob, MemoryResult } from '../memoryChild';

const MIB = 1024 * 1024;

/** A valid-looking PDF: header, `sizeMb` MB of incompressible padding, and the %%EOF tail. */
export async function makePdf(path: string, sizeMb: number): Promise<number> {
	const out = createWriteStream(path);
	const header = Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1');
	const trailer = Buffer.from('\n%%EOF\n', 'latin1');
	const total = sizeMb * 1_000_000;
	const chunk = Buffer.alloc(MIB);
	let state = 0x9e3779b9;
	for (let i = 0; i < chunk.length; i += 4) {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		chunk.writeUInt32LE(state >>> 0, i);
	}
	let written = 0;
	out.write(header);
	written += header.length;
	while (written < total - trailer.length) {
		const piece = chunk.subarray(0, Math.min(chunk.length, total - trailer.length - written));
		if (!out.write(piece)) await once(out, 'drain');
		written += piece.length;
	}
	out.end(trailer);
	await once(out, 'finish');
	return written + trailer.length;
}

/** Runs one job in a fresh bench/memoryChild.ts; `env` is added to this process's environment. */
export async function runMemoryChild(job: MemoryJob, env: NodeJS.ProcessEnv = {}): Promise<MemoryResult> {
	const child = fork(join(__dirname, '..', 'memoryChild.ts'), [], {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		env: { ...process.env, ...env, BENCH_MEMORY_JOB: JSON.stringify(job) },
	});
	const result = await new Promise<MemoryResult>((resolve, reject) => {
		child.once('message', (message) => resolve(message as MemoryResult));
		child.once('exit', (code) => reject(new Error(`memory child exited (${code}) without a result`)));
	});
	await once(child, 'exit').catch(() => undefined);
	return result;
}

