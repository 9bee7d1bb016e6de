import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

import type { NullableOptions, RequestProgress, SandboxStats } from '../sandboxProcess';
import type { Endpoint } from './workflows';

/** Starts bench/sandboxProcess.ts (same tsx loader as this process) and talks to it over IPC. */
export class SandboxClient {
	private nextId = 1;
	private readonly waiting = new Map<number, (result: unknown) => void>();

	private constructor(
		private readonly child: ChildProcess,
		readonly endpoint: Endpoint,
	) {
		child.on('message', (message: { id?: number; result?: unknown }) => {
			if (message.id === undefined) return;
			this.waiting.get(message.id)?.(message.result);
			this.waiting.delete(message.id);
		});
	}

	static async start(): Promise<SandboxClient> {
		const child = fork(join(__dirname, '..', 'sandboxProcess.ts'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
		const ready = await new Promise<{ baseUrl: string; credentials: { username: string; password: string; apiKey: string } }>(
			(resolve, reject) => {
				child.once('message', resolve as (message: unknown) => void);
				child.once('exit', (code) => reject(new Error(`sandbox process exited (${code}) before it was ready`)));
			},
		);
		return new SandboxClient(child, { baseUrl: ready.baseUrl, ...ready.credentials });
	}

	private async call<T>(command: Record<string, unknown>): Promise<T> {
		const id = this.nextId++;
		const answer = new Promise<T>((resolve) => this.waiting.set(id, resolve as (result: unknown) => void));
		this.child.send({ id, ...command });
		return await answer;
	}

	/** null clears an option (IPC would drop an `undefined`). */
	async setOptions(options: NullableOptions): Promise<void> {
		await this.call({ cmd: 'setOptions', options });
	}

	async reset(): Promise<void> {
		await this.call({ cmd: 'reset' });
	}

	async stats(): Promise<SandboxStats> {
		return await this.call<SandboxStats>({ cmd: 'stats' });
	}

	/** Every request since the last reset, as it stands now (bytes read so far, ended or not). */
	async requests(): Promise<RequestProgress[]> {
		return await this.call<RequestProgress[]>({ cmd: 'requests' });
	}

	get pid(): number | undefined {
		return this.child.pid;
	}

	async close(): Promise<void> {
		await this.call({ cmd: 'close' });
		this.child.kill();
	}
}
