import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BpkbPage } from '../helpers/bpkbSpec';
import { fullSampleReading, singlePageSampleReading, type DocumentReading } from './envelopes';

/**
 * The sandbox "reads" only the documents in samples/: it knows them by SHA-256 and answers with
 * the vendor's sample reading. Any other valid file reads as a document with nothing on it.
 */

export const DEFAULT_SAMPLES_DIRECTORY = resolve(__dirname, '..', '..', 'samples');

const KNOWN_SAMPLES: ReadonlyArray<readonly [string, () => DocumentReading]> = [
	['bpkb-sample.pdf', fullSampleReading],
	...([1, 2, 3, 4] as BpkbPage[]).map(
		(page) => [`bpkb-page-${page}.png`, () => singlePageSampleReading(page)] as const,
	),
];

/** sha256 -> how to read that document. A missing sample file is simply not recognised. */
export function loadSampleDocuments(directory = DEFAULT_SAMPLES_DIRECTORY): Map<string, () => DocumentReading> {
	const documents = new Map<string, () => DocumentReading>();
	for (const [fileName, reading] of KNOWN_SAMPLES) {
		const path = join(directory, fileName);
		if (existsSync(path)) {
			documents.set(createHash('sha256').update(readFileSync(path)).digest('hex'), reading);
		}
	}
	return documents;
}
