import FormData from 'form-data';
import { PassThrough, type Readable } from 'node:stream';

/** A document ready to upload. `open` gives a fresh body each time: a sent stream is spent. */
export interface UploadSource {
	fileName: string;
	mimeType: string;
	size: number;
	open(): Promise<Readable | Buffer>;
}

export interface MultipartBody {
	body: Readable | Buffer;
	headers: Record<string, string>;
}

/**
 * Up to this size a file is sent as one buffer (the whole body built in memory, one write to the
 * socket); above it, it streams through. A few of these in flight at once cost little memory,
 * and for a typical scan the stream plumbing (form-data's combined stream, a PassThrough, a
 * chunk per hop) costs more CPU than the bytes themselves.
 */
export const BUFFERED_UPLOAD_MAX_BYTES = 1024 * 1024;

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

/**
 * Builds GLAIR's multipart body: the file as part `image` (real name and type, known length)
 * and, when one page is asked for, part `page`. The length is declared up front (from the
 * upload's size) so the server sees a Content-Length; a file larger than
 * BUFFERED_UPLOAD_MAX_BYTES streams through without being held in memory.
 */
export async function buildMultipartBody(
	upload: UploadSource,
	page: number | undefined,
	signal?: AbortSignal,
): Promise<MultipartBody> {
	const form = new FormData();
	const opened = await upload.open();
	const small = upload.size <= BUFFERED_UPLOAD_MAX_BYTES;
	const content = small && !Buffer.isBuffer(opened) ? await readWhole(opened, upload.size, signal) : opened;
	form.append('image', content, {
		filename: upload.fileName,
		contentType: upload.mimeType,
		knownLength: upload.size,
	});
	if (page !== undefined) form.append('page', String(page));

	const headers: Record<string, string> = {
		...(form.getHeaders() as Record<string, string>),
		// From the declared size, as when streaming: a file that is not that long fails the same way.
		'content-length': String(form.getLengthSync()),
	};
	if (small) return { body: form.getBuffer(), headers };
	// form-data is a classic stream; undici wants a modern Readable.
	const body = new PassThrough();
	form.on('error', (error: Error) => body.destroy(error));
	form.pipe(body);
	return { body, headers };
}
