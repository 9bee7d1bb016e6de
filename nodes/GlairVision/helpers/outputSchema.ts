import { BPKB_FIELDS } from './bpkbFields';
import { CHECK_TABLE } from './checkTable';

type JsonSchema = { type: string; description?: string; properties?: Record<string, JsonSchema> };

/**
 * The JSON schema of a flattened Read BPKB item (default options), so the editor can show the
 * fields before the first run. Generated from the field and check tables; the committed copy in
 * __schema__/ is compared with this in a test.
 */
export function flattenedReadSchema(): JsonSchema {
	const properties: Record<string, JsonSchema> = {
		status: { type: 'string', description: 'SUCCESS, NO_FILE, FILE_INVALID_FORMAT or FAILED' },
		reason: { type: 'string' },
		file_name: { type: 'string' },
		binary_field: { type: 'string' },
		page: { type: 'string', description: '"all" or the page number 1-4' },
		request_id: { type: 'string', description: "GLAIR's Request-Id, for support" },
		http_status: { type: 'number' },
		attempts: { type: 'number' },
		warnings: { type: 'string', description: 'Failed field checks, joined with "; "' },
	};
	for (const field of BPKB_FIELDS) {
		properties[field.key] = { type: 'string', description: field.label };
		for (const row of CHECK_TABLE) {
			for (const companion of row.companions) {
				if (companion.startsWith(`${field.key}_`) && !(companion in properties)) {
					properties[companion] = { type: companion.endsWith('_cc') ? 'number' : 'string', description: row.description };
				}
			}
		}
	}
	return { type: 'object', properties };
}
