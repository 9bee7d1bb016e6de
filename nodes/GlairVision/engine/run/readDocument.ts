import type { IExecuteFunctions } from 'n8n-workflow';

import { hashBinary } from '../input/hashBinary';
import { prepareDocument } from '../input/prepareDocument';
import { hashedSource } from '../input/sha256';
import { localOutcome, type DocumentOutcome } from '../outcome';
import type { DocumentJob } from '../plan/planDocuments';
import { readCombined } from './readCombined';
import { sendDocument, type RunContext } from './sendDocument';

export type { RunContext } from './sendDocument';

/** A document's outcome, and/or a note on files skipped as not documents at all. */
export interface DocumentResult {
	job: DocumentJob;
	outcome?: DocumentOutcome;
	skippedNote?: string;
}

/**
 * Reads one document: checks the file, sends it and reads the answer, hashing the bytes on
 * their way out. A job with Combine Files reads all of its files as one document.
 */
export async function readDocument(context: IExecuteFunctions, job: DocumentJob, run: RunContext): Promise<DocumentResult> {
	if (job.refusal) return { job, outcome: job.refusal };
	const settings = job.settings!;
	if (!run.credentials) {
		return { job, outcome: localOutcome('FAILED', run.credentialProblem ?? 'No GLAIR Vision credential', job.binaryField, settings.page) };
	}
	const ready = { ...run, credentials: run.credentials };
	if (job.combinedFields) return await readCombined(context, job, ready, job.combinedFields);

	const prepared = await prepareDocument(context, job.itemIndex, job.binaryField, settings.maxFileSizeMb, run.spec.fileTypes);
	if (prepared.kind === 'rejected') {
		if (prepared.notADocument && settings.skipNonDocuments && job.fromWildcard) {
			return { job, skippedNote: `${prepared.fileName} (${prepared.whatItIs})` };
		}
		const fileSha256 = await hashBinary(context, job.itemIndex, job.binaryField);
		return { job, outcome: localOutcome(prepared.status, prepared.reason, job.binaryField, settings.page, prepared.fileName, fileSha256) };
	}
	const upload = hashedSource(prepared.upload);
	const outcome = await sendDocument(context, ready, settings, upload, {
		fileName: prepared.fileName,
		binaryField: job.binaryField,
		page: settings.page,
		itemIndex: job.itemIndex,
	});
	// Every attempt cut short mid-upload leaves no complete read to take the digest from.
	outcome.fileSha256 = upload.sha256() ?? (await hashBinary(context, job.itemIndex, job.binaryField));
	return { job, outcome };
}
