/**
 * Stop pressed mid-upload: one large PDF is uploading (the sandbox has read at least `stopAfterBytes`
 * of it and holds every answer far longer than the run could take), the execution is cancelled as
 * n8n's Stop button does (WorkflowExecute.cancel), and two times are taken from that moment: until
 * the sandbox sees the connection close, and until n8n reports the run over. The sandbox is another
 * process; both use the machine's wall clock (Date.now).
 */
import { setTimeout as delay } from 'node:timers/promises';

import type { SourceFile } from './benchNodes';
import type { SandboxClient } from './sandboxClient';
import { runTarget, type Target } from './workflows';

export interface CancelRun {
	/** Image bytes the sandbox had read when Stop was pressed, and in the end. */
	bytesAtStop: number;
	bytesInTheEnd: number;
	fileBytes: number;
	/** From Stop until the sandbox saw the connection close; undefined if it never did (within the wait). */
	socketClosedMs?: number;
	/** From Stop until the run was over (n8n's workflowExecuteAfter). */
	runEndedMs: number;
	/** n8n's execution status ('canceled' when the Stop worked). */
	status: string;
	/** HTTP status the sandbox sent (0: none, the client went away first). */
	httpStatus: number;
}

export async function measureCancel(sandbox: SandboxClient, target: Target, file: SourceFile, fileBytes: number, stopAfterBytes: number): Promise<CancelRun> {
	await sandbox.reset();
	let stopNow = false;
	let bytesAtStop = 0;
	let stoppedAt = 0;
	let watching = true;
	const watcher = (async () => {
		while (watching && !stopNow) {
			const [request] = await sandbox.requests();
			if (request && request.endedAt === undefined && request.bytes >= stopAfterBytes) {
				bytesAtStop = request.bytes;
				stopNow = true;
			} else {
				await delay(2);
			}
		}
	})();
	const run = await runTarget(target, sandbox.endpoint, [file], () => {
		if (stopNow && stoppedAt === 0) stoppedAt = Date.now();
		return stopNow;
	});
	const runEndedAt = Date.now();
	watching = false;
	await watcher;
	// The run may end before the sandbox has noticed the socket go: give it a few seconds.
	let request = (await sandbox.requests())[0];
	for (const until = Date.now() + 5_000; request?.endedAt === undefined && Date.now() < until; ) {
		await delay(5);
		request = (await sandbox.requests())[0];
	}
	const stopped = stoppedAt || runEndedAt;
	return {
		bytesAtStop,
		bytesInTheEnd: request?.bytes ?? 0,
		fileBytes,
		...(request?.endedAt === undefined ? {} : { socketClosedMs: request.endedAt - stopped }),
		runEndedMs: runEndedAt - stopped,
		status: run.status,
		httpStatus: request?.httpStatus ?? 0,
	};
}
