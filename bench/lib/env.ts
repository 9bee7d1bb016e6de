/**
 * Must be the first import of every bench entry point: n8n-core reads these when its services
 * are created. Each bench process gets its own n8n user folder (and binary-data store), removed
 * on exit. `require` (not `import`) keeps this ordering: imports are hoisted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const userFolder = mkdtempSync(join(tmpdir(), 'glair-bench-n8n-'));
process.env.GLAIR_TEST_USER_FOLDER = userFolder;
// n8n-core's error reporter would print every failed execution (e.g. HTTP Request with On Error =
// stop hitting a 429, which the bench does on purpose) with its stack: the report says it instead.
process.env.N8N_LOG_LEVEL = process.env.N8N_LOG_LEVEL ?? 'silent';
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../../test/helpers/environment');

process.on('exit', () => {
	try {
		rmSync(userFolder, { recursive: true, force: true });
	} catch {
		// best effort
	}
});

export const BENCH_USER_FOLDER = userFolder;
