/**
 * A document with a table as a scan-like grayscale image: title lines, label-and-value rows (the
 * document's own fields), one or more ruled tables over the same rows (a KK prints its members in
 * two tables side by side on paper, here one above the other), and label-and-value rows after
 * them (an invoice's sums). Where each value is printed is kept: the polygons of GLAIR's answer.
 */
import { box, centred, drawRows, specimenStamp, textWidth, type Polygon } from './cards';
import { BLACK, GrayCanvas, advance, lineHeight } from './grayCanvas';
import type { Printed } from './household';
import type { PrintedRow } from './vehicleFile';

const SCALE = 2;
const MARGIN = 24;
const CELL_PADDING = 6;
const ROW_HEIGHT = lineHeight(SCALE) + 2 * CELL_PADDING;
const MINIMUM_WIDTH = 860;
/** The value column of the label-and-value rows, from the left edge. */
const VALUE_LEFT = 300;

export interface TableColumn {
	/** GLAIR's key for the column. */
	key: string;
	/** The column heading as printed. */
	label: string;
}

/** A part of the page, top to bottom: label-and-value rows, or a table (in one or more ruled blocks over the same rows). */
export type PagePart =
	| { rows: readonly PrintedRow[] }
	| { table: ReadonlyArray<Readonly<Record<string, Printed>>>; blocks: ReadonlyArray<readonly TableColumn[]> };

export interface TablePage {
	title: readonly string[];
	parts: readonly PagePart[];
}

export interface DrawnTablePage {
	canvas: GrayCanvas;
	/** Where each of the document's own values is printed, by GLAIR's key. */
	boxes: Map<string, Polygon>;
	/** Each table's rows in the order of the parts: where each row's values are printed, by GLAIR's key. */
	tables: Array<Array<Map<string, Polygon>>>;
}

export const valueOf = (printed: Printed | undefined): string => (printed === undefined ? '' : typeof printed === 'string' ? printed : printed[0]);
export const printedOf = (printed: Printed | undefined): string => (printed === undefined ? '' : typeof printed === 'string' ? printed : printed[1]);

type TablePart = Extract<PagePart, { table: unknown }>;

/** Each column as wide as its heading or its widest value. */
function columnWidths(part: TablePart, block: readonly TableColumn[]): number[] {
	return block.map((column) => Math.max(column.label.length, ...part.table.map((row) => printedOf(row[column.key]).length)) * advance(SCALE) + 2 * CELL_PADDING);
}

const rowsHeight = (rows: readonly PrintedRow[]): number => rows.length * (lineHeight(SCALE) + 4) + 8;
const tableHeight = (part: TablePart): number => part.blocks.length * ((part.table.length + 1) * ROW_HEIGHT + 24);

/** Draws one block of a table at `top`; returns the y below it. A value printed twice keeps its first place. */
function drawBlock(canvas: GrayCanvas, part: TablePart, block: readonly TableColumn[], widths: readonly number[], top: number, rowBoxes: Array<Map<string, Polygon>>): number {
	const lefts = widths.map((_, index) => MARGIN + widths.slice(0, index).reduce((sum, each) => sum + each, 0));
	const right = lefts[lefts.length - 1] + widths[widths.length - 1];
	canvas.fillRect(MARGIN, top, right - MARGIN, ROW_HEIGHT, 222); // the heading's shaded row
	block.forEach((column, index) => canvas.drawText(column.label, lefts[index] + CELL_PADDING, top + CELL_PADDING, SCALE));
	part.table.forEach((row, rowIndex) => {
		const rowTop = top + (rowIndex + 1) * ROW_HEIGHT;
		block.forEach((column, index) => {
			const text = printedOf(row[column.key]);
			canvas.drawText(text, lefts[index] + CELL_PADDING, rowTop + CELL_PADDING, SCALE);
			if (valueOf(row[column.key]) !== '' && text !== '' && !rowBoxes[rowIndex].has(column.key)) {
				rowBoxes[rowIndex].set(column.key, box(lefts[index] + CELL_PADDING, rowTop + CELL_PADDING, textWidth(text, SCALE), lineHeight(SCALE) - SCALE * 3));
			}
		});
	});
	const bottom = top + (part.table.length + 1) * ROW_HEIGHT;
	for (let y = top; y <= bottom; y += ROW_HEIGHT) canvas.fillRect(MARGIN, y, right - MARGIN, 1, 120);
	for (const left of [...lefts, right]) canvas.fillRect(left, top, 1, bottom - top, 120);
	return bottom + 24;
}

export function drawTablePage(page: TablePage): DrawnTablePage {
	const tableParts = page.parts.filter((part): part is TablePart => 'table' in part);
	const widest = Math.max(0, ...tableParts.flatMap((part) => part.blocks.map((block) => columnWidths(part, block).reduce((sum, width) => sum + width, 0))));
	const width = Math.max(MINIMUM_WIDTH, widest + 2 * MARGIN);
	const height = MARGIN + page.title.length * 30 + 12 + page.parts.reduce((sum, part) => sum + ('rows' in part ? rowsHeight(part.rows) : tableHeight(part)), 0) + 70;
	const canvas = new GrayCanvas(width, height, 246);
	canvas.strokeRect(8, 8, width - 16, height - 16, 150);
	const boxes = new Map<string, Polygon>();
	const tables: DrawnTablePage['tables'] = [];

	let top = MARGIN;
	for (const line of page.title) {
		centred(canvas, line, top, SCALE);
		top += 30;
	}
	canvas.fillRect(MARGIN, top, width - 2 * MARGIN, 2, BLACK);
	top += 14;
	for (const part of page.parts) {
		if ('rows' in part) {
			top = drawRows(canvas, part.rows, MARGIN, top, VALUE_LEFT, width - VALUE_LEFT - MARGIN, boxes) + 8;
			continue;
		}
		const rowBoxes = part.table.map(() => new Map<string, Polygon>());
		for (const block of part.blocks) top = drawBlock(canvas, part, block, columnWidths(part, block), top, rowBoxes);
		tables.push(rowBoxes);
	}
	specimenStamp(canvas, width - MARGIN, height - 16);
	return { canvas, boxes, tables };
}
