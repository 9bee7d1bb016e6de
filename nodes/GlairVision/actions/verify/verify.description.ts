import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { isDocumentRole, roleParameters, type FileSpec } from '../../files/spec';
import { roleParameterLabels } from '../../engine/plan/planFile';
import { readOptions } from '../read/options.description';

/** Options of a Read that mean something for a file (the reads follow the run's settings). */
const VERIFY_OPTIONS = new Set(['concurrency', 'includeBinary', 'maxFileSizeMb', 'maxRetries', 'retryDelay', 'skipNonDocuments', 'timeout']);

/** What an AI Agent's model is told about this tool: one URL per document, a verdict back. */
export function verifyToolDescription(spec: FileSpec): string {
	const urls = spec.roles.map((role) => `${roleParameters(role).fileUrl} (the ${role.label}${role.required ? '' : ', optional'})`).join(', ');
	const verdicts = [...new Set([spec.verdicts.consistent, spec.verdicts.mismatch, spec.verdicts.incomplete])].join(', ');
	const lists = spec.verdicts.mismatch === spec.verdicts.incomplete ? 'reasons' : 'mismatches, missing';
	return [
		`Reads the documents of one ${spec.noun} with the GLAIR Vision OCR API and checks them against each other.`,
		`Arguments: ${urls}: the full http(s) address of each file.`,
		`Returns the verdict (${verdicts}, or NOT_READ when a document could not be read), reason, ${lists}, notes, and each check with its result.`,
		'When the verdict is not consistent, tell the user the reason instead of guessing.',
	].join(' ');
}

/** Verify in a file's Operation list; its action is the file's name in the node creator, e.g. "Verify Vehicle File". */
export function verifyOption(spec: FileSpec): INodePropertyOptions {
	return { name: 'Verify', value: 'verify', action: spec.action, description: spec.description };
}

/** The Verify operation's parameters for one file of documents: the same names for every file. */
export function verifyDescription(spec: FileSpec): INodeProperties[] {
	const showForVerify = { show: { resource: [spec.resource], operation: ['verify'] } };
	const showForInput = (inputType: 'binary' | 'url') => ({ show: { ...showForVerify.show, inputType: [inputType] } });
	const read = readOptions(spec.roles.find(isDocumentRole)!.document);
	// The file's own switches (a face match's liveness, Dukcapil, a picture's grades), before the reads' options.
	// The default is the option's own, from the file's spec: the rule reads literals only.
	// eslint-disable-next-line n8n-nodes-base/node-param-default-missing
	const fileOptions: INodeProperties[] = (spec.options ?? []).map((option) => ({
		displayName: option.displayName,
		name: option.name,
		type: 'boolean',
		default: option.default,
		description: option.description,
	}));
	return [
		{
			displayName: 'Input',
			name: 'inputType',
			type: 'options',
			default: 'binary',
			options: [
				{ name: 'Binary Files', value: 'binary', description: 'The documents are binary fields of the input item, e.g. from a form or an email' },
				{ name: 'File URLs', value: 'url', description: 'Download each document from an http(s) address' },
			],
			displayOptions: showForVerify,
		},
		...spec.roles.flatMap((role): INodeProperties[] => {
			const parameters = roleParameters(role);
			const labels = roleParameterLabels(role);
			return [
				// The default is the role's own field name, from the file's spec: the rule reads literals only.
				// eslint-disable-next-line n8n-nodes-base/node-param-default-missing
				{
					displayName: labels.binaryField,
					name: parameters.binaryField,
					type: 'string',
					default: role.defaultBinaryField,
					placeholder: `e.g. ${role.defaultBinaryField}`,
					description: role.description,
					...(role.hint ? { hint: role.hint } : {}),
					...(role.required ? { required: true } : {}),
					displayOptions: showForInput('binary'),
				},
				{
					displayName: labels.fileUrl,
					name: parameters.fileUrl,
					type: 'string',
					default: '',
					placeholder: `e.g. https://storage.example.com/${role.role}.pdf`,
					description: `The http(s) address of the ${role.label}, downloaded through this n8n. Signed URLs are fine: their tokens never appear in the output, in errors or in logs${role.required ? '' : '; leave it empty when there is none'}.`,
					...(role.required ? { required: true } : {}),
					displayOptions: showForInput('url'),
				},
			];
		}),
		{
			displayName: 'Tool Description',
			name: 'toolDescription',
			type: 'string',
			default: verifyToolDescription(spec),
			typeOptions: { rows: 4 },
			description: 'What the AI Agent is told about this tool: what it verifies, its URL arguments and what comes back',
			displayOptions: { show: { ...showForVerify.show, '@tool': [true] } },
		},
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			default: 'flattened',
			options: [
				{
					name: 'Flattened',
					value: 'flattened',
					description: `One row per ${spec.noun}: the verdict, a ${spec.columnPrefix}&lt;field&gt; column per check, then every document’s columns prefixed ${spec.roles.map((role) => `${role.role}_`).join(', ')}`,
				},
				{ name: 'Nested', value: 'nested', description: 'The verdict, every check with its values, and each document nested' },
				{
					name: 'Summary',
					value: 'summary',
					description: 'The verdict, the compared fields once with their results, and each document’s status, request ID and file hash: a sheet a person reads',
				},
			],
			displayOptions: showForVerify,
		},
		{
			...read,
			displayOptions: showForVerify,
			options: [...fileOptions, ...(read.options as INodeProperties[]).filter((option) => VERIFY_OPTIONS.has(option.name))].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
	];
}
