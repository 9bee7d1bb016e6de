import { NodeOperationError, type IDataObject } from 'n8n-workflow';

import { roleParameters, type FileRole, type FileSpec } from '../../files/spec';
import { localOutcome } from '../outcome';
import type { Run } from '../run/run';
import { selectBinaryFields } from './binaryFields';
import { binaryJobs, type DocumentJob } from './planDocuments';
import { SettingsError, parseInputType, parseReadSettings, type InputType, type ReadSettings } from './readSettings';

/** One input item's file of documents: the document of each role given, and what planning noticed. */
export interface FilePlan {
	itemIndex: number;
	documents: Array<{ role: FileRole; job: DocumentJob }>;
	/** Things a person should know that no read tells, e.g. two pictures given for one KTP. */
	notes: string[];
}

/** How the editor names a role's parameter, for messages that say what to change. */
export function roleParameterLabels(role: FileRole): { binaryField: string; fileUrl: string } {
	return { binaryField: `${role.label} Binary Field`, fileUrl: `${role.label} File URL` };
}

/**
 * A role's document is read as a Read of its own would read it, with its checks on: a book of
 * page photos is assembled into one PDF; any other document given as several files (the two
 * sides of an STNK photographed apart) has each file read on its own, so files that contradict
 * each other are seen to. As an AI Agent's tool nothing binary is passed on.
 */
function roleSettings(options: IDataObject, role: FileRole, inputType: InputType, pattern: string, toolMode: boolean): ReadSettings {
	const settings = parseReadSettings(role.document, {
		inputType,
		binaryPropertyName: pattern,
		page: undefined,
		output: 'flattened',
		options: { ...options, validate: true, reviewPoorReads: true, ...(toolMode ? { includeBinary: false } : {}) },
	});
	return { ...settings, combineFiles: inputType === 'binary', combinePhotos: role.document.pages !== undefined };
}

/** A role whose document cannot be read at all, for a reason known before any file is opened. */
function refused(role: FileRole, itemIndex: number, binaryField: string, status: 'NO_FILE' | 'FAILED', reason: string): { role: FileRole; job: DocumentJob } {
	return { role, job: { itemIndex, binaryField, fromWildcard: false, refusal: localOutcome(status, reason, binaryField, undefined) } };
}

/**
 * The documents of one input item, role by role. A role that is not required and not on the item
 * (no such binary field, no URL) is simply not given: a company's vehicle file has no KTP. A
 * required one that is missing is refused, naming the parameter the user sees.
 */
export function planFile(run: Run, spec: FileSpec, itemIndex: number): FilePlan {
	const { context } = run;
	const plan: FilePlan = { itemIndex, documents: [], notes: [] };
	const options = (context.getNodeParameter('options', itemIndex, {}) ?? {}) as IDataObject;
	let inputType: InputType;
	try {
		inputType = parseInputType(context.getNodeParameter('inputType', itemIndex, 'binary'));
	} catch (error) {
		if (!(error instanceof SettingsError)) throw new NodeOperationError(context.getNode(), error as Error, { itemIndex });
		plan.documents.push(...spec.roles.filter((role) => role.required).map((role) => refused(role, itemIndex, '', 'FAILED', error.message)));
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
			plan.documents.push(refused(role, itemIndex, '', 'NO_FILE', reason));
			continue;
		}
		let settings: ReadSettings;
		try {
			settings = roleSettings(options, role, inputType, inputType === 'url' ? '' : given, run.toolMode);
		} catch (error) {
			if (!(error instanceof SettingsError)) throw new NodeOperationError(context.getNode(), error as Error, { itemIndex });
			plan.documents.push(refused(role, itemIndex, inputType === 'url' ? '' : given, 'FAILED', error.message));
			continue;
		}
		if (inputType === 'url') {
			plan.documents.push({ role, job: { itemIndex, binaryField: '', settings, fromWildcard: false, fileUrl: given } });
			continue;
		}
		// With Combine Files on, an item's fields are always one job: one document per role.
		const [job] = binaryJobs(run.items[itemIndex], itemIndex, settings, labels.binaryField);
		if (job.combinedFields && job.combinedFields.length > 1 && !role.document.multiPage) {
			plan.notes.push(
				`${job.combinedFields.length} files were given for the ${role.label} (${job.combinedFields.join(', ')}): a ${role.label} is one picture, so each was read and they were compared`,
			);
		}
		plan.documents.push({ role, job });
	}
	return plan;
}
