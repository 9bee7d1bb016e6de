import type { IBinaryData, IExecuteFunctions } from 'n8n-workflow';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';

import { MEGABYTE, sizeAgainstLimit } from '../../transport/byteSize';
import { binaryOf, openBinary } from './binaryContent';
import { BUFFERED_UPLOAD_MAX_BYTES, type UploadSource } from '../../transport/multipart';
import {
	MIME_TYPES,
	TYPE_NAMES,
	typeList,
	type DocumentFileType,
	PDF_TAIL_BYTES,
	SNIFF_BYTES,
	pdfTailIsComplete,
	sniffFileType,
} from './fileType';

export type PreparedDocument =
	| { kind: 'ready'; fileName: string; upload: UploadSource }
	| {
			kind: 'rejected';
			status: 'NO_FILE' | 'FILE_INVALID_FORMAT';
			fileName: string;
			reason: string;
			/** True for a file that is simply not a document (a logo, a signature GIF). */
			notADocument: boolean;
			/** What the bytes are, in words, e.g. "a GIF image". */
			whatItIs?: string;
	  };

interface FileEnds {
	head: Buffer;
	tail: Buffer;
}

/** In filesystem mode the file is on local disk: two small positional reads, nothing streamed. */
async function readEndsFromDisk(path: string, size: number): Promise<FileEnds> {
	const file = await open(path, 'r');
	try {
		const head = Buffer.alloc(Math.min(SNIFF_BYTES, size));
		await file.read(head, 0, head.length, 0);
		const tail = Buffer.alloc(Math.min(PDF_TAIL_BYTES, size));
		await file.read(tail, 0, tail.length, size - tail.length);
		return { head, tail };
	} finally {
		await file.close();
	}
}

/**
 * A small file on local disk is read once, whole: one open and one read of size + 1 bytes (so a
 * file longer than recorded still fails its Content-Length), then sniffed and sent from that buffer.
 * Streaming it instead costs more CPU (n8n's 64 KiB stream reads drive major GCs) than the bytes.
 */
async function readWholeFromDisk(path: string, size: number): Promise<Buffer> {
	const file = await open(path, 'r');
	try {
		const buffer = Buffer.allocUnsafe(size + 1);
		let length = 0;
		for (;;) {
			const { bytesRead } = await file.read(buffer, length, buffer.length - length, length);
			length += bytesRead;
			if (bytesRead === 0 || length === buffer.length) break;
		}
		return buffer.subarray(0, length);
	} finally {
		await file.close();
	}
}

/**
 * Elsewhere (S3, database) the file is streamed once, keeping only its first bytes and, for a
 * PDF, its last kilobyte in a fixed buffer: memory does not grow with the file.
 */
export async function readEndsFromStream(stream: Readable): Promise<FileEnds> {
	const head = Buffer.alloc(SNIFF_BYTES);
	const tail = Buffer.alloc(PDF_TAIL_BYTES);
	let headLength = 0;
	let tailLength = 0;
	for await (const chunk of stream) {
		const bytes = chunk as Buffer;
		if (headLength < SNIFF_BYTES) headLength += bytes.copy(head, headLength, 0, SNIFF_BYTES - headLength);
		if (bytes.length >= PDF_TAIL_BYTES) {
			bytes.copy(tail, 0, bytes.length - PDF_TAIL_BYTES);
			tailLength = PDF_TAIL_BYTES;
		} else {
			const keep = Math.min(tailLength, PDF_TAIL_BYTES - bytes.length);
			tail.copy(tail, 0, tailLength - keep, tailLength);
			bytes.copy(tail, keep);
			tailLength = keep + bytes.length;
		}
		// Only a PDF's tail matters; anything else is judged by its head alone.
		if (headLength >= SNIFF_BYTES && !head.toString('latin1').startsWith('%PDF')) break;
	}
	stream.destroy();
	return { head: head.subarray(0, headLength), tail: tail.subarray(0, tailLength) };
}

function displayName(fileName: string | undefined, binaryField: string): string {
	return fileName && fileName.trim() !== '' ? fileName : binaryField;
}

/**
 * Checks one binary field of an item (or `given`, a file that is not on the item, such as a URL's
 * download) and turns it into something the transport can send as often as it needs to.
 * Everything wrong with the input is reported here, per document, before a request is made.
 */
export async function prepareDocument(
	context: IExecuteFunctions,
	itemIndex: number,
	binaryField: string,
	maxFileSizeMb: number,
	accepted: readonly DocumentFileType[],
	given?: IBinaryData,
): Promise<PreparedDocument> {
	const binary = binaryOf(context, itemIndex, binaryField, given);
	if (!binary) {
		throw new Error(`No binary field "${binaryField}"`); // callers select existing fields only
	}
	const fileName = displayName(binary.fileName, binaryField);
	const reject = (status: 'NO_FILE' | 'FILE_INVALID_FORMAT', reason: string, whatItIs?: string): PreparedDocument => ({
		kind: 'rejected',
		status,
		fileName,
		reason,
		notADocument: whatItIs !== undefined,
		whatItIs,
	});

	let size: number;
	let ends: FileEnds;
	let openContent: () => Promise<Readable | Buffer>;
	if (binary.id) {
		const id = binary.id;
		// n8n 2.x records the size on the item; older versions only in the store's metadata.
		size = typeof binary.bytes === 'number' ? binary.bytes : (await context.helpers.getBinaryMetadata(id)).fileSize;
		openContent = async () => await openBinary(context, binary);
		if (size === 0 || size > maxFileSizeMb * MEGABYTE) {
			ends = { head: Buffer.alloc(0), tail: Buffer.alloc(0) };
		} else if (id.startsWith('filesystem') && size <= BUFFERED_UPLOAD_MAX_BYTES) {
			const whole = await readWholeFromDisk(context.helpers.getBinaryPath(id), size);
			const end = Math.min(size, whole.length);
			ends = { head: whole.subarray(0, SNIFF_BYTES), tail: whole.subarray(Math.max(0, end - PDF_TAIL_BYTES), end) };
			openContent = async () => whole;
		} else if (id.startsWith('filesystem')) {
			ends = await readEndsFromDisk(context.helpers.getBinaryPath(id), size);
		} else {
			ends = await readEndsFromStream((await openBinary(context, binary)) as Readable);
		}
	} else {
		// In n8n's in-memory mode the bytes are on the binary itself, as base64.
		const buffer = (await openBinary(context, binary)) as Buffer;
		size = buffer.length;
		ends = { head: buffer.subarray(0, SNIFF_BYTES), tail: buffer.subarray(-PDF_TAIL_BYTES) };
		openContent = async () => buffer;
	}
	const { head, tail } = ends;

	if (size === 0) {
		return reject('NO_FILE', `"${fileName}" is empty (0 bytes). Check that the email or upload carried the file itself, not just its name.`);
	}
	if (size > maxFileSizeMb * MEGABYTE) {
		const [shownSize, shownLimit] = sizeAgainstLimit(size, maxFileSizeMb * MEGABYTE);
		return reject(
			'FILE_INVALID_FORMAT',
			`"${fileName}" is ${shownSize}, over the ${shownLimit} limit set in Max File Size (MB). Scan at a lower resolution, or raise the limit if GLAIR accepts larger files for your account.`,
		);
	}

	const sniffed = sniffFileType(head);
	if (sniffed.kind === 'corruptPdf') {
		return reject('FILE_INVALID_FORMAT', `"${fileName}" starts like a PDF but its header is damaged. Re-export or re-scan the document.`);
	}
	if (sniffed.kind === 'other') {
		return reject(
			'FILE_INVALID_FORMAT',
			`"${fileName}" is ${sniffed.description}, whatever its name says. GLAIR reads ${typeList(accepted, 'and')} here: convert the file or send the original scan.`,
			sniffed.description,
		);
	}
	if (!accepted.includes(sniffed.type)) {
		return reject(
			'FILE_INVALID_FORMAT',
			`"${fileName}" is a ${TYPE_NAMES[sniffed.type]} file, but GLAIR reads only ${typeList(accepted, 'and')} for this document: convert it (e.g. take a photo of the card) and send that.`,
		);
	}
	if (sniffed.type === 'pdf' && !pdfTailIsComplete(tail)) {
		return reject('FILE_INVALID_FORMAT', `"${fileName}" is a PDF that is cut short (no end-of-file marker), often a download that did not finish. Send the complete file.`);
	}

	return {
		kind: 'ready',
		fileName,
		upload: { fileName, mimeType: MIME_TYPES[sniffed.type], size, open: openContent },
	};
}
