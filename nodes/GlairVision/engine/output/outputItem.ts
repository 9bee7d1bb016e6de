import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import { MIME_TYPES, sniffFileType } from '../input/fileType';
import type { DocumentOutcome } from '../outcome';
import type { DocumentJob } from '../plan/planDocuments';
import { annotateDocument } from './annotate';
import type { Route } from './outputs';
import { shapeFailure, shapeSuccess } from './shape';

/** The images GLAIR cut out (a face photo, a signature) as binary properties, never as JSON text. */
async function imageBinaries(
	context: IExecuteFunctions,
	spec: DocumentSpec,
	outcome: DocumentOutcome,
): Promise<INodeExecutionData['binary']> {
	const binary: NonNullable<INodeExecutionData['binary']> = {};
	const stem = (outcome.fileName || outcome.binaryField).replace(/\.[^.]+$/, '');
	for (const image of spec.images ?? []) {
		const base64 = outcome.images?.[image.key];
		if (!base64) continue;
		const bytes = Buffer.from(base64.replace(/^data:[^,]*,/, ''), 'base64');
		const sniffed = sniffFileType(bytes.subarray(0, 16));
		const type = sniffed.kind === 'document' ? sniffed.type : undefined;
		const extension = type === 'jpeg' ? 'jpg' : (type ?? 'bin');
		binary[image.key] = await context.helpers.prepareBinaryData(
			bytes,
			`${stem}-${image.key}.${extension}`,
			type ? MIME_TYPES[type] : 'application/octet-stream',
		);
	}
	return binary;
}

/** The output item for one document and the route it takes. */
export async function toOutputItem(
	context: IExecuteFunctions,
	spec: DocumentSpec,
	job: DocumentJob,
	outcome: DocumentOutcome,
	input: INodeExecutionData,
	skippedNotes: string[],
): Promise<{ route: Route; item: INodeExecutionData }> {
	const { settings } = job;
	let route: Route;
	let json: IDataObject;
	if (outcome.status === 'SUCCESS' && settings) {
		const annotations = annotateDocument(spec, outcome, settings);
		route = annotations?.reviewReasons?.length ? 'needsReview' : 'success';
		json = shapeSuccess(spec, outcome, settings, annotations);
	} else {
		route = outcome.status === 'SUCCESS' ? 'FAILED' : outcome.status;
		json = shapeFailure(outcome, settings?.format ?? 'flattened');
	}
	if (settings?.skipNonDocuments) json.skipped = skippedNotes.join('; ');

	const item: INodeExecutionData = { json, pairedItem: { item: job.itemIndex } };
	if (settings?.includeBinary !== false) {
		// A combined book passes on every file it was read from; a URL's download goes on as `data`,
		// as n8n's HTTP Request names a downloaded file.
		const fields = job.combinedFields ?? [job.binaryField];
		const files = job.binary ? { data: job.binary } : Object.fromEntries(fields.flatMap((field) => (input.binary?.[field] ? [[field, input.binary[field]]] : [])));
		if (Object.keys(files).length > 0) item.binary = files;
	}
	if (settings?.includeImages && outcome.status === 'SUCCESS') {
		item.binary = { ...item.binary, ...(await imageBinaries(context, spec, outcome)) };
	}
	return { route, item };
}
