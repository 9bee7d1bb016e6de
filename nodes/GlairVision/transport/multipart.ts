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
	body: Readable;
	headers: Record<string, string>;
}

/**
 * Builds GLAIR's multipart body: the file as part `image` (real name and type, known length)
 * and, when one page is asked for, part `page`. The length is declared up front so the file
 * streams through without being held in memory and the server sees a Content-Length.
 */
export async function buildMultipartBody(
	upload: UploadSource,
	page: number | undefined,
): Promise<MultipartBody> {
	const form = new FormData();
	const content = await upload.open();
	form.append('image', content, {
		filename: upload.fileName,
		contentType: upload.mimeType,
		knownLength: upload.size,
	});
	if (page !== undefined) form.append('page', String(page));

	const headers: Record<string, string> = {
		...(form.getHeaders() as Record<string, string>),
		'content-length': String(form.getLengthSync()),
	};
	// form-data is a classic stream; undici wants a modern Readable.
	const body = new PassThrough();
	form.on('error', (error: Error) => body.destroy(error));
	form.pipe(body);
	return { body, headers };
}
