import { allFields } from '../../documents/fieldList';
import type { DocumentSpec, TableSpec } from '../../documents/spec';

export type JsonSchema = { type: string; description?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema };

/** A table's list: one object per row, its fields as the document's are (Table Rows = List, the default). */
function tableSchema(table: TableSpec): JsonSchema {
	const properties: Record<string, JsonSchema> = {};
	for (const field of table.fields) properties[field.key] = { type: 'string', description: field.label };
	return { type: 'array', description: table.label, items: { type: 'object', properties } };
}

/**
 * The JSON schema of a flattened Read item at the default options, so the editor can show the
 * fields before the first run. Generated from the document's field and check tables; the
 * committed copies in __schema__/ are kept equal to it by `npm run schemas` and a test.
 */
export function flattenedReadSchema(spec: DocumentSpec): JsonSchema {
	const properties: Record<string, JsonSchema> = {
		status: { type: 'string', description: 'SUCCESS, NO_FILE, FILE_INVALID_FORMAT or FAILED' },
		reason: { type: 'string' },
		file_name: { type: 'string' },
		file_sha256: { type: 'string', description: 'Hex SHA-256 of the file read: the key to match rows on, so a repeated run updates its row' },
		binary_field: { type: 'string' },
		page: { type: 'string', description: spec.pages ? `"all" or the page number ${spec.pages.map((page) => page.value).join(', ')}` : 'always "all"' },
		request_id: { type: 'string', description: "GLAIR's Request-Id, for support" },
		http_status: { type: 'number' },
		attempts: { type: 'number' },
		warnings: { type: 'string', description: 'Failed field checks, joined with "; "' },
		review_reasons: { type: 'string', description: 'Why the read went to Needs Review, joined with "; " (empty on Success)' },
	};
	for (const field of allFields(spec)) {
		properties[field.column] = { type: 'string', description: field.label };
		for (const row of spec.checks) {
			if (row.fields[0] !== field.column) continue;
			for (const companion of row.companions) {
				properties[companion] ??= { type: row.rule === 'engine-size' ? 'number' : 'string', description: row.description };
			}
		}
	}
	for (const table of spec.tables ?? []) properties[table.list] = tableSchema(table);
	return { type: 'object', properties };
}
