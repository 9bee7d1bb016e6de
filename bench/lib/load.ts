/**
 * How busy the rest of the machine was during a measurement: CPU time used by all processes
 * (from /proc/stat) minus this process and the sandbox process, in cores. On a shared 2-core
 * machine another job's test run can slow a row down; the report shows it instead of hiding it.
 */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function machineBusyTicks(): number {
	const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
	const [user, nice, system, , , irq, softirq, steal] = fields;
	return user + nice + system + irq + softirq + (steal ?? 0);
}

function processTicks(pid: number | undefined): number {
	if (pid === undefined) return 0;
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return Number(fields[11]) + Number(fields[12]); // utime + stime
	} catch {
		return 0;
	}
}

export interface LoadProbe {
	/** Cores used by other processes since the probe started. */
	stop(): number;
}

export function probeOtherLoad(ownPids: Array<number | undefined>): LoadProbe {
	const started = performance.now();
	let busy: number;
	let own: number;
	try {
		busy = machineBusyTicks();
		own = ownPids.reduce<number>((sum, pid) => sum + processTicks(pid), 0);
	} catch {
		return { stop: () => Number.NaN };
	}
	return {
		stop() {
			const seconds = (performance.now() - started) / 1000;
			const others = machineBusyTicks() - busy - (ownPids.reduce<number>((sum, pid) => sum + processTicks(pid), 0) - own);
			return Math.max(0, others / TICKS_PER_SECOND / seconds);
		},
	};
}
