import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DocumentSpec } from '../../nodes/GlairVision/documents/spec';
import { sandboxDocument, type Qualities } from './documents';
import type { DocumentReading } from './envelopes';

/**
 * The sandbox "reads" only the documents in samples/: it knows them by SHA-256 and answers with
 * their sample reading, each on its own document's endpoint. Any other valid file (a KTP sent to
 * Read STNK too) reads as a document with nothing on it.
 */

export const DEFAULT_SAMPLES_DIRECTORY = resolve(__dirname, '..', '..', 'samples');

export interface KnownSample {
	reading: () => DocumentReading;
	qualities?: () => Qualities;
}

/** sha256 -> how to read that document, for one document type. A missing sample file is simply not recognised. */
export function loadSampleDocuments(spec: DocumentSpec, directory = DEFAULT_SAMPLES_DIRECTORY): Map<string, KnownSample> {
	const documents = new Map<string, KnownSample>();
	for (const sample of sandboxDocument(spec).samples) {
		const path = join(directory, sample.fileName);
		if (!existsSync(path)) continue;
		const bytes = readFileSync(path);
		const grade = sample.qualities;
		documents.set(createHash('sha256').update(bytes).digest('hex'), {
			reading: sample.reading,
			...(grade ? { qualities: () => grade(bytes) } : {}),
		});
	}
	return documents;
}
