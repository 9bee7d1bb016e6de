import { readFileSync } from 'node:fs';

import { DOCUMENT_SPECS } from '../../../../../nodes/GlairVision/documents/registry';
import { flattenedReadSchema } from '../../../../../nodes/GlairVision/engine/output/outputSchema';
import { schemaPath } from '../../../../../scripts/make-schema';
import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import { SANDBOX_DOCUMENTS } from '../../../../sandbox/documents';

const suite = useSandbox();

/** The sample each document's schema is checked against, a good read at the defaults: its first in the sandbox. */
const sampleFor = (resource: string) => SANDBOX_DOCUMENTS[resource].samples[0].fileName;

describe.each(DOCUMENT_SPECS.map((spec) => [spec.resource, spec] as const))('The %s output schema the editor shows before a run', (resource, spec) => {
	const committed = () => JSON.parse(readFileSync(schemaPath(spec), 'utf8'));

	it('is committed up to date (npx tsx scripts/make-schema.ts writes it)', () => {
		expect(committed()).toEqual(flattenedReadSchema(spec));
	});

	it('names exactly the columns of a real flattened read at the defaults, with their JSON types', async () => {
		const { byOutput } = await runGlairVision({
			parameters: { resource, operation: 'read', options: { includeBinary: false } },
			credentials: suite.credentials,
			documents: [itemWith(sample(sampleFor(resource)))],
		});
		const [item] = byOutput.Success;
		const properties = committed().properties as Record<string, { type: string }>;
		expect(Object.keys(item.json).sort()).toEqual(Object.keys(properties).sort());
		for (const [column, value] of Object.entries(item.json)) {
			if (value !== '') expect([column, typeof value]).toEqual([column, properties[column].type]);
		}
	});
});
