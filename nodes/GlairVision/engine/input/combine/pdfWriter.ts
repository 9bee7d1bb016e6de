/**
 * The one PDF writer: numbered objects in order, an xref table with each object's exact byte
 * offset, a trailer. Nothing is compressed, so the same objects give the same bytes anywhere.
 *
 * A stream's bytes are either known when the PDF is laid out (text, such as a page's content
 * stream) or only their length, with a `source` the caller streams later (a photo, read again
 * as the PDF is sent): laying out gives the file's exact size before any such source is read.
 * The sample generator (test/samples/pdf.ts) writes its specimen PDF with it too.
 */

export interface PdfObject<Source = never> {
	/** The dictionary's entries, between << and >>; a stream's /Length is added to them. */
	entries: string;
	/** Text (latin1) written now, or bytes of a known length the caller supplies when streaming. */
	stream?: string | { length: number; source: Source };
}

/** The PDF in order: bytes written here, and the places where a source's bytes go. */
export type PdfPiece<Source> = { bytes: Buffer } | { source: Source; length: number };

export interface PdfLayout<Source> {
	pieces: Array<PdfPiece<Source>>;
	/** The file's length in bytes, sources included. */
	size: number;
}

export interface PdfTrailer {
	/** The catalog's object number. */
	root: number;
	/** The document information dictionary's object number, if there is one. */
	info?: number;
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');

/** Lays out objects numbered 1, 2, ... in the order given. Pure. */
export function layOutPdf<Source>(
	version: '1.4' | '1.5',
	objects: ReadonlyArray<PdfObject<Source>>,
	trailer: PdfTrailer,
): PdfLayout<Source> {
	const pieces: Array<PdfPiece<Source>> = [];
	let size = 0;
	const write = (text: string) => {
		const bytes = latin1(text);
		pieces.push({ bytes });
		size += bytes.length;
	};
	const offsets: number[] = [];

	// The binary comment line tells transfer tools the file is not plain text.
	write(`%PDF-${version}\n%\xe2\xe3\xcf\xd3\n`);
	objects.forEach((object, index) => {
		const id = index + 1;
		offsets[id] = size;
		const { stream } = object;
		if (stream === undefined) {
			write(`${id} 0 obj\n<< ${object.entries} >>\nendobj\n`);
			return;
		}
		const length = typeof stream === 'string' ? Buffer.byteLength(stream, 'latin1') : stream.length;
		const entries = object.entries === '' ? `/Length ${length}` : `${object.entries} /Length ${length}`;
		if (typeof stream === 'string') {
			write(`${id} 0 obj\n<< ${entries} >>\nstream\n${stream}\nendstream\nendobj\n`);
			return;
		}
		write(`${id} 0 obj\n<< ${entries} >>\nstream\n`);
		pieces.push({ source: stream.source, length });
		size += length;
		write('\nendstream\nendobj\n');
	});

	const count = objects.length + 1;
	const startXref = size;
	// Each xref entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, space, LF.
	const entries = ['0000000000 65535 f \n'];
	for (let id = 1; id < count; id++) entries.push(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
	const info = trailer.info === undefined ? '' : ` /Info ${trailer.info} 0 R`;
	write(
		`xref\n0 ${count}\n${entries.join('')}trailer\n<< /Size ${count} /Root ${trailer.root} 0 R${info} >>\n` +
			`startxref\n${startXref}\n%%EOF\n`,
	);
	return { pieces, size };
}
