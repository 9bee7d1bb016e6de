import FormData from 'form-data';
import { PassThrough, type Readable } from 'node:stream';

import { MEGABYTE } from './byteSize';

/** A file ready to upload. `open` gives a fresh body each time: a sent stream is spent. */
export interface UploadSource {
	fileName: string;
	mimeType: string;
	size: number;
	open(): Promise<Readable | Buffer>;
}

/** One part of a multipart/form-data body: a file (sent under its own name and type) or a text field. */
export type FormPart = { name: string; file: UploadSource } | { name: string; text: string };

export interface MultipartBody {
	body: Readable | Buffer;
	headers: Record<string, string>;
	/**
	 * Ends every file this body opened. Call it once the exchange is over, whichever way: a request
	 * aborted mid-upload (Stop, a timeout, a reset) leaves a half-read file stream that nothing
	 * else closes (the binary store's file handle would wait for the garbage collector).
	 */
	dispose(): void;
}

/**
 * Up to this size a file is read whole into memory and, when every file of the body is, the body
 * is sent as one buffer (one write to the socket); above it, the file streams through. A few of
 * these in flight at once cost little memory, and for a typical scan the stream plumbing
 * (form-data's combined stream, a PassThrough, a chunk per hop) costs more CPU than the bytes.
 */
export const BUFFERED_UPLOAD_MAX_BYTES = MEGABYTE;

/**
 * Reads a small stream whole, stopping past `size` bytes (the declared Content-Length then fails
 * the request, as it would fail a stream that runs long). Stopping the execution (or the attempt's
 * timeout) ends the read at once, with the signal's reason, as it would end the upload.
 */
async function readWhole(stream: Readable, size: number, signal: AbortSignal | undefined): Promise<Buffer> {
	const onAbort = () => stream.destroy(signal!.reason as Error);
	if (signal?.aborted) onAbort();
	signal?.addEventListener('abort', onAbort, { once: true });
	try {
		const chunks: Buffer[] = [];
		let length = 0;
		for await (const chunk of stream) {
			chunks.push(chunk as Buffer);
			length += (chunk as Buffer).length;
			if (length > size) break;
		}
		return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
	} finally {
		signal?.removeEventListener('abort', onAbort);
	}
}

function destroyAll(streams: readonly Readable[]): void {
	for (const stream of streams) {
		// An error after the end is nobody's business: the exchange is over.
		stream.on('error', () => {});
		stream.destroy();
	}
}

/**
 * Builds a multipart/form-data body from `parts`, in their order: each file under its real name
 * and type with its known length, each text field as given. The length is declared up front
 * (from the files' sizes) so the server sees a Content-Length; a file larger than
 * BUFFERED_UPLOAD_MAX_BYTES streams through without being held in memory. Every file is opened
 * afresh, so a retry sends the same bytes again.
 */
export async function buildMultipartForm(parts: readonly FormPart[], signal?: AbortSignal): Promise<MultipartBody> {
	const form = new FormData();
	const opened: Readable[] = [];
	let streamed = false;
	let complete = false;
	try {
		for (const part of parts) {
			if (!('file' in part)) {
				form.append(part.name, part.text);
				continue;
			}
			const { file } = part;
			const content = await file.open();
			if (!Buffer.isBuffer(content)) opened.push(content);
			const small = file.size <= BUFFERED_UPLOAD_MAX_BYTES;
			streamed ||= !small;
			form.append(part.name, small && !Buffer.isBuffer(content) ? await readWhole(content, file.size, signal) : content, {
				filename: file.fileName,
				contentType: file.mimeType,
				knownLength: file.size,
			});
		}
		complete = true;
	} finally {
		// A file that cannot be opened or read leaves the ones before it open: close them.
		if (!complete) destroyAll(opened);
	}

	const headers: Record<string, string> = {
		...(form.getHeaders() as Record<string, string>),
		// From the declared sizes, as when streaming: a file that is not that long fails the same way.
		'content-length': String(form.getLengthSync()),
	};
	const dispose = () => destroyAll(opened);
	if (!streamed) return { body: form.getBuffer(), headers, dispose };
	// form-data is a classic stream; undici wants a modern Readable.
	const body = new PassThrough();
	form.on('error', (error: Error) => body.destroy(error));
	form.pipe(body);
	return { body, headers, dispose: () => destroyAll([body, ...opened]) };
}

/** The parts of a GLAIR OCR read: the file as `image` and, when one page is asked for, `page`. */
export function ocrParts(upload: UploadSource, page: number | undefined): FormPart[] {
	return [{ name: 'image', file: upload }, ...(page === undefined ? [] : [{ name: 'page', text: String(page) }])];
}

/** The body of a GLAIR OCR read (see ocrParts). */
export async function buildMultipartBody(upload: UploadSource, page: number | undefined, signal?: AbortSignal): Promise<MultipartBody> {
	return await buildMultipartForm(ocrParts(upload, page), signal);
}
