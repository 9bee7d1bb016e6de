import { DOCUMENT_SPECS, documentSpec } from '../../../../nodes/GlairVision/documents/registry';
import { specProblems } from '../../../helpers/specProblems';

describe('the document registry', () => {
	it.each(DOCUMENT_SPECS.map((spec) => [spec.resource, spec] as const))('holds a %s spec that agrees with itself', (_resource, spec) => {
		expect(specProblems(spec)).toEqual([]);
	});

	it('gives each document its own resource name, and finds each by it', () => {
		const resources = DOCUMENT_SPECS.map((spec) => spec.resource);
		expect(new Set(resources).size).toBe(resources.length);
		for (const spec of DOCUMENT_SPECS) expect(documentSpec(spec.resource)).toBe(spec);
		expect(documentSpec('vehicleFile')).toBeUndefined();
	});
});
