import { layOutPdf, type PdfObject } from '../../nodes/GlairVision/engine/input/combine/pdfWriter';
import { wrapText } from './wrapText';
import { BOOK_TITLE, SPECIMEN_NOTICE, type SpecimenPage } from './specimenContent';

/**
 * The specimen BPKB as a PDF 1.4, written with the node's own PDF writer (the one Combine Files
 * uses): uncompressed content streams and the two standard Helvetica fonts (which every reader
 * has, so nothing is embedded). Uncompressed keeps the file byte-for-byte reproducible.
 */

// A5 landscape in points: the proportions of the page images and close to the real book.
const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 420;
const LEFT = 40;
const VALUE_COLUMN = 230;
// Bold capitals at 10 pt are about 7 pt wide: 44 of them reach the border.
const VALUE_WIDTH_IN_CHARACTERS = 44;

export function writeSpecimenPdf(pages: readonly SpecimenPage[]): Buffer {
	const contents = pages.map((page, index) => pageContent(page, index + 1, pages.length));
	return writeTextPdf(contents, { width: PAGE_WIDTH, height: PAGE_HEIGHT }, 'BPKB specimen (fictitious data)');
}

/**
 * A PDF of text pages, each page its content stream, in the two standard fonts: F1 Helvetica and
 * F2 Helvetica-Bold (every reader has them, so nothing is embedded).
 */
export function writeTextPdf(contents: readonly string[], size: { width: number; height: number }, title: string): Buffer {
	// Objects 1 to 5, then a page and its content stream for each page: 6 and 7, 8 and 9, ...
	const pageIds = contents.map((_, index) => 6 + index * 2);
	const objects: PdfObject[] = [
		{ entries: '/Type /Catalog /Pages 2 0 R' },
		{ entries: `/Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${contents.length}` },
		{ entries: standardFont('Helvetica') },
		{ entries: standardFont('Helvetica-Bold') },
		{ entries: `/Title ${pdfString(title)} /Producer ${pdfString('n8n-nodes-glair-vision make-samples')}` },
	];
	contents.forEach((content, index) => {
		objects.push({
			entries:
				`/Type /Page /Parent 2 0 R /MediaBox [0 0 ${size.width} ${size.height}] ` +
				`/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageIds[index] + 1} 0 R`,
		});
		objects.push({ entries: '', stream: content });
	});
	const { pieces } = layOutPdf('1.4', objects, { root: 1, info: 5 });
	return Buffer.concat(pieces.map((piece) => ('bytes' in piece ? piece.bytes : Buffer.alloc(0))));
}

function standardFont(name: string): string {
	return `/Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding`;
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

/** Text at (x, y) from the page's bottom left, in F1 (regular) or F2 (bold). */
export function text(font: 'F1' | 'F2', size: number, x: number, y: number, value: string): string {
	return `BT /${font} ${size} Tf ${x} ${y} Td ${pdfString(value)} Tj ET`;
}

/** A literal string; backslash and parentheses are the only characters that need escaping. */
function pdfString(value: string): string {
	return `(${value.replace(/[\\()]/g, (character) => `\\${character}`)})`;
}
