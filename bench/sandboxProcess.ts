/**
 * The GLAIR sandbox in its own process, driven over IPC by bench/run.ts: the API under test is
 * remote in real life, so its CPU time and memory must not be charged to the client being
 * measured (and its 100 MB uploads must not show up in the client's peak RSS).
 */
import { GlairSandbox, type SandboxOptions } from '../test/sandbox/server';

export type SandboxCommand =
	| { id: number; cmd: 'setOptions'; options: NullableOptions }
	| { id: number; cmd: 'reset' }
	| { id: number; cmd: 'stats' }
	| { id: number; cmd: 'requests' }
	| { id: number; cmd: 'close' };

/** IPC drops `undefined`: null clears an option (e.g. maxInFlight: null = no rate limit). */
export type NullableOptions = { [K in keyof SandboxOptions]?: SandboxOptions[K] | null };

export interface SandboxStats {
	requests: number;
	byStatus: Record<string, number>;
	/** Most requests the sandbox was working on at once (429s excluded). */
	maxInFlight: number;
	/** Mean time from arrival to answer of the 200 answers, ms. */
	meanServiceMs: number;
	/** SHA-256 and size of the image parts of the 200 answers (for the memory runs). */
	uploads: Array<{ bytes: number; sha256?: string }>;
	/** TCP connections the clients opened (a keep-alive pool opens a few; a client without one, one per request). */
	connections: number;
}

/** One request as the sandbox sees it right now: image bytes read so far, and when it ended (for the cancel rows). */
export interface RequestProgress {
	bytes: number;
	/** 0 while it runs, and for good when the client dropped the connection. */
	httpStatus: number;
	startedAt: number;
	endedAt?: number;
}

function stats(sandbox: GlairSandbox): SandboxStats {
	const byStatus: Record<string, number> = {};
	const events: Array<[number, number]> = [];
	let serviceTotal = 0;
	let served = 0;
	for (const request of sandbox.requests) {
		byStatus[request.httpStatus] = (byStatus[request.httpStatus] ?? 0) + 1;
		if (request.httpStatus === 429) continue;
		events.push([request.startedAt, 1], [request.endedAt ?? Date.now(), -1]);
		if (request.httpStatus === 200 && request.endedAt) {
			serviceTotal += request.endedAt - request.startedAt;
			served++;
		}
	}
	events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	let now = 0;
	let max = 0;
	for (const [, delta] of events) max = Math.max(max, (now += delta));
	return {
		requests: sandbox.requests.length,
		byStatus,
		maxInFlight: max,
		meanServiceMs: served ? serviceTotal / served : 0,
		uploads: sandbox.requests.filter((r) => r.httpStatus === 200).map((r) => ({ bytes: r.bytes, sha256: r.sha256 })),
		connections: sandbox.acceptedConnections(),
	};
}

async function main(): Promise<void> {
	const sandbox = await GlairSandbox.start({ latencyMs: 0, seed: 1 });
	const reply = (message: unknown) => process.send?.(message);
	process.on('message', (message: SandboxCommand) => {
		switch (message.cmd) {
			case 'setOptions':
				sandbox.setOptions(
					Object.fromEntries(Object.entries(message.options).map(([key, value]) => [key, value ?? undefined])) as Partial<SandboxOptions>,
				);
				return reply({ id: message.id, result: null });
			case 'reset':
				sandbox.reset();
				return reply({ id: message.id, result: null });
			case 'stats':
				return reply({ id: message.id, result: stats(sandbox) });
			case 'requests':
				return reply({
					id: message.id,
					result: sandbox.requests.map(({ bytes, httpStatus, startedAt, endedAt }): RequestProgress => ({ bytes, httpStatus, startedAt, ...(endedAt === undefined ? {} : { endedAt }) })),
				});
			case 'close':
				void sandbox.close().then(() => {
					reply({ id: message.id, result: null });
					process.disconnect?.();
				});
				return undefined;
		}
	});
	// The parent is gone: nothing left to serve.
	process.on('disconnect', () => void sandbox.close().then(() => process.exit(0)));
	reply({ ready: true, baseUrl: sandbox.baseUrl, credentials: sandbox.credentials });
}

void main();
