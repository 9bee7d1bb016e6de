import { isDocumentRole, type CallPicture, type FileCall, type FileSpec } from '../../files/spec';
import type { UploadSource } from '../../transport/multipart';
import { hashBinary } from '../input/binaryContent';
import { MIME_TYPES, sniffFileType } from '../input/fileType';
import { PICTURE_TYPES } from '../input/pictures';
import type { CallResult } from '../output/callRow';
import { identityFromKtpRow } from '../plan/identityRequest';
import type { DocumentResult } from '../plan/planDocuments';
import type { FilePlan, PictureJob } from '../plan/planFile';
import type { CallSettings } from '../plan/readSettings';
import { FACE_MATCH, identityVerification, passiveLiveness, type BiometricCall } from './biometricCalls';
import { callWithFiles } from './callResult';
import { openFile, readDocument } from './readDocument';
import { localOutcome, type DocumentOutcome } from '../outcome';
import type { Run } from './run';

/**
 * One input item's file, done: every document read, every picture checked, every GLAIR call of
 * the file made. They go side by side, within the run's request gate: the reads and the selfie's
 * liveness at once, the face match and Dukcapil as soon as the KTP's read is in, so an applicant
 * takes about two calls in a row, not the sum of them.
 */

/** A picture role's file (a selfie): checked by its bytes, never read by OCR. */
export interface PictureResult {
	job: PictureJob;
	/** SUCCESS when the file can be sent; otherwise why not, as a document's refusal says it. */
	outcome: DocumentOutcome;
	upload?: UploadSource;
}

/** A call of the file: made (its result), skipped (not asked for, or nothing to send), or not made (something it needs is missing). */
export type FileCallDone = { call: FileCall; kind: 'made'; result: CallResult } | { call: FileCall; kind: 'skipped' | 'notMade'; why: string };

export interface FileDone {
	plan: FilePlan;
	results: DocumentResult[];
	pictures: PictureResult[];
	calls: FileCallDone[];
}

async function checkPicture(run: Run, job: PictureJob): Promise<PictureResult> {
	if (job.refusal) return { job, outcome: job.refusal };
	const opened = await openFile(run, job, job.settings, PICTURE_TYPES);
	if (opened.kind === 'refused') return { job: opened.job, outcome: opened.outcome };
	if (opened.kind === 'skipped') return { job: opened.job, outcome: localOutcome('NO_FILE', opened.skippedNote, job.binaryField, undefined) };
	const fileSha256 = await hashBinary(run.context, job.itemIndex, job.binaryField, opened.job.binary);
	return { job: opened.job, outcome: localOutcome('SUCCESS', '', job.binaryField, undefined, opened.fileName, fileSha256), upload: opened.upload };
}

/** An image GLAIR cut out of a read (a KTP's `foto`), sent as GLAIR gave it. */
function imageUpload(base64: string, name: string): UploadSource | undefined {
	const bytes = Buffer.from(base64, 'base64');
	const sniffed = sniffFileType(bytes.subarray(0, 16));
	if (sniffed.kind !== 'document' || !PICTURE_TYPES.includes(sniffed.type)) return undefined;
	return { fileName: `${name}.${sniffed.type === 'jpeg' ? 'jpg' : 'png'}`, mimeType: MIME_TYPES[sniffed.type], size: bytes.length, open: async () => bytes };
}

/** A read's values by column, as a flat document's Read row names them (the KTP's `nik`, `nama`, ...). */
function valuesOf(outcome: DocumentOutcome): Record<string, string> {
	return Object.fromEntries(Object.values(outcome.read ?? {}).flatMap((section) => Object.entries(section).map(([key, reading]) => [key, reading.value])));
}

type Needed<T> = { kind: 'ready'; value: T } | { kind: 'skipped' | 'notMade'; why: string };

export async function performFile(run: Run, spec: FileSpec, plan: FilePlan): Promise<FileDone> {
	const labelOf = (role: string) => spec.roles.find((candidate) => candidate.role === role)?.label ?? role;
	const reads = new Map(plan.documents.map(({ role, job }) => [role.role, readDocument(run, role.document, job)]));
	const pictures = new Map(plan.pictures.map(({ role, job }) => [role.role, checkPicture(run, job)]));
	const jobs = [...plan.documents, ...plan.pictures].map(({ job }) => job);
	const settings: CallSettings | undefined = jobs.find((job) => !job.refusal)?.settings;
	// A file refused before anything is sent is Not Read whatever the calls say: they are billed, so none is made.
	const refused = jobs.find((job) => job.refusal);

	async function readOf(role: string): Promise<Needed<DocumentOutcome>> {
		const read = reads.get(role);
		if (!read) return { kind: 'skipped', why: `no ${labelOf(role)} given` };
		const { outcome } = await read;
		return outcome?.status === 'SUCCESS' ? { kind: 'ready', value: outcome } : { kind: 'notMade', why: `the ${labelOf(role)} was not read` };
	}

	async function pictureOf(picture: CallPicture): Promise<Needed<UploadSource>> {
		const role = spec.roles.find((candidate) => candidate.role === picture.role);
		if (role && isDocumentRole(role)) {
			const read = await readOf(picture.role);
			if (read.kind !== 'ready') return read;
			const base64 = picture.image ? read.value.images?.[picture.image] : undefined;
			const upload = base64 ? imageUpload(base64, `${picture.role}-${picture.image}`) : undefined;
			return upload ? { kind: 'ready', value: upload } : { kind: 'notMade', why: `GLAIR cut no ${picture.image} (a PNG or JPEG face photo) out of the ${labelOf(picture.role)}` };
		}
		const checked = pictures.get(picture.role);
		if (!checked) return { kind: 'skipped', why: `no ${labelOf(picture.role)} given` };
		const { upload } = await checked;
		return upload ? { kind: 'ready', value: upload } : { kind: 'notMade', why: `the ${labelOf(picture.role)} could not be used` };
	}

	const send = async <T>(call: FileCall, biometric: BiometricCall<T>, files: Array<{ part: string; upload: UploadSource }>, texts: Array<[string, string]> = []): Promise<FileCallDone> => ({
		call,
		kind: 'made',
		result: await callWithFiles(run, plan.itemIndex, { path: biometric.path, files, texts }, settings!, biometric.product, biometric.interpretation),
	});

	async function make(call: FileCall): Promise<FileCallDone> {
		if (refused || !settings) return { call, kind: 'notMade', why: 'a file of the item was refused before any call' };
		if (call.option !== undefined && !plan.options.has(call.option)) {
			const option = spec.options?.find((candidate) => candidate.name === call.option)?.displayName ?? call.option;
			return { call, kind: 'skipped', why: `${option} is off` };
		}
		switch (call.kind) {
			case 'faceMatch': {
				const [stored, captured] = await Promise.all([pictureOf(call.stored), pictureOf(call.captured)]);
				for (const needed of [captured, stored]) if (needed.kind !== 'ready') return { call, ...needed };
				return await send(call, FACE_MATCH, [
					{ part: 'stored_image', upload: (stored as { value: UploadSource }).value },
					{ part: 'captured_image', upload: (captured as { value: UploadSource }).value },
				]);
			}
			case 'passiveLiveness': {
				const picture = await pictureOf(call.picture);
				if (picture.kind !== 'ready') return { call, ...picture };
				return await send(call, passiveLiveness(undefined), [{ part: 'image', upload: picture.value }]);
			}
			case 'identity': {
				const [person, face] = await Promise.all([readOf(call.person), call.face ? pictureOf(call.face) : Promise.resolve(undefined)]);
				if (person.kind !== 'ready') return { call, ...person };
				const request = identityFromKtpRow(valuesOf(person.value));
				if (request.kind === 'invalid') return { call, kind: 'notMade', why: request.problem };
				// With a face given but unusable the identity is not asked without it: the item is Not Read anyway.
				if (face && face.kind === 'notMade') return { call, ...face };
				const withFace = face?.kind === 'ready';
				const files = withFace ? [{ part: 'face_image', upload: face.value }] : [];
				return await send(call, identityVerification(withFace), files, Object.entries(request.parts) as Array<[string, string]>);
			}
		}
	}

	const [results, checked, calls] = await Promise.all([
		Promise.all(plan.documents.map(async ({ role }) => await reads.get(role.role)!)),
		Promise.all(plan.pictures.map(async ({ role }) => await pictures.get(role.role)!)),
		Promise.all((spec.calls ?? []).map(make)),
	]);
	return { plan, results, pictures: checked, calls };
}
