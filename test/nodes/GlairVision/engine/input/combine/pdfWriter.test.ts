import { layOutPdf, type PdfObject } from '../../../../../../nodes/GlairVision/engine/input/combine/pdfWriter';
import { readPdfObjects } from './pdfObjects';

/** The PDF with each source's bytes put in its place. */
function filled(pieces: ReturnType<typeof layOutPdf<Buffer>>['pieces']): Buffer {
	return Buffer.concat(pieces.map((piece) => ('bytes' in piece ? piece.bytes : piece.source)));
}

describe('layOutPdf', () => {
	const image = Buffer.from([0xff, 0xd8, 0x00, 0x0a, 0x0d, 0xff, 0xd9]); // binary, with CR and LF inside
	const objects: Array<PdfObject<Buffer>> = [
		{ entries: '/Type /Catalog /Pages 2 0 R' },
		{ entries: '/Type /Pages /Kids [3 0 R] /Count 1' },
		{ entries: '/Type /Page /Parent 2 0 R /MediaBox [0 0 7 1] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R' },
		{ entries: '', stream: 'q 7 0 0 1 0 0 cm /Im1 Do Q' },
		{ entries: '/Type /XObject /Subtype /Image', stream: { length: image.length, source: image } },
		{ entries: '/Title (caf\xe9)' },
	];

	it('knows the exact size before any source is read, and every xref offset lands on its object', () => {
		const { pieces, size } = layOutPdf('1.5', objects, { root: 1 });
		const pdf = filled(pieces);
		expect(pdf.length).toBe(size);
		expect(pdf.subarray(0, 15).toString('latin1')).toBe('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n');
		const read = readPdfObjects(pdf);
		expect([...read.keys()]).toEqual([1, 2, 3, 4, 5, 6]);
		expect(read.get(4)).toEqual({ id: 4, dictionary: '<< /Length 26 >>', stream: Buffer.from('q 7 0 0 1 0 0 cm /Im1 Do Q') });
		expect(read.get(5)?.dictionary).toBe('<< /Type /XObject /Subtype /Image /Length 7 >>');
		expect(read.get(5)?.stream?.equals(image)).toBe(true);
		expect(read.get(6)?.dictionary).toBe('<< /Title (caf\xe9) >>');
	});

	it('hands each source out once, in order, as a piece of its declared length', () => {
		const { pieces } = layOutPdf('1.5', objects, { root: 1 });
		expect(pieces.filter((piece) => 'source' in piece)).toEqual([{ source: image, length: 7 }]);
	});

	it('names the catalog, and the information dictionary when there is one, in the trailer', () => {
		const text = (trailer: { root: number; info?: number }) => filled(layOutPdf('1.4', objects, trailer).pieces).toString('latin1');
		expect(text({ root: 1 })).toMatch(/trailer\n<< \/Size 7 \/Root 1 0 R >>\nstartxref\n\d+\n%%EOF\n$/);
		expect(text({ root: 1, info: 6 })).toMatch(/^%PDF-1\.4\n[\s\S]*trailer\n<< \/Size 7 \/Root 1 0 R \/Info 6 0 R >>\n/);
	});
});
