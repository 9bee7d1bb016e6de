/**
 * A typed form on a page, label and value rows under a title (a handover record, a certificate):
 * the page drawer the forms beyond the vehicle file share. Where each value is printed goes into
 * the boxes, for the polygons of an invented answer.
 */
import type { DocumentSpec } from '../../nodes/GlairVision/documents/spec';
import { INVENTED_NOTE, fieldObject, section, sortedKeys } from './answers';
import { GrayCanvas } from './grayCanvas';
import { SCALE, centred, drawRows, specimenStamp, type DrawnDocument, type Polygon } from './cards';
import type { PrintedRow } from './vehicleFile';

const PAGE_WIDTH = 900;
const LABEL_LEFT = 40;
const VALUE_LEFT = 400;

/** The form: its title lines centred at the top, then the rows; as tall as its rows need. */
export function drawFormPage(title: readonly string[], rows: readonly PrintedRow[]): DrawnDocument {
	const height = 160 + title.length * 26 + rows.length * 24 + 60;
	const canvas = new GrayCanvas(PAGE_WIDTH, height, 246);
	canvas.strokeRect(16, 16, PAGE_WIDTH - 32, height - 32, 150);
	title.forEach((line, index) => centred(canvas, line, 36 + index * 26, SCALE));
	const boxes = new Map<string, Polygon>();
	drawRows(canvas, rows, LABEL_LEFT, 60 + title.length * 26, VALUE_LEFT, PAGE_WIDTH - VALUE_LEFT - 40, boxes);
	specimenStamp(canvas, PAGE_WIDTH - 24, height - 24);
	return { canvas, boxes };
}

/** A form's INVENTED answer: its printed rows where they are printed, every other field of the document empty. */
export function formAnswer(spec: DocumentSpec, rows: readonly PrintedRow[], boxes: ReadonlyMap<string, Polygon>): object {
	const read = section(rows, new Map(boxes));
	for (const field of spec.sections[0].fields) read[field.key] ??= fieldObject(field.key, '', '', undefined);
	return { _invented: INVENTED_NOTE, status: 'SUCCESS', reason: 'File Successfully Read', read: sortedKeys(read) };
}
