import { BINARY_ENCODING, type IBinaryData, type IExecuteFunctions } from 'n8n-workflow';
import type { Readable } from 'node:stream';

import { hashWhileReading, StreamingSha256 } from './sha256';

/** The file a job reads: `given` (a URL's download, in n8n's store), else the item's binary field. */
export function binaryOf(context: IExecuteFunctions, itemIndex: number, binaryField: string, given?: IBinaryData): IBinaryData | undefined {
	return given ?? context.getInputData()[itemIndex].binary?.[binaryField];
}

/**
 * A binary's bytes: streamed from n8n's binary store (filesystem, S3, database), or, in n8n's
 * in-memory mode, the base64 the binary carries itself.
 */
export async function openBinary(context: IExecuteFunctions, binary: IBinaryData): Promise<Readable | Buffer> {
	return binary.id ? await context.helpers.getBinaryStream(binary.id) : Buffer.from(binary.data, BINARY_ENCODING);
}

/**
 * The SHA-256 of a file that is not uploaded (refused before any request): one streamed read, so
 * the error row still carries the key a sheet matches rows on.
 */
export async function hashBinary(context: IExecuteFunctions, itemIndex: number, binaryField: string, given?: IBinaryData): Promise<string> {
	const binary = binaryOf(context, itemIndex, binaryField, given);
	if (!binary) return '';
	const sha256 = new StreamingSha256();
	const hashed = hashWhileReading(await openBinary(context, binary), sha256);
	if (!Buffer.isBuffer(hashed)) for await (const chunk of hashed) void chunk;
	return sha256.finish();
}
