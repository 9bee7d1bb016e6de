/**
 * Writes the output schema of every Read (the columns the editor shows before the first run),
 * generated from each document's field and check tables:   npm run schemas
 * Build-time only: nothing in the node imports it. test/nodes/GlairVision/outputSchema.test.ts
 * checks the committed files against a real read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { allFields } from '../nodes/GlairVision/documents/fieldList';
import { DOCUMENT_SPECS } from '../nodes/GlairVision/documents/registry';
import type { DocumentSpec, TableSpec } from '../nodes/GlairVision/documents/spec';

type JsonSchema = { type: string; description?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema };

/** A table's list: one object per row, its fields as the document's are (Table Rows = List, the default). */
function tableSchema(table: TableSpec): JsonSchema {
	const properties: Record<string, JsonSchema> = {};
	for (const field of table.fields) {
		properties[field.key] = { type: 'string', description: field.label };
		for (const rowCheck of table.checks ?? []) {
			if (rowCheck.columns[0] !== field.key) continue;
			for (const { column, type } of rowCheck.companions) properties[column] ??= { type, description: rowCheck.description };
		}
	}
	return { type: 'array', description: table.label, items: { type: 'object', properties } };
}

/** The JSON schema of a flattened Read item at the default options, in the item's column order. */
function flattenedReadSchema(spec: DocumentSpec): JsonSchema {
	const properties: Record<string, JsonSchema> = {
		outcome: { type: 'string', description: 'Where the item went: SUCCESS, NEEDS_REVIEW or NOT_READ' },
		reason: { type: 'string', description: "Why, in words (GLAIR's own words on a read)" },
		review_reasons: { type: 'string', description: 'Why the read went to Needs Review, joined with "; " (empty on Success)' },
		review_fields: {
			type: 'string',
			description: 'The columns a person must look at, as JSON: each with its label, the value read, its confidence and the reasons (empty on Success)',
		},
		review_form: {
			type: 'string',
			description: 'The review form as JSON, for n8n\'s Form node (Define Form: Using JSON) or Send and Wait for Response (custom form) (empty on Success)',
		},
		warnings: { type: 'string', description: 'Failed field checks, joined with "; "' },
	};
	for (const field of allFields(spec)) {
		properties[field.column] = { type: 'string', description: field.label };
		for (const fieldCheck of spec.checks) {
			if (fieldCheck.columns[0] !== field.column) continue;
			for (const { column, type } of fieldCheck.companions) properties[column] ??= { type, description: fieldCheck.description };
		}
	}
	for (const table of spec.tables ?? []) properties[table.list] = tableSchema(table);
	Object.assign(properties, {
		status: { type: 'string', description: "GLAIR's status: SUCCESS, NO_FILE, FILE_INVALID_FORMAT or FAILED" },
		file_name: { type: 'string' },
		file_sha256: { type: 'string', description: 'Hex SHA-256 of the file read: the key to match rows on, so a repeated run updates its row' },
		binary_field: { type: 'string' },
		...(spec.pages ? { page: { type: 'string', description: `"all" or the page number ${spec.pages.map((page) => page.value).join(', ')}` } } : {}),
		request_id: { type: 'string', description: "GLAIR's Request-Id, for support" },
		http_status: { type: 'number' },
		attempts: { type: 'number' },
		...(spec.flat ? {} : { pages_read: { type: 'string', description: `The pages read, of ${spec.sections.map((section) => section.key).join(', ')}` } }),
	});
	return { type: 'object', properties };
}

function schemaPath(spec: DocumentSpec): string {
	return join(__dirname, '..', 'nodes', 'GlairVision', '__schema__', 'v1.0.0', spec.resource, 'read.json');
}

for (const spec of DOCUMENT_SPECS) {
	const path = schemaPath(spec);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, `${JSON.stringify(flattenedReadSchema(spec), null, '\t')}\n`);
	console.log(`wrote ${path}`);
}
