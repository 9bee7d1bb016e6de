/**
 * GLAIR's answers for the vehicle file's samples, as the sandbox gives them: INVENTED. The record
 * shows no STNK, KTP or NPWP answer, only their field names; the values are the ones printed on
 * the samples, the polygons where the samples print them, the confidences made up (a fixed hash
 * of the key, 85-98 %). Written to test/sandbox/fixtures/ by make-samples.ts.
 */
import { crop, drawKtp, drawNpwp, drawStnk, KTP_PHOTO, KTP_SIGNATURE, type DrawnDocument, type Polygon } from './cards';
import { drawSpecimenPage } from './pageImages';
import { encodeGrayPng } from './png';
import { KTP_EXTRA_VALUES, KTP_ROWS, NPWP_ROWS, STNK_REGISTRATION_ROWS, STNK_TAX_ROWS, type BpkbPrintedPage, type PrintedRow } from './vehicleFile';

export const INVENTED_NOTE =
	'INVENTED for the sandbox: no real answer for this document is on record. Values are the fictitious sample\'s; confidences are made up.';

export interface FieldObject {
	value: string;
	value_original: string;
	confidence: number;
	confidence_text: number;
	polygon: Polygon;
	page_index: number;
}

/** A fixed number in [0, 1) per text: "random" confidences that never change. */
export function hashFraction(text: string): number {
	let hash = 2166136261;
	for (const character of text) hash = Math.imul(hash ^ character.charCodeAt(0), 16777619) >>> 0;
	return hash / 4294967296;
}

export const hundredths = (value: number) => Math.round(value * 100) / 100;

export function fieldObject(key: string, value: string, printed: string, polygon: Polygon | undefined): FieldObject {
	// A field GLAIR did not find: empty value, confidence 0 and an empty polygon (the contract's words).
	if (value === '' || !polygon) return { value: '', value_original: '', confidence: 0, confidence_text: 0, polygon: [], page_index: 0 };
	const fraction = hashFraction(key);
	return {
		value,
		value_original: printed,
		confidence: hundredths(85 + fraction * 13),
		confidence_text: hundredths(96 + hashFraction(`${key}:text`) * 3.9),
		polygon,
		page_index: 0,
	};
}

export function section(rows: readonly PrintedRow[], boxes: Map<string, Polygon>, prefix = ''): Record<string, FieldObject> {
	const fields: Record<string, FieldObject> = {};
	for (const [key, , value, printed] of rows) {
		if (key !== '') fields[key] = fieldObject(`${prefix}${key}`, value, printed ?? value, boxes.get(key));
	}
	return fields;
}

export function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
	return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/** What OCR misread on a worn picture: the value and the raw text both carry the slip, at a lower confidence. */
export type OcrSlips = Readonly<Record<string, string>>;

function withSlips(fields: Record<string, FieldObject>, slips: OcrSlips): Record<string, FieldObject> {
	for (const [key, misread] of Object.entries(slips)) {
		const field = fields[key];
		if (field) fields[key] = { ...field, value: misread, value_original: misread, confidence: hundredths(field.confidence - 17.3), confidence_text: hundredths(field.confidence_text - 21.6) };
	}
	return fields;
}

/**
 * The STNK's answer; by default the sample's (stnk-sample.png). A variant passes its own drawing
 * (drawStnk with its rows) and rows, and the OCR slips read on it, if any.
 */
export function stnkAnswer(
	stnk: { drawn: DrawnDocument; taxBoxes: Map<string, Polygon> } = drawStnk(),
	rows: { registration: readonly PrintedRow[]; tax: readonly PrintedRow[] } = { registration: STNK_REGISTRATION_ROWS, tax: STNK_TAX_ROWS },
	slips: OcrSlips = {},
): object {
	const { drawn, taxBoxes } = stnk;
	return {
		_invented: INVENTED_NOTE,
		status: 'SUCCESS',
		reason: 'File Successfully Read',
		read: {
			halaman_stnk: sortedKeys(withSlips(section(rows.registration, drawn.boxes), slips)),
			halaman_pajak_tahunan: sortedKeys(withSlips(section(rows.tax, taxBoxes, 'pajak_'), slips)),
		},
	};
}

export function imageObject(key: string, png: Buffer, region: { left: number; top: number; width: number; height: number }) {
	const polygon = [
		[region.left, region.top],
		[region.left + region.width, region.top],
		[region.left + region.width, region.top + region.height],
		[region.left, region.top + region.height],
	];
	return { value: png.toString('base64'), confidence: hundredths(90 + hashFraction(key) * 9), polygon, page_index: 0 };
}

/** The KTP's answer; by default the sample's (ktp-sample.png), else another card's rows and extra values. */
export function ktpAnswer(
	card: DrawnDocument = drawKtp(),
	rows: readonly PrintedRow[] = KTP_ROWS,
	extraValues: ReadonlyArray<readonly [key: string, value: string, printed: string]> = KTP_EXTRA_VALUES,
): object {
	const { canvas, boxes } = card;
	const fields = section(rows, boxes);
	for (const [key, value, printed] of extraValues) fields[key] = fieldObject(key, value, printed, boxes.get(key));
	return {
		_invented: INVENTED_NOTE,
		status: 'SUCCESS',
		reason: 'File Successfully Read',
		read: {
			...sortedKeys(fields),
			foto: imageObject('foto', encodeGrayPng(crop(canvas, KTP_PHOTO)), KTP_PHOTO),
			tanda_tangan: imageObject('tanda_tangan', encodeGrayPng(crop(canvas, KTP_SIGNATURE)), KTP_SIGNATURE),
		},
	};
}

export function npwpAnswer(): object {
	const { boxes } = drawNpwp();
	return { _invented: INVENTED_NOTE, status: 'SUCCESS', reason: 'File Successfully Read', read: sortedKeys(section(NPWP_ROWS, boxes)) };
}

/**
 * A BPKB's answer as GLAIR gives it for the whole book uploaded at once (the 4-page PDF): every
 * section, each field's page_index the 0-based page it is printed on, its polygon where the page
 * image (the PNG page or the photo's paper, 800x560) prints it. The confidences are made up as for
 * the other documents; `prefix` keeps two books' confidences from being the same numbers.
 */
export function bpkbAnswer(pages: readonly BpkbPrintedPage[], prefix = 'bpkb:'): object {
	const read: Record<string, Record<string, FieldObject>> = {};
	pages.forEach((page, pageIndex) => {
		const byRow = new Map<number, Polygon>();
		drawSpecimenPage(specimenPage(page), pageIndex + 1, pages.length, byRow);
		const boxes = new Map(page.rows.map(([key], rowIndex) => [key, byRow.get(rowIndex)] as const).filter((entry): entry is [string, Polygon] => entry[1] !== undefined));
		const fields = section(page.rows, boxes, prefix);
		for (const field of Object.values(fields)) if (field.polygon.length > 0) field.page_index = pageIndex;
		read[page.section] = sortedKeys(fields);
	});
	return { _invented: INVENTED_NOTE, status: 'SUCCESS', reason: 'File Successfully Read', read: sortedKeys(read) };
}

/** A printed BPKB page as the page drawers take it: label and the text as printed. */
export function specimenPage(page: BpkbPrintedPage): { title: string; rows: ReadonlyArray<readonly [string, string]> } {
	return { title: page.title, rows: page.rows.map(([, label, value, printed]) => [label, printed ?? value] as const) };
}
