/**
 * Two samples that are no card: a survey photo of the vehicle file's car from behind, its plate
 * D 1234 SPX (white since 2022, black letters) readable, and a photo of two cars in a row; and a
 * typed letter for the general document reader. EVERYTHING HERE IS INVENTED.
 */
import { BLACK, GrayCanvas, advance, lineHeight } from './grayCanvas';
import { box, specimenStamp, type Polygon } from './cards';
import { CAR, OWNER } from './vehicleFile';

/** The second car in the two-car photo: an invented Jakarta plate. */
export const SECOND_PLATE = 'B 1717 SPX';

const PLATE_SCALE = 5;

/** A car's back with its plate; returns where the plate's number is printed. */
function drawCarBack(canvas: GrayCanvas, left: number, plate: string, validity: string): Polygon {
	canvas.fillRect(left, 120, 520, 300, 120); // body
	canvas.fillRect(left + 40, 150, 440, 110, 70); // rear window
	canvas.fillRect(left + 10, 300, 80, 40, 200); // lamps
	canvas.fillRect(left + 430, 300, 80, 40, 200);
	canvas.fillRect(left, 400, 520, 40, 60); // bumper
	const width = plate.length * advance(PLATE_SCALE) + 30;
	const plateLeft = left + Math.round((520 - width) / 2);
	canvas.fillRect(plateLeft, 320, width, 70, 250);
	canvas.strokeRect(plateLeft, 320, width, 70, BLACK);
	canvas.strokeRect(plateLeft + 3, 323, width - 6, 64, BLACK);
	canvas.drawText(plate, plateLeft + 15, 330, PLATE_SCALE);
	canvas.drawText(validity, plateLeft + Math.round((width - validity.length * advance(2)) / 2), 370, 2);
	return box(plateLeft + 15, 330, plate.length * advance(PLATE_SCALE) - PLATE_SCALE, 7 * PLATE_SCALE);
}

function street(width: number): GrayCanvas {
	const canvas = new GrayCanvas(width, 520, 190);
	canvas.fillRect(0, 440, width, 80, 150); // the road
	for (let x = 0; x < width; x += 60) canvas.fillRect(x, 470, 30, 6, 230);
	return canvas;
}

/** The survey photo of the vehicle file's car: one plate. */
export function drawPlatePhoto(): { canvas: GrayCanvas; plate: Polygon } {
	const canvas = street(640);
	const plate = drawCarBack(canvas, 60, CAR.plate, '11.31');
	specimenStamp(canvas, 630, 510);
	return { canvas, plate };
}

/** Two cars in a row, two plates: GLAIR reads both. */
export function drawTwoPlatesPhoto(): { canvas: GrayCanvas; plates: [Polygon, Polygon] } {
	const canvas = street(1200);
	const first = drawCarBack(canvas, 40, CAR.plate, '11.31');
	const second = drawCarBack(canvas, 640, SECOND_PLATE, '04.29');
	specimenStamp(canvas, 1190, 510);
	return { canvas, plates: [first, second] };
}

/** The typed letter, line by line, as GLAIR reads it in order. */
export const LETTER_LINES = [
	'PT CONTOH SPESIMEN FIKTIF',
	'JL. CONTOH NO. 1 KOTA CONTOH',
	'',
	'SURAT KETERANGAN KERJA',
	'NO. 001/SPX/VI/2026',
	'',
	'YANG BERTANDA TANGAN DI BAWAH INI MENERANGKAN BAHWA:',
	`NAMA      : ${OWNER.name}`,
	'JABATAN   : STAF ADMINISTRASI',
	'MASA KERJA: SEJAK 01-02-2015 SAMPAI SEKARANG',
	'',
	'DEMIKIAN SURAT KETERANGAN INI DIBUAT UNTUK DIPERGUNAKAN',
	'SEBAGAIMANA MESTINYA.',
	'',
	'KOTA CONTOH, 10-06-2026',
	'BAGIAN PERSONALIA',
] as const;

const LETTER_LEFT = 48;
const LETTER_TOP = 48;
const LETTER_SCALE = 2;

/** The letter as a scanned page; returns each non-empty line's text and where it is printed. */
export function drawLetter(): { canvas: GrayCanvas; lines: Array<{ text: string; polygon: Polygon }> } {
	const canvas = new GrayCanvas(800, 600, 246);
	const lines: Array<{ text: string; polygon: Polygon }> = [];
	LETTER_LINES.forEach((text, index) => {
		const top = LETTER_TOP + index * (lineHeight(LETTER_SCALE) + 8);
		canvas.drawText(text, LETTER_LEFT, top, LETTER_SCALE);
		if (text !== '') lines.push({ text, polygon: box(LETTER_LEFT, top, text.length * advance(LETTER_SCALE) - LETTER_SCALE, 7 * LETTER_SCALE) });
	});
	specimenStamp(canvas, 790, 590);
	return { canvas, lines };
}
