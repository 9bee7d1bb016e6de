import type { DocumentFileType, DocumentSpec } from '../../documents/spec';
import type { UploadSource } from '../../transport/multipart';
import { hashBinary } from '../input/binaryContent';
import { prepareDocument } from '../input/prepareDocument';
import { downloadToBinary, type DownloadOutcome } from '../../transport/download/downloadToBinary';
import { hashedSource } from '../input/sha256';
import { localOutcome, type DocumentOutcome } from '../outcome';
import type { DocumentJob, DocumentResult } from '../plan/planDocuments';
import type { CallSettings } from '../plan/readSettings';
import { readCombined } from './readCombined';
import { MEGABYTE } from '../../transport/byteSize';
import type { Run } from './run';
import { sendDocument } from './sendDocument';

export type { DocumentResult } from '../plan/planDocuments';

/** What opening a job's file needs of its settings: its size limit and retries, its page. */
type OpenSettings = Pick<CallSettings, 'maxFileSizeMb' | 'retry'> & { page?: number; skipNonDocuments?: boolean };

/** The file of a job, downloaded when it is a URL (no file read twice, none combined). */
export type FileJob = Pick<DocumentJob, 'itemIndex' | 'binaryField' | 'fileUrl' | 'binary' | 'fromWildcard'>;

/**
 * A download that did not give a file. A URL that is not there (404, 410) or not given is No
 * File, as a missing binary field is: the same path, nothing to try again. A file over Max File
 * Size is Invalid Format, as it is from a binary field. Everything else (expired link, server
 * error, network, a blocked address) is Failed, retryable when trying later may work.
 */
function downloadFailure(job: FileJob, settings: OpenSettings, failed: Extract<DownloadOutcome, { kind: 'failed' }>): DocumentOutcome {
	const notThere = failed.httpStatus === 404 || failed.httpStatus === 410 || (failed.httpStatus === null && failed.attempts === 0 && !job.fileUrl?.trim());
	const status = notThere ? 'NO_FILE' : failed.tooLarge ? 'FILE_INVALID_FORMAT' : 'FAILED';
	return {
		...localOutcome(status, failed.reason, job.binaryField, settings.page),
		httpStatus: failed.httpStatus,
		attempts: failed.attempts,
		retryable: status === 'FAILED' && failed.retryable,
	};
}

/** A job's file ready to send (with the job's copy holding a URL's download), or why it cannot be. */
export type OpenedFile<Job extends FileJob> =
	| { kind: 'ready'; job: Job; fileName: string; upload: UploadSource; download?: Pick<DocumentOutcome, 'attempts' | 'httpStatus'> }
	| { kind: 'refused'; job: Job; outcome: DocumentOutcome }
	| { kind: 'skipped'; job: Job; skippedNote: string };

/**
 * A job's file checked by its bytes (type, size, a PDF cut short), downloaded first when it is a
 * URL: what a document's read and a picture a call sends (a selfie) both go through.
 */
export async function openFile<Job extends FileJob>(run: Run, job: Job, settings: OpenSettings, fileTypes: readonly DocumentFileType[]): Promise<OpenedFile<Job>> {
	const { context } = run;
	// A file refused after its download still says how the download went.
	let download: Pick<DocumentOutcome, 'attempts' | 'httpStatus'> | undefined;
	if (job.fileUrl !== undefined && !job.binary) {
		const downloaded = await downloadToBinary(context, job.itemIndex, job.fileUrl, {
			...settings.retry,
			maxBytes: settings.maxFileSizeMb * MEGABYTE,
			cancelSignal: run.cancelSignal,
		});
		if (downloaded.kind === 'failed') return { kind: 'refused', job, outcome: downloadFailure(job, settings, downloaded) };
		// The job's own copy carries the file from here on; the input item stays as n8n gave it.
		job = { ...job, binary: downloaded.binary };
		download = { attempts: downloaded.attempts, httpStatus: downloaded.httpStatus };
	}
	const prepared = await prepareDocument(context, job.itemIndex, job.binaryField, settings.maxFileSizeMb, fileTypes, job.binary);
	if (prepared.kind === 'ready') return { kind: 'ready', job, fileName: prepared.fileName, upload: prepared.upload, ...(download ? { download } : {}) };
	if (prepared.notADocument && settings.skipNonDocuments && job.fromWildcard) return { kind: 'skipped', job, skippedNote: `${prepared.fileName} (${prepared.whatItIs})` };
	const fileSha256 = await hashBinary(context, job.itemIndex, job.binaryField, job.binary);
	return { kind: 'refused', job, outcome: { ...localOutcome(prepared.status, prepared.reason, job.binaryField, settings.page, prepared.fileName, fileSha256), ...download } };
}

/**
 * Reads one document: checks the file, sends it and reads the answer, hashing the bytes on
 * their way out. A job with Combine Files reads all of its files as one document; a job with a
 * URL downloads its file first and reads it as if it were a binary field.
 */
export async function readDocument(run: Run, spec: DocumentSpec, job: DocumentJob): Promise<DocumentResult> {
	if (job.refusal) return { job, outcome: job.refusal };
	const { context } = run;
	const settings = job.settings!;
	if (job.combinedFields) return await readCombined(run, spec, job, job.combinedFields);

	const opened = await openFile(run, job, settings, spec.fileTypes);
	if (opened.kind === 'skipped') return { job: opened.job, skippedNote: opened.skippedNote };
	if (opened.kind === 'refused') return { job: opened.job, outcome: opened.outcome };
	job = opened.job;
	const upload = hashedSource(opened.upload);
	const outcome = await sendDocument(run, spec, settings, upload, {
		fileName: opened.fileName,
		binaryField: job.binaryField,
		page: settings.page,
		itemIndex: job.itemIndex,
	});
	// Every attempt cut short mid-upload leaves no complete read to take the digest from.
	outcome.fileSha256 = upload.sha256() ?? (await hashBinary(context, job.itemIndex, job.binaryField, job.binary));
	return { job, outcome };
}
