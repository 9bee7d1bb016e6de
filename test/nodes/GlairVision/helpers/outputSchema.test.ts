import { readFileSync } from 'node:fs';

import { flattenedReadSchema } from '../../../../nodes/GlairVision/helpers/outputSchema';
import { SCHEMA_PATH } from '../../../../scripts/make-schema';
import { BPKB_FIELDS } from '../../../../nodes/GlairVision/helpers/bpkbFields';

describe('The output schema the editor shows before a run', () => {
	it('is the committed __schema__ file, regenerated from the field table (npx tsx scripts/make-schema.ts)', () => {
		expect(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'))).toEqual(flattenedReadSchema());
	});

	it('lists the metadata columns, then all 30 fields with their labels', () => {
		const properties = flattenedReadSchema().properties!;
		expect(Object.keys(properties).slice(0, 3)).toEqual(['status', 'reason', 'file_name']);
		for (const field of BPKB_FIELDS) expect(properties[field.key]).toEqual({ type: 'string', description: field.label });
		expect(properties.isi_silinder_cc.type).toBe('number');
	});
});
