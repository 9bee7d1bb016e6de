import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import { LoggerProxy } from 'n8n-workflow';

export interface CapturedLog {
	level: 'error' | 'warn' | 'info' | 'debug';
	message: string;
	metadata?: unknown;
}

/**
 * Stands in for n8n's logger while a run executes, so tests can read every line the node
 * (or n8n on its behalf) logged, e.g. to prove no secret or personal data is in them.
 */
export function captureLogs(): { logs: CapturedLog[]; stop: () => void } {
	const logs: CapturedLog[] = [];
	const record = (level: CapturedLog['level']) => (message: string, metadata?: unknown) => {
		logs.push({ level, message, metadata });
	};
	const logger = {
		error: record('error'),
		warn: record('warn'),
		info: record('info'),
		debug: record('debug'),
		scoped() {
			return logger;
		},
	};
	const previous = Container.has(Logger) ? Container.get(Logger) : undefined;
	Container.set(Logger, logger as unknown as Logger);
	LoggerProxy.init(logger);
	return {
		logs,
		stop: () => {
			if (previous) Container.set(Logger, previous);
		},
	};
}
