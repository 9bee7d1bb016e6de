import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DOCUMENT_SPECS } from '../../../nodes/GlairVision/documents/registry';
import { itemWith, sample } from '../../helpers/documents';
import { runGlairVision } from '../../helpers/engine';
import { useSandbox } from '../../helpers/sandboxSuite';
import { SANDBOX_DOCUMENTS } from '../../sandbox/documents';

const suite = useSandbox();

/** The sample each document's schema is checked against, a good read at the defaults: its first in the sandbox. */
const sampleFor = (resource: string) => SANDBOX_DOCUMENTS[resource].samples[0].fileName;

interface Schema {
	type: string;
	properties?: Record<string, Schema>;
	items?: Schema;
}

/** A JSON value's type as a schema names it. */
const typeOf = (value: unknown) => (Array.isArray(value) ? 'array' : typeof value);

describe.each(DOCUMENT_SPECS.map((spec) => spec.resource))('The %s output schema the editor shows before a run', (resource) => {
	// Written by `npm run schemas` (scripts/make-schema.ts) from the document's tables.
	const committed = () => JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'nodes', 'GlairVision', '__schema__', 'v1.0.0', resource, 'read.json'), 'utf8'));

	it('names exactly the columns of a real flattened read at the defaults, in their order, with their JSON types', async () => {
		const { byOutput } = await runGlairVision({
			parameters: { resource, operation: 'read', options: { includeBinary: false } },
			credentials: suite.credentials,
			documents: [itemWith(sample(sampleFor(resource)))],
		});
		const [item] = byOutput.Success;
		const properties = committed().properties as Record<string, Schema>;
		expect(Object.keys(item.json)).toEqual(Object.keys(properties));
		for (const [column, value] of Object.entries(item.json)) {
			if (value !== '') expect([column, typeOf(value)]).toEqual([column, properties[column].type]);
			if (!Array.isArray(value)) continue;
			// A table: every row has exactly the row's columns, in their order, with their types.
			const rowProperties = properties[column].items!.properties!;
			expect(value.length).toBeGreaterThan(0);
			for (const row of value as Array<Record<string, unknown>>) {
				expect([column, Object.keys(row)]).toEqual([column, Object.keys(rowProperties)]);
				for (const [rowColumn, rowValue] of Object.entries(row)) if (rowValue !== '') expect([rowColumn, typeOf(rowValue)]).toEqual([rowColumn, rowProperties[rowColumn].type]);
			}
		}
	});
});
