/**
 * Reads a PDF the node wrote (pdfWriter.ts) the way a reader starts: from `startxref` to the xref table,
 * and from each entry's offset to its object. Test-side only, and strict: an offset that does not
 * land on "<id> 0 obj" or a /Length that does not end at "endstream" fails the test.
 */

export interface PdfObject {
	id: number;
	dictionary: string;
	stream?: Buffer;
}

export function readPdfObjects(pdf: Buffer): Map<number, PdfObject> {
	const text = pdf.toString('latin1');
	const tail = /startxref\n(\d+)\n%%EOF\n$/.exec(text);
	if (!tail) throw new Error('no startxref / %%EOF at the end');
	const xrefAt = Number(tail[1]);
	const xref = /^xref\n0 (\d+)\n/.exec(text.slice(xrefAt));
	if (!xref) throw new Error(`startxref ${xrefAt} does not point at an xref table`);
	const count = Number(xref[1]);
	const entriesAt = xrefAt + xref[0].length;
	const objects = new Map<number, PdfObject>();
	for (let id = 1; id < count; id++) {
		const entry = text.slice(entriesAt + id * 20, entriesAt + (id + 1) * 20);
		if (!/^\d{10} 00000 n \n$/.test(entry)) throw new Error(`xref entry ${id} is malformed: ${JSON.stringify(entry)}`);
		const offset = Number(entry.slice(0, 10));
		const head = `${id} 0 obj\n`;
		if (!text.startsWith(head, offset)) throw new Error(`xref entry ${id} points at ${offset}, not at its object`);
		const bodyAt = offset + head.length;
		const streamAt = text.indexOf('\nstream\n', bodyAt);
		const endObjAt = text.indexOf('\nendobj\n', bodyAt);
		if (streamAt !== -1 && streamAt < endObjAt) {
			const dictionary = text.slice(bodyAt, streamAt);
			const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1]);
			const dataAt = streamAt + '\nstream\n'.length;
			if (!text.startsWith('\nendstream\nendobj\n', dataAt + length)) {
				throw new Error(`object ${id}'s /Length ${length} does not end at endstream`);
			}
			objects.set(id, { id, dictionary, stream: pdf.subarray(dataAt, dataAt + length) });
		} else {
			objects.set(id, { id, dictionary: text.slice(bodyAt, endObjAt) });
		}
	}
	const trailer = /trailer\n<< \/Size (\d+) \/Root (\d+) 0 R(?: \/Info \d+ 0 R)? >>/.exec(text.slice(xrefAt));
	if (Number(trailer?.[1]) !== count) throw new Error('trailer /Size is not the xref count');
	return objects;
}

export interface PdfPage {
	dictionary: string;
	mediaBox: number[];
	image: PdfObject;
}

/** The pages in /Kids order, each with the one image XObject it draws. */
export function readPdfPages(pdf: Buffer): PdfPage[] {
	const objects = readPdfObjects(pdf);
	const catalog = [...objects.values()].find((object) => object.dictionary.includes('/Type /Catalog'));
	const pagesId = Number(/\/Pages (\d+) 0 R/.exec(catalog?.dictionary ?? '')?.[1]);
	const pages = objects.get(pagesId) as PdfObject;
	const kids = [...(/\/Kids \[([^\]]*)\]/.exec(pages.dictionary)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
	if (Number(/\/Count (\d+)/.exec(pages.dictionary)?.[1]) !== kids.length) throw new Error('/Count is not the number of /Kids');
	return kids.map((id) => {
		const page = objects.get(id) as PdfObject;
		const imageId = Number(/\/XObject << \/Im1 (\d+) 0 R >>/.exec(page.dictionary)?.[1]);
		return {
			dictionary: page.dictionary,
			mediaBox: (/\/MediaBox \[([^\]]*)\]/.exec(page.dictionary)?.[1] ?? '').split(' ').map(Number),
			image: objects.get(imageId) as PdfObject,
		};
	});
}
