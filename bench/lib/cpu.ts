/**
 * CPU time of this process: all threads (process.cpuUsage) and the main thread alone
 * (/proc/self/task/<pid>/stat, 10 ms ticks; NaN where /proc is not readable), and the garbage
 * collections V8 reported meanwhile. The rest of the process is the other threads: V8's
 * platform workers (concurrent marking and sweeping, parallel scavenges, background compiles)
 * and the libuv pool (file opens, reads, closes).
 */
import { readFileSync } from 'node:fs';
import { PerformanceObserver, constants } from 'node:perf_hooks';

export interface CpuSpan {
	/** user + system, all threads, ms. */
	processMs: number;
	mainThreadMs: number;
	/** Garbage collections that started within the span, by kind, and their summed duration, ms. */
	gc: Record<'minor' | 'major' | 'incremental' | 'weak', { count: number; ms: number }>;
}

const GC_KINDS: Record<number, keyof CpuSpan['gc']> = {
	[constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
	[constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
	[constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
	[constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak',
};

/** GC entries arrive a little after the collection: kept with their start, matched to spans by it. */
const gcEntries: Array<{ kind: keyof CpuSpan['gc']; startTime: number; duration: number }> = [];
let observing = false;

function observeGc(): void {
	if (observing) return;
	observing = true;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			const kind = GC_KINDS[(entry as unknown as { detail?: { kind?: number } }).detail?.kind ?? -1];
			if (kind) gcEntries.push({ kind, startTime: entry.startTime, duration: entry.duration });
		}
		// A bench run is minutes long; keep the last few thousand.
		if (gcEntries.length > 10_000) gcEntries.splice(0, gcEntries.length - 5_000);
	}).observe({ entryTypes: ['gc'] });
}

export function mainThreadCpuMs(): number {
	try {
		const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10; // USER_HZ = 100
	} catch {
		return Number.NaN;
	}
}

/**
 * Starts a span; `stop` gives what it used. A GC is counted when it started within the span (so
 * the forced GC just before a measurement is not); one still being reported at `stop` is missed.
 */
export function startCpuSpan(): { stop(): CpuSpan } {
	observeGc();
	const startedAt = performance.now();
	const cpu = process.cpuUsage();
	const main = mainThreadCpuMs();
	return {
		stop() {
			const used = process.cpuUsage(cpu);
			const mainThreadMs = mainThreadCpuMs() - main;
			const gc: CpuSpan['gc'] = {
				minor: { count: 0, ms: 0 },
				major: { count: 0, ms: 0 },
				incremental: { count: 0, ms: 0 },
				weak: { count: 0, ms: 0 },
			};
			for (const entry of gcEntries) {
				if (entry.startTime < startedAt) continue;
				gc[entry.kind].count++;
				gc[entry.kind].ms += entry.duration;
			}
			return { processMs: (used.user + used.system) / 1000, mainThreadMs, gc };
		},
	};
}
