/**
 * GLAIR's answers for the vehicle file's samples, as the sandbox gives them: INVENTED. The record
 * shows no STNK, KTP or NPWP answer, only their field names; the values are the ones printed on
 * the samples, the polygons where the samples print them, the confidences made up (a fixed hash
 * of the key, 85-98 %). Written to test/sandbox/fixtures/ by make-samples.ts.
 */
import { crop, drawKtp, drawNpwp, drawStnk, KTP_PHOTO, KTP_SIGNATURE, type Polygon } from './cards';
import { encodeGrayPng } from './png';
import { KTP_EXTRA_VALUES, KTP_ROWS, NPWP_ROWS, STNK_REGISTRATION_ROWS, STNK_TAX_ROWS, type PrintedRow } from './vehicleFile';

export const INVENTED_NOTE =
	'INVENTED for the sandbox: no real answer for this document is on record. Values are the fictitious sample\'s; confidences are made up.';

interface FieldObject {
	value: string;
	value_original: string;
	confidence: number;
	confidence_text: number;
	polygon: Polygon;
	page_index: number;
}

/** A fixed number in [0, 1) per text: "random" confidences that never change. */
function hashFraction(text: string): number {
	let hash = 2166136261;
	for (const character of text) hash = Math.imul(hash ^ character.charCodeAt(0), 16777619) >>> 0;
	return hash / 4294967296;
}

const hundredths = (value: number) => Math.round(value * 100) / 100;

function fieldObject(key: string, value: string, printed: string, polygon: Polygon | undefined): FieldObject {
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

function section(rows: readonly PrintedRow[], boxes: Map<string, Polygon>, prefix = ''): Record<string, FieldObject> {
	const fields: Record<string, FieldObject> = {};
	for (const [key, , value, printed] of rows) {
		if (key !== '') fields[key] = fieldObject(`${prefix}${key}`, value, printed ?? value, boxes.get(key));
	}
	return fields;
}

function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
	return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

export function stnkAnswer(): object {
	const { drawn, taxBoxes } = drawStnk();
	return {
		_invented: INVENTED_NOTE,
		status: 'SUCCESS',
		reason: 'File Successfully Read',
		read: {
			halaman_stnk: sortedKeys(section(STNK_REGISTRATION_ROWS, drawn.boxes)),
			halaman_pajak_tahunan: sortedKeys(section(STNK_TAX_ROWS, taxBoxes, 'pajak_')),
		},
	};
}

function imageObject(key: string, png: Buffer, region: { left: number; top: number; width: number; height: number }) {
	const polygon = [
		[region.left, region.top],
		[region.left + region.width, region.top],
		[region.left + region.width, region.top + region.height],
		[region.left, region.top + region.height],
	];
	return { value: png.toString('base64'), confidence: hundredths(90 + hashFraction(key) * 9), polygon, page_index: 0 };
}

export function ktpAnswer(): object {
	const { canvas, boxes } = drawKtp();
	const fields = section(KTP_ROWS, boxes);
	for (const [key, value, printed] of KTP_EXTRA_VALUES) fields[key] = fieldObject(key, value, printed, boxes.get(key));
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
