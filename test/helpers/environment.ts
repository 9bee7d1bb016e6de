/**
 * Runs before any test module loads: n8n-core reads these when its services are created.
 * Each jest worker gets its own n8n user folder (and with it its own binary-data store).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (!process.env.GLAIR_TEST_USER_FOLDER) {
	process.env.GLAIR_TEST_USER_FOLDER = mkdtempSync(join(tmpdir(), 'glair-n8n-'));
}
process.env.N8N_USER_FOLDER = process.env.GLAIR_TEST_USER_FOLDER;
process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS = 'false';
process.env.N8N_DEFAULT_BINARY_DATA_MODE = 'filesystem';
process.env.N8N_LOG_LEVEL = process.env.N8N_LOG_LEVEL ?? 'debug';
