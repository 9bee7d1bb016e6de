import type { INodeProperties } from 'n8n-workflow';

import { readOptions } from '../read/options.description';
import { bpkb } from '../../documents/bpkb';

export const VEHICLE_FILE_RESOURCE = 'vehicleFile';

const showForVerify = { show: { resource: [VEHICLE_FILE_RESOURCE], operation: ['verify'] } };

/** Options of a Read that mean something for a vehicle file (the reads follow the run's settings). */
const VERIFY_OPTIONS = new Set(['concurrency', 'includeBinary', 'maxFileSizeMb', 'maxRetries', 'retryDelay', 'skipNonDocuments', 'timeout']);

function binaryField(name: string, displayName: string, defaultValue: string, description: string, extra: Partial<INodeProperties> = {}): INodeProperties {
	return { displayName, name, type: 'string', default: defaultValue, placeholder: `e.g. ${defaultValue}`, description, displayOptions: showForVerify, ...extra };
}

export const verifyDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [VEHICLE_FILE_RESOURCE] } },
		options: [
			{
				name: 'Verify',
				value: 'verify',
				// The action is the name for it and says what the node creator lists; the rule
				// wants sentence case ("Verify vehicle file"), which reads as a generic verb phrase there.
				// eslint-disable-next-line n8n-nodes-base/node-param-operation-option-action-miscased
				action: 'Verify Vehicle File',
				description: "Read the BPKB, the STNK and the owner's KTP of one vehicle and check that they describe one vehicle and one owner",
			},
		],
		default: 'verify',
	},
	binaryField(
		'bpkbBinaryPropertyName',
		'BPKB Binary Field',
		'bpkb',
		'The binary field(s) holding the BPKB: a PDF, or one photo per page. Several fields (a comma list, or * as a wildcard, e.g. bpkb_*) are one book, in number order (bpkb_2 before bpkb_10).',
		{ required: true },
	),
	binaryField('stnkBinaryPropertyName', 'STNK Binary Field', 'stnk', 'The binary field(s) holding the STNK (one picture with both pages, or one per page)', { required: true }),
	binaryField(
		'ktpBinaryPropertyName',
		'KTP Binary Field',
		'ktp',
		"The binary field holding the owner's KTP. Leave empty for a company-owned vehicle: its BPKB carries a TDP or NIB, not a NIK.",
		{ hint: 'Empty: no KTP is read, and the owner checks compare the BPKB with the STNK only' },
	),
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		default: 'flattened',
		options: [
			{
				name: 'Flattened',
				value: 'flattened',
				description: 'One row per vehicle: the verdict, a match_&lt;field&gt; column per check, then every document’s columns prefixed bpkb_, stnk_, ktp_',
			},
			{ name: 'Nested', value: 'nested', description: 'The verdict, every check with its values, and each document nested' },
		],
		displayOptions: showForVerify,
	},
	{
		...readOptions(bpkb),
		displayOptions: showForVerify,
		options: (readOptions(bpkb).options as INodeProperties[]).filter((option) => VERIFY_OPTIONS.has(option.name)),
	},
];
