/** Writes the editor's output schema for Read BPKB from the field table.   npx tsx scripts/make-schema.ts */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { flattenedReadSchema } from '../nodes/GlairVision/helpers/outputSchema';

export const SCHEMA_PATH = join(__dirname, '..', 'nodes', 'GlairVision', '__schema__', 'v1.0.0', 'bpkb', 'read.json');

if (require.main === module) {
	mkdirSync(dirname(SCHEMA_PATH), { recursive: true });
	writeFileSync(SCHEMA_PATH, `${JSON.stringify(flattenedReadSchema(), null, '\t')}\n`);
	console.log(`wrote ${SCHEMA_PATH}`);
}
