import { NodeOperationError, type IBinaryData, type IDataObject } from 'n8n-workflow';

import { isDocumentRole, optionsOn, roleParameters, type DocumentRole, type FileRole, type FileSpec, type PictureRole } from '../../files/spec';
import { localOutcome, type DocumentOutcome } from '../outcome';
import type { Run } from '../run/run';
import { selectBinaryFields } from './binaryFields';
import { binaryJobs, type DocumentJob } from './planDocuments';
import { SettingsError, parseCallSettings, parseInputType, parseReadSettings, type CallSettings, type InputType, type ReadSettings } from './readSettings';

/** A picture a call sends (a selfie): one file, from a binary field or a URL, never read by OCR. */
export interface PictureJob {
	itemIndex: number;
	binaryField: string;
	settings: CallSettings;
	fileUrl?: string;
	/** The file downloaded from `fileUrl`, once it is. */
	binary?: IBinaryData;
	/** Set when the picture is refused before any file is opened. */
	refusal?: DocumentOutcome;
	fromWildcard: false;
}

/** One input item's file of documents: the document or picture of each role given, the options on, and what planning noticed. */
export interface FilePlan {
	itemIndex: number;
	documents: Array<{ role: DocumentRole; job: DocumentJob }>;
	pictures: Array<{ role: PictureRole; job: PictureJob }>;
	/** The file options that are on for this item (each at its default when not set). */
	options: Set<string>;
	/** Things a person should know that no read tells, e.g. two pictures given for one KTP. */
	notes: string[];
}

/** How the editor names a role's parameter, for messages that say what to change. */
export function roleParameterLabels(role: Pick<FileRole, 'label'>): { binaryField: string; fileUrl: string } {
	const label = role.label.charAt(0).toUpperCase() + role.label.slice(1);
	return { binaryField: `${label} Binary Field`, fileUrl: `${label} File URL` };
}

/**
 * A role's document is read as a Read of its own would read it, with its checks on: a book of
 * page photos is assembled into one PDF; any other document given as several files (the two
 * sides of an STNK photographed apart) has each file read on its own, so files that contradict
 * each other are seen to. Its picture is graded when the file's quality option for it is on. As
 * an AI Agent's tool nothing binary is passed on.
 */
function roleSettings(options: IDataObject, role: DocumentRole, on: ReadonlySet<string>, inputType: InputType, pattern: string, toolMode: boolean): ReadSettings {
	const settings = parseReadSettings(role.document, {
		inputType,
		binaryPropertyName: pattern,
		page: undefined,
		output: 'flattened',
		options: { ...options, validate: true, reviewPoorReads: true, ...(toolMode ? { includeBinary: false } : {}) },
	});
	const checkImageQuality = role.qualityOption !== undefined && role.document.quality !== undefined && on.has(role.qualityOption);
	return { ...settings, checkImageQuality, combineFiles: inputType === 'binary', combinePhotos: role.document.pages !== undefined };
}

/** A role whose file cannot be used at all, for a reason known before any file is opened. */
function refusalOf(itemIndex: number, binaryField: string, status: 'NO_FILE' | 'FAILED', reason: string): DocumentJob & PictureJob {
	return { itemIndex, binaryField, fromWildcard: false, settings: undefined!, refusal: localOutcome(status, reason, binaryField, undefined) };
}

function addRefused(plan: FilePlan, role: FileRole, refusal: DocumentJob & PictureJob): void {
	if (isDocumentRole(role)) plan.documents.push({ role, job: refusal });
	else plan.pictures.push({ role, job: refusal });
}

/** A picture: one binary field (a selfie is one picture), or a URL. */
function pictureJob(run: Run, options: IDataObject, role: PictureRole, itemIndex: number, inputType: InputType, given: string): PictureJob {
	const settings = parseCallSettings(options);
	if (inputType === 'url') return { itemIndex, binaryField: '', settings, fileUrl: given, fromWildcard: false };
	const { fields } = selectBinaryFields(given, Object.keys(run.items[itemIndex].binary ?? {}));
	if (fields.length > 1) {
		throw new SettingsError(`${roleParameterLabels(role).binaryField} names ${fields.length} fields (${fields.join(', ')}): a ${role.label} is one picture. Name the one to use.`);
	}
	return { itemIndex, binaryField: fields[0], settings, fromWildcard: false };
}

/**
 * The documents and pictures of one input item, role by role. A role that is not required and
 * not on the item (no such binary field, no URL) is simply not given: a company's vehicle file has
 * no KTP, an applicant may have no SIM. A required one that is missing is refused, naming the
 * parameter the user sees.
 */
export function planFile(run: Run, spec: FileSpec, itemIndex: number): FilePlan {
	const { context } = run;
	const options = (context.getNodeParameter('options', itemIndex, {}) ?? {}) as IDataObject;
	const plan: FilePlan = { itemIndex, documents: [], pictures: [], options: optionsOn(spec, options), notes: [] };
	let inputType: InputType;
	try {
		inputType = parseInputType(context.getNodeParameter('inputType', itemIndex, 'binary'));
	} catch (error) {
		if (!(error instanceof SettingsError)) throw new NodeOperationError(context.getNode(), error as Error, { itemIndex });
		for (const role of spec.roles.filter((candidate) => candidate.required)) addRefused(plan, role, refusalOf(itemIndex, '', 'FAILED', error.message));
		return plan;
	}
	for (const role of spec.roles) {
		const parameters = roleParameters(role);
		const labels = roleParameterLabels(role);
		const given = String(context.getNodeParameter(inputType === 'url' ? parameters.fileUrl : parameters.binaryField, itemIndex, '') ?? '').trim();
		const available = Object.keys(run.items[itemIndex].binary ?? {});
		const onItem = inputType === 'url' ? given !== '' : given !== '' && selectBinaryFields(given, available).fields.length > 0;
		if (!onItem && !role.required) continue;
		if (given === '') {
			const reason =
				inputType === 'url'
					? `No file URL was given for the ${role.label}: set ${labels.fileUrl} to the http(s) address of the document.`
					: `${labels.binaryField} is empty. Enter the name of the field holding the ${role.label}, e.g. "${role.defaultBinaryField}".`;
			addRefused(plan, role, refusalOf(itemIndex, '', 'NO_FILE', reason));
			continue;
		}
		try {
			if (isDocumentRole(role)) planDocument(run, plan, options, role, inputType, given);
			else plan.pictures.push({ role, job: pictureJob(run, options, role, itemIndex, inputType, given) });
		} catch (error) {
			if (!(error instanceof SettingsError)) throw new NodeOperationError(context.getNode(), error as Error, { itemIndex });
			addRefused(plan, role, refusalOf(itemIndex, inputType === 'url' ? '' : given, 'FAILED', error.message));
		}
	}
	return plan;
}

function planDocument(run: Run, plan: FilePlan, options: IDataObject, role: DocumentRole, inputType: InputType, given: string): void {
	const { itemIndex } = plan;
	const settings = roleSettings(options, role, plan.options, inputType, inputType === 'url' ? '' : given, run.toolMode);
	if (inputType === 'url') {
		plan.documents.push({ role, job: { itemIndex, binaryField: '', settings, fromWildcard: false, fileUrl: given } });
		return;
	}
	// With Combine Files on, an item's fields are always one job: one document per role.
	const [job] = binaryJobs(run.items[itemIndex], itemIndex, settings, roleParameterLabels(role).binaryField);
	if (job.combinedFields && job.combinedFields.length > 1 && !role.document.multiPage) {
		plan.notes.push(
			`${job.combinedFields.length} files were given for the ${role.label} (${job.combinedFields.join(', ')}): a ${role.label} is one picture, so each was read and they were compared`,
		);
	}
	plan.documents.push({ role, job });
}
