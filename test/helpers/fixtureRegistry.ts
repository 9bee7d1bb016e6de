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

const parcels = new Map<string, unknown>();
let counter = 0;

/**
 * Hands a value to a test-only node by a key in its parameters, without putting bytes into node
 * parameters. Each key can be taken once.
 */
export function handOver(value: unknown): string {
	const key = `parcel-${++counter}`;
	parcels.set(key, value);
	return key;
}

export function takeHandedOver<T>(key: string): T {
	if (!parcels.has(key)) throw new Error(`Nothing was handed over under ${key}`);
	const value = parcels.get(key) as T;
	parcels.delete(key);
	return value;
}

/** Hands documents to the Fixture Source node. */
export function registerFixture(documents: FixtureDocument[]): string {
	return handOver(documents);
}

export function takeFixture(key: string): FixtureDocument[] {
	return takeHandedOver<FixtureDocument[]>(key);
}
