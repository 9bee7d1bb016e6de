/**
 * The vehicle file's documents as scan-like grayscale images (an STNK with both sides, a KTP
 * photo, a photocopy of that KTP), and where each value is printed: the polygons of GLAIR's answer.
 */
import { BLACK, GrayCanvas, WHITE, advance, lineHeight } from './grayCanvas';
import { SPECIMEN_NOTICE } from './specimenContent';
import { KTP_HEADER, KTP_ROWS, NPWP_HEADER, NPWP_ROWS, STNK_REGISTRATION_ROWS, STNK_TAX_ROWS, STNK_TAX_TITLE, STNK_TITLE, type PrintedRow } from './vehicleFile';
import { seededRandom } from '../sandbox/random';
import { wrapText } from './wrapText';

/** [x, y] corners clockwise from the top left, as GLAIR gives them. */
export type Polygon = number[][];

export interface DrawnDocument {
	canvas: GrayCanvas;
	/** Where each returned value is printed, by GLAIR's key. */
	boxes: Map<string, Polygon>;
}

export const SCALE = 2;
const ROW_GAP = 4;

export function box(left: number, top: number, width: number, height: number): Polygon {
	return [
		[left, top],
		[left + width, top],
		[left + width, top + height],
		[left, top + height],
	];
}

export function textWidth(text: string, scale: number): number {
	return text.length === 0 ? 0 : text.length * advance(scale) - scale;
}

/** Label, colon and value rows from (left, top); returns the y below the last row. */
export function drawRows(
	canvas: GrayCanvas,
	rows: readonly PrintedRow[],
	left: number,
	top: number,
	valueLeft: number,
	valueWidth: number,
	boxes: Map<string, Polygon>,
): number {
	const step = lineHeight(SCALE) + ROW_GAP;
	const columns = Math.floor(valueWidth / advance(SCALE));
	for (const [key, label, value, printed] of rows) {
		canvas.drawText(label, left, top, SCALE);
		canvas.drawText(':', valueLeft - advance(SCALE) * 2, top, SCALE);
		const lines = wrapText(printed ?? value, columns);
		lines.forEach((line, index) => canvas.drawText(line, valueLeft, top + index * step, SCALE));
		if (key !== '' && value !== '') {
			const widest = Math.max(...lines.map((line) => textWidth(line, SCALE)));
			boxes.set(key, box(valueLeft, top, widest, lines.length * step - ROW_GAP - SCALE * 3));
		}
		top += Math.max(1, lines.length) * step;
	}
	return top;
}

export function centred(canvas: GrayCanvas, text: string, top: number, scale: number, from = 0, width = canvas.width): void {
	canvas.drawText(text, from + Math.round((width - textWidth(text, scale)) / 2), top, scale);
}

export function specimenStamp(canvas: GrayCanvas, right: number, bottom: number): void {
	const width = textWidth(SPECIMEN_NOTICE, 2) + 16;
	canvas.fillRect(right - width, bottom - 30, width, 30, WHITE);
	canvas.strokeRect(right - width, bottom - 30, width, 30, BLACK);
	canvas.drawText(SPECIMEN_NOTICE, right - width + 8, bottom - 22, 2, 90);
}

/** Both sides of the STNK photographed side by side on one sheet: one upload, page_index 0. */
export function drawStnk(
	registrationRows: readonly PrintedRow[] = STNK_REGISTRATION_ROWS,
	taxRows: readonly PrintedRow[] = STNK_TAX_ROWS,
): { drawn: DrawnDocument; taxBoxes: Map<string, Polygon> } {
	const canvas = new GrayCanvas(1320, 800, 238);
	const boxes = new Map<string, Polygon>();
	const taxBoxes = new Map<string, Polygon>();
	for (const [panelLeft, title, rows, into] of [
		[16, STNK_TITLE, registrationRows, boxes],
		[676, STNK_TAX_TITLE, taxRows, taxBoxes],
	] as const) {
		canvas.fillRect(panelLeft, 16, 628, 768, 248);
		canvas.strokeRect(panelLeft, 16, 628, 768, 120);
		centred(canvas, title, 30, SCALE, panelLeft, 628);
		canvas.fillRect(panelLeft + 12, 54, 604, 2, BLACK);
		drawRows(canvas, rows, panelLeft + 14, 66, panelLeft + 250, 366, into);
	}
	specimenStamp(canvas, 1300, 776);
	return { drawn: { canvas, boxes }, taxBoxes };
}

const KTP_VALUE_LEFT = 260;
export const KTP_PHOTO = { left: 662, top: 110, width: 150, height: 190 } as const;
export const KTP_SIGNATURE = { left: 652, top: 372, width: 170, height: 56 } as const;

/** An ellipse, clipped to the photo (the shoulders run off its bottom edge). */
function fillEllipse(canvas: GrayCanvas, centreX: number, centreY: number, radiusX: number, radiusY: number, shade: number): void {
	const { left, top, width, height } = KTP_PHOTO;
	for (let y = Math.max(top, Math.ceil(centreY - radiusY)); y <= Math.min(top + height - 1, centreY + radiusY); y++) {
		const half = radiusX * Math.sqrt(Math.max(0, 1 - ((y - centreY) / radiusY) ** 2));
		const from = Math.max(left, Math.round(centreX - half));
		const to = Math.min(left + width, Math.round(centreX + half));
		canvas.fillRect(from, y, to - from, 1, shade);
	}
}

/** A face-and-shoulders silhouette on a plain background, like the photo on a card. */
export function drawPortrait(canvas: GrayCanvas): void {
	const { left, top, width, height } = KTP_PHOTO;
	canvas.fillRect(left, top, width, height, 200);
	const centre = left + width / 2;
	fillEllipse(canvas, centre, top + height + 30, 70, 80, 70); // shoulders
	canvas.fillRect(centre - 16, top + 110, 32, 40, 150); // neck
	fillEllipse(canvas, centre, top + 78, 42, 54, 165); // face
	fillEllipse(canvas, centre, top + 40, 46, 26, 40); // hair
	fillEllipse(canvas, centre - 16, top + 76, 6, 4, 30); // eyes
	fillEllipse(canvas, centre + 16, top + 76, 6, 4, 30);
	canvas.fillRect(centre - 12, top + 108, 24, 3, 90); // mouth
	canvas.strokeRect(left, top, width, height, BLACK);
}

/** A looping pen stroke: a signature that belongs to nobody. */
export function drawSignatureStroke(canvas: GrayCanvas): void {
	const { left, top, width, height } = KTP_SIGNATURE;
	for (let step = 0; step <= 600; step++) {
		const t = step / 600;
		const x = left + 10 + t * (width - 20) + 9 * Math.sin(t * Math.PI * 10);
		const y = top + height / 2 + (height / 2 - 10) * Math.sin(t * Math.PI * 5) * (1 - t * 0.5);
		canvas.fillRect(Math.round(x), Math.round(y), 2, 2, 20);
	}
}

/** The KTP as a phone photographs it: the card's pattern, the header, the rows, the photo and signature. */
export function drawKtp(rows: readonly PrintedRow[] = KTP_ROWS, birthDate = '05-08-1990'): DrawnDocument {
	const canvas = new GrayCanvas(856, 540, 222);
	for (let y = 0; y < canvas.height; y += 6) canvas.fillRect(0, y, canvas.width, 1, 212); // the card's fine print pattern
	canvas.strokeRect(0, 0, canvas.width, canvas.height, 150);
	const boxes = new Map<string, Polygon>();
	KTP_HEADER.forEach((line, index) => {
		const top = 16 + index * 26;
		centred(canvas, line, top, SCALE);
		const left = Math.round((canvas.width - textWidth(line, SCALE)) / 2);
		boxes.set(index === 0 ? 'provinsi' : 'kota_kabupaten', box(left, top, textWidth(line, SCALE), lineHeight(SCALE) - SCALE * 3));
	});
	drawRows(canvas, rows, 24, 76, KTP_VALUE_LEFT, 384, boxes);
	// The birth line holds two fields: the place before the comma, the date after it.
	const birthTop = 76 + 2 * (lineHeight(SCALE) + ROW_GAP);
	const textHeight = lineHeight(SCALE) - SCALE * 3;
	boxes.set('tempat_lahir', box(KTP_VALUE_LEFT, birthTop, textWidth('KOTA CONTOH', SCALE), textHeight));
	boxes.set('tanggal_lahir', box(KTP_VALUE_LEFT + advance(SCALE) * 13, birthTop, textWidth(birthDate, SCALE), textHeight));
	drawPortrait(canvas);
	centred(canvas, 'KOTA CONTOH', 318, SCALE, KTP_PHOTO.left - 20, KTP_PHOTO.width + 40);
	centred(canvas, '10-03-2017', 342, SCALE, KTP_PHOTO.left - 20, KTP_PHOTO.width + 40);
	drawSignatureStroke(canvas);
	specimenStamp(canvas, 840, 528);
	return { canvas, boxes };
}

/**
 * A worn STNK, photographed in poor light: the same print, fainter, with a seeded scatter of
 * dark and light specks (where OCR slips). The boxes are unchanged.
 */
export function drawWornStnk(): { drawn: DrawnDocument; taxBoxes: Map<string, Polygon> } {
	const stnk = drawStnk();
	const { pixels } = stnk.drawn.canvas;
	const random = seededRandom(29); // the wear, the same on every run
	for (let at = 0; at < pixels.length; at++) {
		const faded = 90 + Math.round(pixels[at] * 0.62);
		const speck = random();
		pixels[at] = speck < 0.0015 ? 60 : speck > 0.9985 ? 250 : faded;
	}
	return stnk;
}

/** The same card run through a copier: two tones, toner speckles, a dark edge where the lid was open. */
export function drawKtpPhotocopy(): DrawnDocument {
	const { canvas: card, boxes } = drawKtp();
	const canvas = new GrayCanvas(card.width + 80, card.height + 80, 70);
	const random = seededRandom(17); // the photocopy's speckles, the same on every run
	canvas.fillRect(20, 20, card.width + 40, card.height + 40, 245);
	for (let y = 0; y < card.height; y++) {
		for (let x = 0; x < card.width; x++) {
			const ink = card.pixels[y * card.width + x] < 150;
			canvas.pixels[(y + 40) * canvas.width + x + 40] = ink ? 25 : random() < 0.004 ? 60 : 245;
		}
	}
	const shifted = new Map([...boxes].map(([key, polygon]) => [key, polygon.map(([x, y]) => [x + 40, y + 40])]));
	return { canvas, boxes: shifted };
}

/** A part of a canvas as its own canvas (the photo or the signature GLAIR cuts out of the card). */
export function crop(source: GrayCanvas, region: { left: number; top: number; width: number; height: number }): GrayCanvas {
	const canvas = new GrayCanvas(region.width, region.height);
	for (let y = 0; y < region.height; y++) {
		const from = (region.top + y) * source.width + region.left;
		canvas.pixels.set(source.pixels.subarray(from, from + region.width), y * region.width);
	}
	return canvas;
}

/** The NPWP card: the tax office's header, then the number, name, NIK and address. */
export function drawNpwp(): DrawnDocument {
	const canvas = new GrayCanvas(856, 540, 232);
	canvas.strokeRect(0, 0, canvas.width, canvas.height, 150);
	canvas.fillRect(0, 0, canvas.width, 84, 205);
	NPWP_HEADER.forEach((line, index) => centred(canvas, line, 18 + index * 30, SCALE));
	const boxes = new Map<string, Polygon>();
	drawRows(canvas, NPWP_ROWS, 40, 130, 200, 600, boxes);
	specimenStamp(canvas, 840, 528);
	return { canvas, boxes };
}
