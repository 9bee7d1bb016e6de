import type { IExecuteFunctions } from 'n8n-workflow';
import type { Readable } from 'node:stream';

import type { UploadSource } from '../transport/multipart';
import {
	MIME_TYPES,
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

const MEGABYTE = 1024 * 1024;

/**
 * Reads head and (for PDFs) tail without holding the file: the store may be a disk, S3 or a
 * database, and a scan may be large.
 */
async function inspectStream(stream: Readable): Promise<{ head: Buffer; tail: Buffer }> {
	let head = Buffer.alloc(0);
	let tail = Buffer.alloc(0);
	for await (const chunk of stream) {
		const bytes = chunk as Buffer;
		if (head.length < SNIFF_BYTES) head = Buffer.concat([head, bytes.subarray(0, SNIFF_BYTES - head.length)]);
		tail = Buffer.concat([tail, bytes]).subarray(-PDF_TAIL_BYTES);
		// Only a PDF's tail matters; anything else is judged by its head alone.
		if (head.length >= SNIFF_BYTES && !head.toString('latin1').startsWith('%PDF')) break;
	}
	stream.destroy();
	return { head, tail };
}

function displayName(fileName: string | undefined, binaryField: string): string {
	return fileName && fileName.trim() !== '' ? fileName : binaryField;
}

/**
 * Checks one binary field of an item and turns it into something the transport can send
 * as often as it needs to. Everything wrong with the input is reported here, per document,
 * before a request is made.
 */
export async function prepareDocument(
	context: IExecuteFunctions,
	itemIndex: number,
	binaryField: string,
	maxFileSizeMb: number,
): Promise<PreparedDocument> {
	const binary = context.getInputData()[itemIndex].binary?.[binaryField];
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
	let head: Buffer;
	let tail: Buffer;
	let open: () => Promise<Readable | Buffer>;
	if (binary.id) {
		const id = binary.id;
		size = (await context.helpers.getBinaryMetadata(id)).fileSize;
		open = async () => await context.helpers.getBinaryStream(id);
		if (size > 0 && size <= maxFileSizeMb * MEGABYTE) {
			const peek = await context.helpers.getBinaryStream(id);
			({ head, tail } = await inspectStream(peek));
		} else {
			head = tail = Buffer.alloc(0);
		}
	} else {
		const buffer = await context.helpers.getBinaryDataBuffer(itemIndex, binaryField);
		size = buffer.length;
		head = buffer.subarray(0, SNIFF_BYTES);
		tail = buffer.subarray(-PDF_TAIL_BYTES);
		open = async () => buffer;
	}

	if (size === 0) {
		return reject('NO_FILE', `"${fileName}" is empty (0 bytes). Check that the email or upload carried the file itself, not just its name.`);
	}
	if (size > maxFileSizeMb * MEGABYTE) {
		const sizeMb = (size / MEGABYTE).toFixed(1);
		return reject(
			'FILE_INVALID_FORMAT',
			`"${fileName}" is ${sizeMb} MB, over the ${maxFileSizeMb} MB limit set in Max File Size (MB). Scan at a lower resolution, or raise the limit if GLAIR accepts larger files for your account.`,
		);
	}

	const sniffed = sniffFileType(head);
	if (sniffed.kind === 'corruptPdf') {
		return reject('FILE_INVALID_FORMAT', `"${fileName}" starts like a PDF but its header is damaged. Re-export or re-scan the document.`);
	}
	if (sniffed.kind === 'other') {
		return reject(
			'FILE_INVALID_FORMAT',
			`"${fileName}" is ${sniffed.description}, whatever its name says. GLAIR reads PNG, JPEG, TIFF and PDF: convert the file or send the original scan.`,
			sniffed.description,
		);
	}
	if (sniffed.type === 'pdf' && !pdfTailIsComplete(tail)) {
		return reject('FILE_INVALID_FORMAT', `"${fileName}" is a PDF that is cut short (no end-of-file marker), often a download that did not finish. Send the complete file.`);
	}

	return {
		kind: 'ready',
		fileName,
		upload: { fileName, mimeType: MIME_TYPES[sniffed.type], size, open },
	};
}
