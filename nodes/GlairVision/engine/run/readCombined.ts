import { NodeOperationError } from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import type { UploadSource } from '../../transport/multipart';
import { hashBinary } from '../input/binaryContent';
import { assembleCombinedPdf, CombinedPdfError, type PagePhoto } from '../input/combine/combinedPdf';
import { prepareDocument } from '../input/prepareDocument';
import { StreamingSha256, hashWhileReading, hashedSource } from '../input/sha256';
import { localOutcome, type DocumentOutcome } from '../outcome';
import type { DocumentJob, DocumentResult } from '../plan/planDocuments';
import { identifyingFields } from '../../documents/fieldList';
import { mergeReadings, type PartReading } from '../response/mergeReadings';
import { MEGABYTE } from '../../transport/byteSize';
import type { Run } from './run';
import { sendDocument } from './sendDocument';

const PHOTO_TYPES: Record<string, PagePhoto['type']> = { 'image/jpeg': 'jpeg', 'image/png': 'png' };

/** One upload of the document and how its readings map back to files. */
interface Part {
	upload: UploadSource;
	fileOf: (pageIndex: number) => string;
	sha256: () => string | undefined;
	/** The files this upload holds, for a message about it. */
	files: string;
}

/** The SHA-256 over the files in order, when the uploads did not read them in that order. */
async function hashInOrder(parts: ReadonlyArray<{ upload: UploadSource }>): Promise<string> {
	const sha256 = new StreamingSha256();
	for (const { upload } of parts) {
		const content = hashWhileReading(await upload.open(), sha256, { finishOnEnd: false });
		if (!Buffer.isBuffer(content)) for await (const chunk of content) void chunk;
	}
	return sha256.finish();
}

/**
 * Combine Files: every file selected on the item is one document. Page photos (JPEG, PNG) are
 * assembled into one PDF and uploaded once; a PDF or TIFF among them is read on its own; the
 * readings merge field by field and each field remembers the file it came from.
 */
export async function readCombined(run: Run, spec: DocumentSpec, job: DocumentJob, fields: readonly string[]): Promise<DocumentResult> {
	const { context } = run;
	const settings = job.settings!;
	const binaryField = fields.join(', ');
	const prepared = [];
	const skipped: string[] = [];
	for (const field of fields) {
		const file = await prepareDocument(context, job.itemIndex, field, settings.maxFileSizeMb, spec.fileTypes);
		if (file.kind === 'ready') {
			prepared.push({ field, ...file });
		} else if (file.notADocument && settings.skipNonDocuments && job.fromWildcard) {
			skipped.push(`${file.fileName} (${file.whatItIs})`);
		} else {
			// A page that cannot be read makes the book incomplete: the document is not read at all.
			const reason = `${file.reason} It is one of the files combined into this document (${binaryField}).`;
			const fileSha256 = await hashBinary(context, job.itemIndex, field);
			return { job, outcome: localOutcome(file.status, reason, binaryField, settings.page, file.fileName, fileSha256) };
		}
	}
	if (prepared.length === 0) return { job, skippedNote: skipped.join('; ') };
	const fileName = prepared.map((file) => file.fileName).join(', ');
	const document = { fileName, binaryField: prepared.map((file) => file.field).join(', '), page: settings.page, itemIndex: job.itemIndex };

	// One file is sent as it is: GLAIR reads the bytes the camera wrote, with no PDF around them.
	const photos = prepared.length > 1 && settings.combinePhotos ? prepared.filter((file) => PHOTO_TYPES[file.upload.mimeType]) : [];
	const others = prepared.filter((file) => !photos.includes(file));
	const parts: Part[] = [];
	if (photos.length > 0) {
		try {
			const pdf = await assembleCombinedPdf(
				photos.map(({ upload }) => ({ ...upload, type: PHOTO_TYPES[upload.mimeType] })),
				{ fileName: 'photos.pdf', maxTotalBytes: settings.maxFileSizeMb * MEGABYTE },
			);
			const files = photos.map((photo) => photo.fileName).join(', ');
			parts.push({ upload: pdf, fileOf: (pageIndex) => pdf.pages[pageIndex]?.fileName ?? '', sha256: () => pdf.sha256(), files });
		} catch (error) {
			if (!(error instanceof CombinedPdfError)) throw new NodeOperationError(context.getNode(), error as Error, { itemIndex: job.itemIndex });
			const fileSha256 = await hashInOrder(prepared);
			return { job, outcome: localOutcome('FILE_INVALID_FORMAT', error.message, document.binaryField, settings.page, fileName, fileSha256) };
		}
	}
	for (const other of others) {
		const upload = hashedSource(other.upload);
		parts.push({ upload, fileOf: () => other.fileName, sha256: () => upload.sha256(), files: other.fileName });
	}

	const outcomes: DocumentOutcome[] = [];
	for (const part of parts) outcomes.push(await sendDocument(run, spec, settings, part.upload, document));
	// One upload read every file in order (a book, or a single file): its digest is the one; else hash them in order.
	const fileSha256 = (parts.length === 1 ? parts[0].sha256() : undefined) ?? (await hashInOrder(prepared));

	const read = outcomes.map((outcome, index) => ({ outcome, part: parts[index] })).filter(({ outcome }) => outcome.status === 'SUCCESS');
	const unread = outcomes.map((outcome, index) => ({ outcome, part: parts[index] })).filter(({ outcome }) => outcome.status !== 'SUCCESS');
	const joined = (pick: (outcome: DocumentOutcome) => string | null) => outcomes.map(pick).filter((value) => value).join(', ');
	const shared = {
		...document,
		fileSha256,
		requestId: joined((outcome) => outcome.requestId) || null,
		attempts: outcomes.reduce((sum, outcome) => sum + outcome.attempts, 0),
	};
	const skippedNote = skipped.length ? skipped.join('; ') : undefined;
	if (read.length === 0) {
		const [first] = unread;
		return { job, outcome: { ...first.outcome, ...shared }, skippedNote };
	}
	const merged = mergeReadings(
		read.map(({ outcome, part }): PartReading => ({ read: outcome.read ?? {}, tables: outcome.tables, fileOf: (reading) => part.fileOf(reading.page_index) })),
		identifyingFields(spec),
	);
	// A user's own file may be called photos.pdf too: the part says which files it holds.
	const notes = unread.map(({ outcome, part }) => `${part.files} could not be read: ${outcome.reason}`);
	const outcome: DocumentOutcome = {
		...read[0].outcome,
		...shared,
		httpStatus: read[read.length - 1].outcome.httpStatus,
		read: merged.read,
		tables: merged.tables,
		fieldFiles: merged.fieldFiles,
		body: outcomes.length === 1 ? read[0].outcome.body : outcomes.map((each) => each.body),
		...(notes.length ? { notes } : {}),
		...(merged.conflicts.length ? { conflicts: merged.conflicts } : {}),
	};
	return { job, outcome, skippedNote };
}
