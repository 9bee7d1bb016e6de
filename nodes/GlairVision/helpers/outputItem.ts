import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { annotateDocument } from './annotateDocument';
import type { DocumentJob } from './documentPlan';
import type { Route } from './outputs';
import { shapeFailure, shapeSuccess, type DocumentOutcome } from './shapeOutput';

/** The output item for one document and the route it takes. */
export function toOutputItem(
	job: DocumentJob,
	outcome: DocumentOutcome,
	input: INodeExecutionData,
	skippedNotes: string[],
): { route: Route; item: INodeExecutionData } {
	const { settings } = job;
	let route: Route;
	let json: IDataObject;
	if (outcome.status === 'SUCCESS' && settings) {
		const annotations = annotateDocument(outcome, settings);
		route = annotations?.reviewReasons?.length ? 'needsReview' : 'success';
		json = shapeSuccess(outcome, settings, annotations);
	} else {
		route = outcome.status === 'SUCCESS' ? 'FAILED' : outcome.status;
		json = shapeFailure(outcome, settings?.format ?? 'flattened');
	}
	if (settings?.skipNonDocuments) json.skipped = skippedNotes.join('; ');

	const item: INodeExecutionData = { json, pairedItem: { item: job.itemIndex } };
	const file = input.binary?.[job.binaryField];
	// Passed on by default so a later node can archive or attach the scan.
	if (file && settings?.includeBinary !== false) item.binary = { [job.binaryField]: file };
	return { route, item };
}
