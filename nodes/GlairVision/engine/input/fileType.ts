/**
 * What a file really is, from its first bytes. Email clients and scanners get names and mime
 * types wrong often enough that GLAIR's accepted types are decided here by content.
 */

import type { DocumentFileType } from '../../documents/spec';

export type { DocumentFileType };

/** How a person names each type in a message. */
export const TYPE_NAMES: Record<DocumentFileType, string> = { png: 'PNG', jpeg: 'JPEG', tiff: 'TIFF', pdf: 'PDF' };

/** The types a document takes, as a person lists them: "PNG, JPEG and PDF" or "PNG, JPEG or PDF". */
export function typeList(types: readonly DocumentFileType[], conjunction: 'and' | 'or'): string {
	const names = types.map((type) => TYPE_NAMES[type]);
	return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}

export const MIME_TYPES: Record<DocumentFileType, string> = {
	png: 'image/png',
	jpeg: 'image/jpeg',
	tiff: 'image/tiff',
	pdf: 'application/pdf',
};

/** How many leading bytes `sniffFileType` needs to see. */
export const SNIFF_BYTES = 16;

export type SniffResult =
	| { kind: 'document'; type: DocumentFileType }
	| { kind: 'corruptPdf' }
	| { kind: 'other'; description: string };

const startsWith = (head: Uint8Array, signature: number[]) =>
	signature.every((byte, index) => head[index] === byte);

function describeOther(head: Uint8Array): string {
	const ascii = Buffer.from(head).toString('latin1');
	if (ascii.startsWith('GIF8')) return 'a GIF image';
	if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return 'a WebP image';
	if (ascii.startsWith('BM')) return 'a BMP image';
	if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'a ZIP or Office file';
	if (ascii.slice(4, 12).includes('ftyphei') || ascii.slice(4, 12).includes('ftypmif1'))
		return 'a HEIC photo';
	if (/^\s*</.test(ascii)) return 'an HTML or XML text';
	return 'not a PNG, JPEG, TIFF or PDF';
}

export function sniffFileType(head: Uint8Array): SniffResult {
	if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'document', type: 'png' };
	if (startsWith(head, [0xff, 0xd8, 0xff])) return { kind: 'document', type: 'jpeg' };
	if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a]))
		return { kind: 'document', type: 'tiff' };
	const ascii = Buffer.from(head).toString('latin1');
	if (ascii.startsWith('%PDF')) {
		return /^%PDF-\d\.\d/.test(ascii) ? { kind: 'document', type: 'pdf' } : { kind: 'corruptPdf' };
	}
	return { kind: 'other', description: describeOther(head) };
}

/** A PDF ends with `%%EOF` (scanners may add a few bytes after it); a cut-off download does not. */
export function pdfTailIsComplete(tail: Uint8Array): boolean {
	return Buffer.from(tail).includes('%%EOF', 0, 'latin1');
}

export const PDF_TAIL_BYTES = 1024;
