/**
 * What every flat document's Read must do with its sample, in the engine against the sandbox: the
 * same tests for the SIM, the passport, the KITAS, the plate, the general document and the
 * Singapore cards (each document's read.test.ts adds its own). Columns are asserted by key.
 */
import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';
import type { INodeExecutionData } from 'n8n-workflow';

import { allFields } from '../../nodes/GlairVision/documents/fieldList';
import type { DocumentSpec } from '../../nodes/GlairVision/documents/spec';
import { itemWith, sample } from './documents';
import { runGlairVision } from './engine';
import { only, readParameters } from './readParameters';
import type { useSandbox } from './sandboxSuite';

type Suite = ReturnType<typeof useSandbox>;
type Fixture = { read: Record<string, unknown> };

export interface FlatDocumentCase {
	spec: DocumentSpec;
	suite: Suite;
	sampleFile: string;
	fixture: Fixture;
	/** Columns whose older spelling is another text for the same thing (the passport's yymmdd dates). */
	olderValues?: Record<string, string>;
}

const valueOf = (field: unknown): string => (typeof field === 'object' && field !== null ? String((field as { value?: unknown }).value ?? '') : String(field ?? ''));

/** The column GLAIR's answer fills, as the node should put it out: a list's entries joined. */
export function expectedColumns(spec: DocumentSpec, fixture: Fixture): Record<string, string> {
	const columns: Record<string, string> = {};
	for (const field of allFields(spec)) {
		const declared = spec.sections[0].fields.find((candidate) => candidate.key === field.key);
		const sent = fixture.read[field.key];
		columns[field.column] = Array.isArray(sent) ? sent.map(valueOf).join(declared?.list?.separator ?? '') : valueOf(sent);
	}
	return columns;
}

/** The base64 of every image in the fixture: none of it may reach an item's JSON. */
function imagesOf(spec: DocumentSpec, fixture: Fixture): string[] {
	return (spec.images ?? []).map((image) => valueOf(fixture.read[image.key])).filter((base64) => base64 !== '');
}

export function expectNoImagesIn(json: unknown, images: readonly string[]): void {
	const text = JSON.stringify(json);
	for (const base64 of images) expect(text).not.toContain(base64.slice(0, 200));
	expect(text).not.toMatch(/iVBORw0KGgo/); // the start of any base64 PNG
}

export function describeFlatDocumentRead({ spec, suite, sampleFile, fixture, olderValues = {} }: FlatDocumentCase): void {
	const images = imagesOf(spec, fixture);
	const run = async (overrides: Record<string, unknown> = {}, fileName = sampleFile) =>
		await runGlairVision({ parameters: readParameters(spec.resource, overrides), credentials: suite.credentials, documents: [itemWith(sample(fileName))] });
	const withoutNote = (answer: Record<string, unknown>) => Object.fromEntries(Object.entries(answer).filter(([key]) => key !== '_invented'));

	describe(`Read ${spec.shortName} of ${sampleFile}: what every flat document does`, () => {
		afterEach(() => suite.sandbox.setOptions({ spelling: 'newest' }));

		it(`routes the read to Success from ${spec.path}, every field a column as GLAIR sent it, no image in the JSON`, async () => {
			const item = only((await run()).byOutput.Success);
			// The sample passes every check of its document.
			expect(item.json).toMatchObject({ outcome: 'SUCCESS', status: 'SUCCESS', reason: 'File Successfully Read', file_name: sampleFile, warnings: '', ...expectedColumns(spec, fixture) });
			expectNoImagesIn(item.json, images);
			expect(suite.sandbox.requests[0]).toMatchObject({ path: spec.path, page: undefined });
		});

		it('the older spelling gives the same row', async () => {
			const newest = only((await run()).byOutput.Success).json;
			suite.sandbox.setOptions({ spelling: 'legacy' });
			const legacy = only((await run()).byOutput.Success).json;
			expect({ ...legacy, request_id: '' }).toEqual({ ...newest, ...olderValues, request_id: '' });
			expectNoImagesIn(legacy, images);
		});

		it('nested keeps GLAIR\'s keys and readings; raw is GLAIR\'s body less the images', async () => {
			const nested = only((await run({ output: 'nested' })).byOutput.Success).json;
			const read = nested.read as Record<string, { value: string }>;
			expect(Object.keys(read).sort()).toEqual(spec.sections[0].fields.map((field) => field.key).sort());
			for (const field of spec.sections[0].fields) if (!field.list) expect(read[field.key]).toEqual(fixture.read[field.key]);
			expectNoImagesIn(nested, images);
			const raw = only((await run({ output: 'raw' })).byOutput.Success).json.response as Record<string, unknown>;
			const sentRead = Object.fromEntries(Object.entries(fixture.read).filter(([key]) => !(spec.images ?? []).some((image) => image.key === key)));
			expect(raw).toEqual({ ...withoutNote(fixture as unknown as Record<string, unknown>), read: sentRead });
			expectNoImagesIn(raw, images);
		});

		it(`sends a picture that is no ${spec.shortName} to Needs Review, in GLAIR's words`, async () => {
			const item = only((await run({}, 'not-a-bpkb.png')).byOutput['Needs Review']);
			expect(item.json.review_reasons).toBe(`GLAIR said "File successfully read. Some fields are invalid.": this may not be a ${spec.shortName}`);
		});

		if (spec.images?.length) {
			const bytesOf = async (item: INodeExecutionData, key: string) => await Container.get(BinaryDataService).getAsBuffer(item.binary![key]);
			it.each(['newest', 'legacy'] as const)('Include Photo and Signature adds the cut-out images as binary properties, never JSON (%s spelling)', async (spelling) => {
				suite.sandbox.setOptions({ spelling });
				const item = only((await run({ options: { includeImages: true } })).byOutput.Success);
				const keys = spec.images!.map((image) => image.key).filter((key) => valueOf(fixture.read[key]) !== '');
				expect(Object.keys(item.binary ?? {})).toEqual(['data', ...keys]);
				for (const key of keys) expect((await bytesOf(item, key)).equals(Buffer.from(valueOf(fixture.read[key]), 'base64'))).toBe(true);
				expectNoImagesIn(item.json, images);
			});
		}
	});
}
