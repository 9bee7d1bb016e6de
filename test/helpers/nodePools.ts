/**
 * The engine loads the node from dist/ (as n8n does), so the connection pools it opens live in
 * dist's copy of transport/dispatcher, not in the TypeScript source module a test would import.
 * Tests, the demo and the bench close the pools through this, the module the node really used.
 */
import { join } from 'node:path';

type DispatcherModule = typeof import('../../nodes/GlairVision/transport/dispatcher');

const DIST_DISPATCHER = join(__dirname, '..', '..', 'dist', 'nodes', 'GlairVision', 'transport', 'dispatcher.js');

function distModule(): DispatcherModule {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return require(DIST_DISPATCHER) as DispatcherModule;
}

export async function closeNodePools(): Promise<void> {
	await distModule().closeAllDispatchers();
}

export function openNodePools(): number {
	return distModule().openPoolCount();
}
