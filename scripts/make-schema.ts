/** Writes the editor's output schema of every Read from its document's tables.   npx tsx scripts/make-schema.ts */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { DOCUMENT_SPECS } from '../nodes/GlairVision/documents/registry';
import type { DocumentSpec } from '../nodes/GlairVision/documents/spec';
import { flattenedReadSchema } from '../nodes/GlairVision/engine/output/outputSchema';

export function schemaPath(spec: DocumentSpec): string {
	return join(__dirname, '..', 'nodes', 'GlairVision', '__schema__', 'v1.0.0', spec.resource, 'read.json');
}

if (require.main === module) {
	for (const spec of DOCUMENT_SPECS) {
		const path = schemaPath(spec);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, `${JSON.stringify(flattenedReadSchema(spec), null, '\t')}\n`);
		console.log(`wrote ${path}`);
	}
}
