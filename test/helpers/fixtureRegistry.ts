import type { IDataObject } from 'n8n-workflow';

export interface FixtureFile {
	bytes: Buffer;
	fileName?: string;
	mimeType?: string;
	/** Keep the bytes inside the item instead of n8n's binary store. */
	inline?: boolean;
}

export interface FixtureDocument {
	json?: IDataObject;
	files?: Record<string, FixtureFile>;
}

const fixtures = new Map<string, FixtureDocument[]>();
let counter = 0;

/** Hands documents to the Fixture Source node without putting bytes into node parameters. */
export function registerFixture(documents: FixtureDocument[]): string {
	const key = `fixture-${++counter}`;
	fixtures.set(key, documents);
	return key;
}

export function takeFixture(key: string): FixtureDocument[] {
	const documents = fixtures.get(key);
	if (!documents) throw new Error(`Unknown fixture ${key}`);
	fixtures.delete(key);
	return documents;
}
