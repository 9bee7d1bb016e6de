import type { Readable } from 'node:stream';

import { MEGABYTE } from './byteSize';

/**
 * The most of GLAIR's answer the node reads. The largest real answers carry images as base64: a
 * KTP's face and signature crops (tens to hundreds of KB each) and, from `ktp/qualities`, a
 * `fixed_image` that may be the whole picture turned upright: at most about 27 MB for a 20 MB
 * upload (Max File Size's default), since base64 is 4/3 of the bytes. 64 MB leaves more than twice
 * that, and still stops a broken or hostile server from growing the process by whatever it sends
 * (a 400 MB answer would otherwise be held in memory, then parsed).
 */
export const MAX_ANSWER_BYTES = 64 * MEGABYTE;

/** The answer was larger than the cap: it was not read (the connection is closed instead). */
export class AnswerTooLargeError extends Error {
	constructor(
		readonly maxBytes: number,
		readonly httpStatus: number,
		readonly requestId: string | null,
	) {
		super('the answer is over the size limit');
		this.name = 'AnswerTooLargeError';
	}
}

/**
 * Reads an answer's body as UTF-8 text, no more than `maxBytes` of it: an answer that declares a
 * larger Content-Length is refused before its body is read, one that runs past the cap is cut
 * off there. Either way the body is destroyed and AnswerTooLargeError thrown.
 */
export async function readAnswerText(
	body: Readable,
	answer: { httpStatus: number; requestId: string | null; contentLength: string | undefined },
	maxBytes: number,
): Promise<string> {
	const tooLarge = () => {
		body.on('error', () => {});
		body.destroy();
		return new AnswerTooLargeError(maxBytes, answer.httpStatus, answer.requestId);
	};
	const declared = Number(answer.contentLength);
	if (answer.contentLength !== undefined && Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
	const chunks: Buffer[] = [];
	let length = 0;
	for await (const chunk of body) {
		length += (chunk as Buffer).length;
		if (length > maxBytes) throw tooLarge();
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks, length).toString('utf8');
}
