import busboy from 'busboy';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { PdfImageScanner, type PageImages } from './assembledPdf';
import { SIGNATURE_LENGTH, detectFileType, type DetectedFileType } from './fileType';

/**
 * Reads a multipart upload as it streams in: the `image` part is hashed and measured chunk by
 * chunk and never held in memory, so a 100 MB scan costs no more than a 100 KB one.
 */

export interface ImagePart {
	fileName: string;
	/** The Content-Type the client gave the part, which may well be wrong. */
	contentType: string;
	bytes: number;
	sha256: string;
	detectedType: DetectedFileType;
	/** For a PDF: the SHA-256 of each page's images, hashed as they streamed (see assembledPdf.ts). */
	pdfPageImages?: PageImages;
}

export interface Upload {
	image?: ImagePart;
	/** The `page` part as sent, not yet validated. */
	page?: string;
	/** The body could not be parsed as multipart/form-data at all. */
	notMultipart: boolean;
}

export interface UploadObserver {
	/** The image part's headers are parsed and none of its bytes has been read yet. */
	onImageStart?(fileName: string, contentType: string): void;
	/** Called after each chunk of the image part with the running total. */
	onImageBytes?(bytesSoFar: number): void;
}

/** A `page` sent as a file part is read as text, but never more than this. */
const MAX_PAGE_PART_BYTES = 64;
/** A text part of the face and identity endpoints (a name, an address) is read up to this. */
const MAX_TEXT_PART_BYTES = 4096;

/** What to do with each part as it arrives; a promise keeps the body "unread" until it settles. */
interface PartHandlers {
	file(name: string, stream: Readable, info: busboy.FileInfo): Promise<void> | void;
	field(name: string, value: string): void;
}

/**
 * Streams a multipart body through busboy. Resolves with false once every part is handled, with
 * true when the body is not multipart/form-data at all (then it is read and dropped); rejects when
 * the client goes away mid-body.
 */
function parseMultipart(request: IncomingMessage, handlers: PartHandlers, fieldSize?: number): Promise<boolean> {
	return new Promise((resolve, reject) => {
		let parser: busboy.Busboy;
		try {
			parser = busboy({ headers: request.headers, ...(fieldSize ? { limits: { fieldSize } } : {}) });
		} catch {
			// busboy refuses a missing or non-multipart Content-Type before reading anything.
			drain(request).then(() => resolve(true), reject);
			return;
		}
		const pendingParts: Array<Promise<void> | void> = [];
		parser.on('file', (name, stream, info) => pendingParts.push(handlers.file(name, stream, info)));
		parser.on('field', (name, value) => handlers.field(name, value));
		parser.on('close', () => {
			Promise.all(pendingParts).then(() => resolve(false), reject);
		});
		parser.on('error', (error) => {
			request.unpipe(parser);
			// A complete body that is not valid multipart: answer as if no file came.
			if (request.complete) resolve(true);
			else reject(error);
		});
		request.on('close', () => {
			if (!request.complete) reject(new Error('client went away before the body was read'));
		});
		request.pipe(parser);
	});
}

/** Resolves once the whole body is read; rejects when the client goes away mid-body. */
export async function readUpload(request: IncomingMessage, observer: UploadObserver = {}): Promise<Upload> {
	const upload: Upload = { notMultipart: false };
	const notMultipart = await parseMultipart(request, {
		file: async (name, stream, info) => {
			if (name === 'image' && !upload.image) {
				upload.image = await hashImagePart(stream, info.filename ?? '', info.mimeType, observer);
			} else if (name === 'page' && upload.page === undefined) {
				upload.page = await readSmallText(stream, MAX_PAGE_PART_BYTES);
			} else {
				stream.resume();
			}
		},
		field: (name, value) => {
			if (name === 'page' && upload.page === undefined) upload.page = value;
		},
	});
	return notMultipart ? { notMultipart: true } : upload;
}

/**
 * The face and identity endpoints' form: several named file parts (`stored_image`,
 * `captured_image`, `image`, `face_image`), each hashed as it streams like the OCR's `image`, and
 * text parts (`gesture-code`, `nik`, `name`, ...), a text part sent as a file read as text.
 */
export interface Form {
	files: Map<string, ImagePart>;
	fields: Map<string, string>;
	notMultipart: boolean;
}

export async function readForm(request: IncomingMessage, fileParts: readonly string[]): Promise<Form> {
	const form: Form = { files: new Map(), fields: new Map(), notMultipart: false };
	const taken = (name: string) => form.files.has(name) || form.fields.has(name);
	form.notMultipart = await parseMultipart(
		request,
		{
			file: async (name, stream, info) => {
				if (taken(name)) stream.resume();
				else if (fileParts.includes(name)) form.files.set(name, await hashImagePart(stream, info.filename ?? '', info.mimeType, {}));
				else form.fields.set(name, await readSmallText(stream, MAX_TEXT_PART_BYTES));
			},
			field: (name, value) => {
				if (!taken(name)) form.fields.set(name, value);
			},
		},
		MAX_TEXT_PART_BYTES,
	);
	return form;
}

function hashImagePart(
	stream: Readable,
	fileName: string,
	contentType: string,
	observer: UploadObserver,
): Promise<ImagePart> {
	observer.onImageStart?.(fileName, contentType);
	const hash = createHash('sha256');
	let bytes = 0;
	let leadingBytes = Buffer.alloc(0);
	const pdfImages = new PdfImageScanner(); // idle unless the part starts with %PDF-
	return new Promise((resolve, reject) => {
		stream.on('data', (chunk: Buffer) => {
			hash.update(chunk);
			pdfImages.write(chunk);
			bytes += chunk.length;
			if (leadingBytes.length < SIGNATURE_LENGTH) {
				leadingBytes = Buffer.concat([leadingBytes, chunk.subarray(0, SIGNATURE_LENGTH)]);
			}
			observer.onImageBytes?.(bytes);
		});
		stream.on('end', () =>
			resolve({
				fileName,
				contentType,
				bytes,
				sha256: hash.digest('hex'),
				detectedType: detectFileType(leadingBytes),
				pdfPageImages: pdfImages.end(),
			}),
		);
		stream.on('error', reject);
	});
}

function readSmallText(stream: Readable, maxBytes: number): Promise<string> {
	let text = Buffer.alloc(0);
	return new Promise((resolve, reject) => {
		stream.on('data', (chunk: Buffer) => {
			if (text.length < maxBytes) text = Buffer.concat([text, chunk]).subarray(0, maxBytes);
		});
		stream.on('end', () => resolve(text.toString('utf8')));
		stream.on('error', reject);
	});
}

/** Reads and discards the rest of a body, so the connection can carry the next request. */
export function drain(request: IncomingMessage): Promise<void> {
	return new Promise((resolve, reject) => {
		if (request.complete) {
			resolve();
			return;
		}
		request.on('end', resolve);
		request.on('close', () => (request.complete ? resolve() : reject(new Error('client went away'))));
		request.resume();
	});
}
