/**
 * Peak-RSS measurement on Linux without a child process per measurement: writing "5" to
 * /proc/self/clear_refs resets the kernel's high-water mark (VmHWM) to the current RSS, so
 * VmHWM read afterwards is the true peak of just that window, including short spikes that a
 * sampler would miss. Falls back to a 5 ms sampler where clear_refs is not writable.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gcFunction = runInNewContext('gc') as () => void;

const MIB = 1024 * 1024;

function statusKb(field: 'VmRSS' | 'VmHWM'): number | undefined {
	try {
		const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'));
		return match ? Number(match[1]) : undefined;
	} catch {
		return undefined;
	}
}

export function rssMiB(): number {
	const kb = statusKb('VmRSS');
	return kb === undefined ? process.memoryUsage.rss() / MIB : kb / 1024;
}

/** Full GC twice (the second collects what finalizers of the first freed). */
export function collectGarbage(): void {
	gcFunction();
	gcFunction();
}

let sampler: NodeJS.Timeout | undefined;
let sampledPeak = 0;
let usingClearRefs = false;

/** Starts a measurement window: GC, then the peak is reset to the current RSS. */
export function startPeakWindow(): { baselineMiB: number } {
	collectGarbage();
	const baselineMiB = rssMiB();
	try {
		writeFileSync('/proc/self/clear_refs', '5');
		usingClearRefs = statusKb('VmHWM') !== undefined;
	} catch {
		usingClearRefs = false;
	}
	if (!usingClearRefs) {
		sampledPeak = baselineMiB;
		clearInterval(sampler);
		sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, rssMiB())), 5);
		sampler.unref();
	}
	return { baselineMiB };
}

/** The peak RSS (MiB) since startPeakWindow. */
export function peakSinceWindowStart(): number {
	if (usingClearRefs) return (statusKb('VmHWM') ?? 0) / 1024;
	clearInterval(sampler);
	return Math.max(sampledPeak, rssMiB());
}

export function peakMethod(): string {
	return usingClearRefs ? 'VmHWM after clear_refs=5' : '5 ms RSS sampler';
}
