import type { IBinaryKeyData, IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import { MIME_TYPES, sniffFileType } from '../input/fileType';
import { localOutcome, type DocumentOutcome } from '../outcome';
import type { DocumentJob, DocumentResult } from '../plan/planDocuments';
import type { ReadSettings } from '../plan/readSettings';
import { annotateDocument } from './annotate';
import type { OutputEntry, Route } from './outputs';
import { shapeFailure, shapeSuccess } from './shape';
import { emptyRow, splitIntoRows } from './tables';

/** The images GLAIR cut out (a face photo, a signature) as binary properties, never as JSON text. */
async function imageBinaries(
	context: IExecuteFunctions,
	spec: DocumentSpec,
	outcome: DocumentOutcome,
): Promise<IBinaryKeyData> {
	const binary: IBinaryKeyData = {};
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

/** The output entry for one document. */
export async function toOutputEntry(
	context: IExecuteFunctions,
	spec: DocumentSpec,
	job: DocumentJob,
	outcome: DocumentOutcome,
	input: INodeExecutionData,
	skippedNotes: string[],
): Promise<OutputEntry> {
	const { settings } = job;
	let route: Route;
	let json: IDataObject;
	if (outcome.status === 'SUCCESS' && settings) {
		const annotations = annotateDocument(spec, outcome, settings);
		route = annotations?.reviewReasons?.length ? 'needsReview' : 'success';
		json = shapeSuccess(spec, outcome, settings, annotations);
	} else {
		route = outcome.status === 'SUCCESS' ? 'FAILED' : outcome.status;
		json = shapeFailure(spec, outcome, settings?.format ?? 'flattened');
	}
	if (settings?.skipNonDocuments) json.skipped = skippedNotes.join('; ');

	let binary: IBinaryKeyData | undefined;
	if (settings?.includeBinary !== false) {
		// A combined document passes on every file it was read from; a URL's download goes on as
		// `data`, as n8n's HTTP Request names a downloaded file.
		const fields = job.combinedFields ?? [job.binaryField];
		const files = job.binary ? { data: job.binary } : Object.fromEntries(fields.flatMap((field) => (input.binary?.[field] ? [[field, input.binary[field]]] : [])));
		if (Object.keys(files).length > 0) binary = files;
	}
	if (settings?.includeImages && outcome.status === 'SUCCESS') {
		binary = { ...binary, ...(await imageBinaries(context, spec, outcome)) };
	}
	return { route, json, ...(binary ? { binary } : {}) };
}

/**
 * Table Rows = Items: a document read is one entry per row of its first table, each on the
 * document's route with its files (as n8n's Split Out passes the binary on to every item); a
 * document that was not read, or is shown Raw, stays one entry.
 */
function rowEntries(spec: DocumentSpec, settings: ReadSettings | undefined, outcome: DocumentOutcome, entry: OutputEntry): OutputEntry[] {
	const table = spec.tables?.[0];
	if (!table || !settings || settings.tableRows !== 'items' || outcome.status !== 'SUCCESS' || settings.format === 'raw') return [entry];
	const companions = (table.checks ?? []).flatMap((check) => check.companions.map(({ column }) => column));
	const empty = emptyRow(table, settings.format, settings, companions);
	return splitIntoRows(spec, entry.json, settings.format, empty).map((json) => ({ ...entry, json }));
}

/**
 * An input item's documents as output entries, one per document read (with Table Rows = Items,
 * one per row). Files skipped as not
 * documents are noted on each; an item whose every file was skipped still yields one entry, so no
 * input vanishes.
 */
export async function documentEntries(
	context: IExecuteFunctions,
	spec: DocumentSpec,
	results: readonly DocumentResult[],
	input: INodeExecutionData,
): Promise<OutputEntry[]> {
	const skippedNotes = results.flatMap((result) => (result.skippedNote ? [result.skippedNote] : []));
	const read = results.filter((result) => result.outcome !== undefined);
	if (read.length === 0 && results.length > 0) {
		const job = { ...results[0].job, binaryField: '' };
		const reason = `Every file on this item was skipped as not a document: ${skippedNotes.join('; ')}.`;
		read.push({ job, outcome: localOutcome('NO_FILE', reason, '', job.settings?.page) });
	}
	const entries: OutputEntry[] = [];
	for (const { job, outcome } of read) entries.push(...rowEntries(spec, job.settings, outcome!, await toOutputEntry(context, spec, job, outcome!, input, skippedNotes)));
	return entries;
}
