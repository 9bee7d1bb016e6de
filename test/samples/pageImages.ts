import { BOOK_TITLE, RECEIPT_LINES, SPECIMEN_NOTICE, type SpecimenPage } from './specimenContent';
import { wrapText } from './wrapText';
import { BLACK, GrayCanvas, WHITE, advance, lineHeight } from './grayCanvas';

const PAGE_WIDTH = 800;
const PAGE_HEIGHT = 560;
const MARGIN = 24;
const BODY_SCALE = 2;
const LABEL_COLUMN = MARGIN + 16;
const VALUE_COLUMN = 330;
const PAPER = 246; // off-white, like a scan
const RULE = 150;

/** [x, y] corners clockwise from the top left, as GLAIR gives them. */
export type Polygon = number[][];

/**
 * One BPKB page as a scan-like grayscale image; `pageNumber` is 1-based. When `valueBoxes` is
 * given, it receives where each row's value is printed, by row index (the polygons of an answer).
 */
export function drawSpecimenPage(page: SpecimenPage, pageNumber: number, pageCount: number, valueBoxes?: Map<number, Polygon>): GrayCanvas {
	const canvas = new GrayCanvas(PAGE_WIDTH, PAGE_HEIGHT, PAPER);
	canvas.strokeRect(MARGIN - 8, MARGIN - 8, PAGE_WIDTH - 2 * (MARGIN - 8), PAGE_HEIGHT - 2 * (MARGIN - 8), RULE);

	canvas.drawText(BOOK_TITLE, LABEL_COLUMN, MARGIN + 8, BODY_SCALE);
	const pageLabel = `HAL. ${pageNumber}/${pageCount}`;
	canvas.drawText(pageLabel, PAGE_WIDTH - MARGIN - 16 - pageLabel.length * advance(BODY_SCALE), MARGIN + 8, BODY_SCALE);
	canvas.drawText(page.title, LABEL_COLUMN, MARGIN + 40, 3);
	canvas.fillRect(LABEL_COLUMN, MARGIN + 70, PAGE_WIDTH - 2 * LABEL_COLUMN, 2, BLACK);

	const valueWidthInCharacters = Math.floor((PAGE_WIDTH - MARGIN - 16 - VALUE_COLUMN) / advance(BODY_SCALE));
	let top = MARGIN + 86;
	page.rows.forEach(([label, value], rowIndex) => {
		canvas.drawText(label, LABEL_COLUMN, top, BODY_SCALE);
		canvas.drawText(':', VALUE_COLUMN - advance(BODY_SCALE) * 2, top, BODY_SCALE);
		const rowTop = top;
		const lines = wrapText(value, valueWidthInCharacters);
		for (const line of lines) {
			canvas.drawText(line, VALUE_COLUMN, top, BODY_SCALE);
			top += lineHeight(BODY_SCALE) + 4;
		}
		if (valueBoxes && value !== '') {
			const right = VALUE_COLUMN + Math.max(...lines.map((line) => line.length * advance(BODY_SCALE) - BODY_SCALE));
			const bottom = top - 4 - BODY_SCALE * 3;
			valueBoxes.set(rowIndex, [[VALUE_COLUMN, rowTop], [right, rowTop], [right, bottom], [VALUE_COLUMN, bottom]]);
		}
	});

	// A stamp-like box so the notice cannot be cropped away with the heading.
	const noticeWidth = SPECIMEN_NOTICE.length * advance(3) + 16;
	const noticeTop = PAGE_HEIGHT - MARGIN - 48;
	canvas.fillRect(PAGE_WIDTH - MARGIN - 16 - noticeWidth, noticeTop, noticeWidth, 38, WHITE);
	canvas.strokeRect(PAGE_WIDTH - MARGIN - 16 - noticeWidth, noticeTop, noticeWidth, 38, BLACK);
	canvas.drawText(SPECIMEN_NOTICE, PAGE_WIDTH - MARGIN - 8 - noticeWidth, noticeTop + 9, 3, 90);
	return canvas;
}

/** A receipt on a soft vertical gradient: valid, readable, and obviously not a BPKB. */
export function drawReceipt(): GrayCanvas {
	const width = 448;
	const height = 280;
	const canvas = new GrayCanvas(width, height);
	for (let y = 0; y < height; y++) {
		canvas.fillRect(0, y, width, 1, 255 - Math.round((y / height) * 40));
	}
	RECEIPT_LINES.forEach((line, index) => canvas.drawText(line, 16, 16 + index * lineHeight(BODY_SCALE), BODY_SCALE));
	return canvas;
}
