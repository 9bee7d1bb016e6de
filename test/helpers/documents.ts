import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { FixtureDocument, FixtureFile } from './fixtureRegistry';

const SAMPLES = join(__dirname, '..', '..', 'samples');

/** A file from samples/, as an upstream node would hand it over. */
export function sample(fileName: string, overrides: Partial<FixtureFile> = {}): FixtureFile {
	const mimeType = fileName.endsWith('.pdf') ? 'application/pdf' : fileName.endsWith('.gif') ? 'image/gif' : 'image/png';
	return { bytes: readFileSync(join(SAMPLES, fileName)), fileName, mimeType, ...overrides };
}

/** One input item holding one file in the `data` field. */
export function itemWith(file: FixtureFile, field = 'data'): FixtureDocument {
	return { files: { [field]: file } };
}
