import { wrapText } from './wrapText';
import { BOOK_TITLE, SPECIMEN_NOTICE, type SpecimenPage } from './specimenContent';

/**
 * A minimal PDF 1.4 writer: uncompressed content streams, the two standard Helvetica fonts
 * (which every reader has, so nothing is embedded) and an xref table with exact byte offsets.
 * Uncompressed keeps the file byte-for-byte reproducible on any Node version.
 */

// A5 landscape in points: the proportions of the page images and close to the real book.
const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 420;
const LEFT = 40;
const VALUE_COLUMN = 230;
// Bold capitals at 10 pt are about 7 pt wide: 44 of them reach the border.
const VALUE_WIDTH_IN_CHARACTERS = 44;

interface PdfObject {
	id: number;
	body: string;
}

export function writeSpecimenPdf(pages: readonly SpecimenPage[]): Buffer {
	const catalogId = 1;
	const pagesId = 2;
	const regularFontId = 3;
	const boldFontId = 4;
	const infoId = 5;
	const firstPageId = 6;
	const pageIds = pages.map((_, index) => firstPageId + index * 2);

	const objects: PdfObject[] = [
		{ id: catalogId, body: `<< /Type /Catalog /Pages ${pagesId} 0 R >>` },
		{
			id: pagesId,
			body: `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`,
		},
		{ id: regularFontId, body: standardFont('Helvetica') },
		{ id: boldFontId, body: standardFont('Helvetica-Bold') },
		{
			id: infoId,
			body:
				`<< /Title ${pdfString('BPKB specimen (fictitious data)')} ` +
				`/Producer ${pdfString('n8n-nodes-glair-vision make-samples')} >>`,
		},
	];
	pages.forEach((page, index) => {
		const pageId = pageIds[index];
		const contentId = pageId + 1;
		const content = pageContent(page, index + 1, pages.length);
		objects.push({
			id: pageId,
			body:
				`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
				`/Resources << /Font << /F1 ${regularFontId} 0 R /F2 ${boldFontId} 0 R >> >> /Contents ${contentId} 0 R >>`,
		});
		objects.push({
			id: contentId,
			body: `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
		});
	});
	return serialize(objects, catalogId, infoId);
}

function standardFont(name: string): string {
	return `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`;
}

function pageContent(page: SpecimenPage, pageNumber: number, pageCount: number): string {
	const operators: string[] = [
		'0.6 G 1 w 20 20 555 380 re S', // page border
		text('F2', 11, LEFT, 380, BOOK_TITLE),
		text('F1', 9, 500, 380, `HAL. ${pageNumber}/${pageCount}`),
		text('F2', 16, LEFT, 352, page.title),
		`0 G 1.5 w ${LEFT} 344 m ${PAGE_WIDTH - LEFT} 344 l S`,
	];
	let baseline = 322;
	for (const [label, value] of page.rows) {
		operators.push(text('F1', 10, LEFT, baseline, label));
		operators.push(text('F1', 10, VALUE_COLUMN - 12, baseline, ':'));
		for (const line of wrapText(value, VALUE_WIDTH_IN_CHARACTERS)) {
			operators.push(text('F2', 10, VALUE_COLUMN, baseline, line));
			baseline -= 19;
		}
	}
	operators.push('0.4 G 2 w 330 36 225 30 re S');
	operators.push('0.4 g', text('F2', 14, 342, 46, SPECIMEN_NOTICE), '0 g');
	return operators.join('\n');
}

function text(font: 'F1' | 'F2', size: number, x: number, y: number, value: string): string {
	return `BT /${font} ${size} Tf ${x} ${y} Td ${pdfString(value)} Tj ET`;
}

/** A literal string; backslash and parentheses are the only characters that need escaping. */
function pdfString(value: string): string {
	return `(${value.replace(/[\\()]/g, (character) => `\\${character}`)})`;
}

function serialize(objects: PdfObject[], rootId: number, infoId: number): Buffer {
	// The binary comment line tells transfer tools the file is not plain text.
	const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
	let offset = chunks[0].length;
	const offsets = new Map<number, number>();
	for (const object of [...objects].sort((a, b) => a.id - b.id)) {
		offsets.set(object.id, offset);
		const bytes = Buffer.from(`${object.id} 0 obj\n${object.body}\nendobj\n`, 'latin1');
		chunks.push(bytes);
		offset += bytes.length;
	}
	const size = objects.length + 1;
	// Each xref entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, space, LF.
	const entries = ['0000000000 65535 f \n'];
	for (let id = 1; id < size; id++) {
		entries.push(`${String(offsets.get(id)).padStart(10, '0')} 00000 n \n`);
	}
	chunks.push(
		Buffer.from(
			`xref\n0 ${size}\n${entries.join('')}` +
				`trailer\n<< /Size ${size} /Root ${rootId} 0 R /Info ${infoId} 0 R >>\n` +
				`startxref\n${offset}\n%%EOF\n`,
			'latin1',
		),
	);
	return Buffer.concat(chunks);
}
