import type { INodeProperties } from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';

type Option = INodeProperties;

/** The options every Read offers, in the order n8n lists them (alphabetical by name). */
const SHARED_OPTIONS: Option[] = [
	{
		displayName: 'Concurrency',
		name: 'concurrency',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 32 },
		default: 4,
		description: 'How many documents are sent to GLAIR at the same time. When GLAIR answers that it is busy, the whole run slows down by itself.',
	},
	{
		// Shown as "Not Read Outputs", not "Error Outputs": n8n's own Settings > On Error adds an output
		// called Error, which is another thing. The name and the values stay, so saved workflows keep theirs.
		displayName: 'Not Read Outputs',
		name: 'errorOutputs',
		type: 'options',
		// Decides which outputs exist, which the editor must know before any item runs.
		noDataExpression: true,
		default: 'single',
		description: 'Where the documents that could not be read go',
		options: [
			{ name: 'One Output: Not Read', value: 'single', description: 'Every document that could not be read goes to Not Read' },
			{
				name: 'Three Outputs: No File, Invalid Format, Failed',
				value: 'perStatus',
				description: 'No file found, a file that is not a document or is too large, and a read that failed each get their own output',
			},
		],
	},
	{
		displayName: 'Include Binary',
		name: 'includeBinary',
		type: 'boolean',
		default: true,
		description: 'Whether to pass the scan on with each output item, so a later node can archive or attach it',
	},
	{
		displayName: 'Include Confidence',
		name: 'includeConfidence',
		type: 'boolean',
		default: false,
		description: 'Whether to add a &lt;field&gt;_confidence column (0-100) beside each field in flattened output',
	},
	{
		displayName: 'Include Original Value',
		name: 'includeOriginalValue',
		type: 'boolean',
		default: false,
		description: 'Whether to add a &lt;field&gt;_original column with the text as printed, beside each field in flattened output',
	},
	{
		displayName: 'Max File Size (MB)',
		name: 'maxFileSizeMb',
		type: 'number',
		typeOptions: { minValue: 0.001, maxValue: 1024 },
		default: 20,
		description: 'Larger files are refused before upload and go to the Invalid Format path',
	},
	{
		displayName: 'Max Retries',
		name: 'maxRetries',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 10 },
		default: 3,
		description: 'How many times to try again when GLAIR is busy, has a server error, or the network fails',
	},
	{
		displayName: 'Retry Delay (Seconds)',
		name: 'retryDelay',
		type: 'number',
		// No numberPrecision: n8n's number input then pads every value to that many decimals ("1.000",
		// which an Indonesian reads as one thousand). Without it 1 shows as 1 and 0.5 as 0.5.
		typeOptions: { minValue: 0, maxValue: 600 },
		default: 1,
		description: 'How long to wait before the first try again. Each later wait is up to twice as long. When GLAIR asks us to wait longer, we wait as long as it asks (at most a minute).',
	},
	{
		displayName: 'Review Below Confidence',
		name: 'reviewBelowConfidence',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 100 },
		default: 0,
		description: 'Send a read to the Needs Review output when GLAIR is less sure than this of any field it read (a confidence from 0 to 100). 0 turns this off.',
	},
	{
		displayName: 'Review on Warnings',
		name: 'reviewOnWarnings',
		type: 'boolean',
		default: false,
		description: 'Whether a read whose fields fail a check (e.g. a VIN that is not 17 characters) goes to the Needs Review output',
	},
	{
		displayName: 'Review Poor Reads',
		name: 'reviewPoorReads',
		type: 'boolean',
		default: true,
		description:
			'Whether a read GLAIR marks "Some fields are invalid", with no field read, or with fewer than half of the requested fields read goes to the Needs Review output',
		hint: 'Off: such reads, empty ones included, land on Success',
	},
	{
		displayName: 'Skip Non-Documents',
		name: 'skipNonDocuments',
		type: 'boolean',
		default: false,
		description: 'Whether files that are not a document at all (e.g. a signature GIF in an email) are skipped instead of going to Invalid Format',
	},
	{
		displayName: 'Timeout (Seconds)',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 0.1, maxValue: 3600 },
		default: 120,
		description: 'How long one try may take before it counts as failed and is tried again',
	},
	{
		displayName: 'Validate Fields',
		name: 'validate',
		type: 'boolean',
		default: true,
		description: 'Whether to check the fields (dates, numbers, plates, …), add cleaned-up copies beside them (e.g. pada_tanggal_iso: 2024-06-19) and a warnings column. The values as read are never changed.',
	},
];

/** Options only some documents have, offered where the spec says the document supports them. */
function documentOptions(spec: DocumentSpec): Option[] {
	const options: Option[] = [];
	if (spec.quality) {
		options.push({
			displayName: 'Check Image Quality',
			name: 'checkImageQuality',
			type: 'boolean',
			default: false,
			description: `Whether to read through GLAIR's quality endpoint, add quality_* columns, and send a photocopy, a photo of a screen, a blurred or a cut-off ${spec.shortName} to Needs Review`,
		});
	}
	if (spec.multiPage) {
		options.push({
			displayName: 'Combine Files',
			name: 'combineFiles',
			type: 'boolean',
			default: false,
			description: `Whether all files Input Binary Field selects on one item are one ${spec.shortName}: page photos (JPEG, PNG) are put into one PDF, in number order (attachment_2 before attachment_10), and read with one upload; a PDF or TIFF among them is read on its own and the readings merged. Each field gets a &lt;field&gt;_file column naming the file it was read from.`,
			hint: 'For a book sent as one photo per page, e.g. attachment_*',
		});
	}
	if (spec.tables?.length) {
		const [first, ...others] = spec.tables;
		const staying = others.length ? ` (${others.map((table) => table.list).join(', ')} stay${others.length === 1 ? 's' : ''} a list on each)` : '';
		options.push({
			displayName: 'Table Rows',
			name: 'tableRows',
			type: 'options',
			default: 'list',
			description: `How the ${first.label.replace(/ \(.*\)$/, '').toLowerCase()} of each ${spec.shortName} come out`,
			options: [
				{ name: 'List', value: 'list', description: `One item per ${spec.shortName}, its rows as a list under ${spec.tables.map((table) => table.list).join(', ')}` },
				{
					name: 'Items',
					value: 'items',
					description: `One item per row of ${first.list}, its columns beside the ${spec.shortName}'s own, with row_index${staying}: ready for a spreadsheet. A ${spec.shortName} without rows still gives one item. Not for Raw output.`,
				},
			],
		});
	}
	if (spec.images) {
		const names = spec.images.map((image) => image.label.toLowerCase()).join(' and ');
		options.push({
			// The card's own images: a KTP has a photo and a signature, a Singapore NRIC a photo only.
			displayName: spec.images.length > 1 ? 'Include Photo and Signature' : 'Include Photo',
			name: 'includeImages',
			type: 'boolean',
			default: false,
			description: `Whether to add the ${names} GLAIR cuts out of the document as binary properties (${spec.images.map((image) => image.key).join(', ')}) of the output item. They are personal data and never go into the JSON.`,
		});
	}
	return options;
}

export function readOptions(spec: DocumentSpec): INodeProperties {
	const options = [...SHARED_OPTIONS, ...documentOptions(spec)].sort((a, b) => a.displayName.localeCompare(b.displayName));
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: { show: { resource: [spec.resource], operation: ['read'] } },
		options,
	};
}
