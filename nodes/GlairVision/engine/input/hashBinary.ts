import { BINARY_ENCODING, type IBinaryData, type IExecuteFunctions } from 'n8n-workflow';

import { hashWhileReading, StreamingSha256 } from './sha256';

/**
 * The SHA-256 of a file that is not uploaded (refused before any request): one streamed read, so
 * the error row still carries the key a sheet matches rows on.
 */
export async function hashBinary(context: IExecuteFunctions, itemIndex: number, binaryField: string, given?: IBinaryData): Promise<string> {
	const binary = given ?? context.getInputData()[itemIndex].binary?.[binaryField];
	if (!binary) return '';
	const sha256 = new StreamingSha256();
	const content = binary.id
		? await context.helpers.getBinaryStream(binary.id)
		: given
			? Buffer.from(given.data, BINARY_ENCODING)
			: await context.helpers.getBinaryDataBuffer(itemIndex, binaryField);
	const hashed = hashWhileReading(content, sha256);
	if (!Buffer.isBuffer(hashed)) for await (const chunk of hashed) void chunk;
	return sha256.finish();
}
