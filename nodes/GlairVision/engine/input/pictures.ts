import type { INodeExecutionData, IExecuteFunctions } from 'n8n-workflow';

import type { DocumentFileType } from '../../documents/spec';
import type { UploadSource } from '../../transport/multipart';
import { prepareDocument } from './prepareDocument';

/**
 * The pictures a face or identity call sends, each from a binary field the user named, checked
 * like a document's file (by its bytes, its size) before anything is sent. GLAIR's face endpoints
 * take PNG and JPEG.
 */

export const PICTURE_TYPES: readonly DocumentFileType[] = ['png', 'jpeg'];

export interface PictureSource {
	/** GLAIR's part, e.g. "captured_image". */
	part: string;
	binaryField: string;
	/** The parameter naming the field, for the message when it is not there, e.g. "Captured Image Binary Field". */
	parameter: string;
}

export type Pictures =
	| { kind: 'ready'; files: Array<{ part: string; upload: UploadSource }> }
	| { kind: 'refused'; status: 'NO_FILE' | 'FILE_INVALID_FORMAT'; reason: string };

function missingField(item: INodeExecutionData, source: PictureSource): string {
	const available = Object.keys(item.binary ?? {});
	const itemHas = available.length ? `This item has: ${available.join(', ')}.` : 'This item has no binary data at all: check the node before this one.';
	return `No binary field "${source.binaryField}" on this item. ${itemHas} Put the right name in ${source.parameter}.`;
}

export async function preparePictures(
	context: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
	sources: readonly PictureSource[],
	maxFileSizeMb: number,
): Promise<Pictures> {
	const files: Array<{ part: string; upload: UploadSource }> = [];
	for (const source of sources) {
		if (!item.binary?.[source.binaryField]) return { kind: 'refused', status: 'NO_FILE', reason: missingField(item, source) };
		const prepared = await prepareDocument(context, itemIndex, source.binaryField, maxFileSizeMb, PICTURE_TYPES);
		if (prepared.kind === 'rejected') return { kind: 'refused', status: prepared.status, reason: prepared.reason };
		files.push({ part: source.part, upload: prepared.upload });
	}
	return { kind: 'ready', files };
}
