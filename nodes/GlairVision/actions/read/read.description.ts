import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { fieldsForPage } from '../../documents/fieldList';
import type { DocumentSpec } from '../../documents/spec';
import { typeList } from '../../engine/input/fileType';
import { readOptions } from './options.description';

/**
 * What an AI Agent's model is told about this tool (n8n uses a node's own `toolDescription`
 * instead of "<action> in <node name>"): what it reads, the one argument, what comes back.
 */
export function toolDescription(spec: DocumentSpec): string {
	const examples = fieldsForPage(spec, undefined)
		.slice(0, 3)
		.map((field) => field.column)
		.join(', ');
	return [
		`Reads one ${spec.displayName} from a file URL with the GLAIR Vision OCR API and returns its fields.`,
		`Argument fileUrl: the full http(s) address of the ${spec.shortName} file (${typeList(spec.fileTypes, 'or')}), e.g. a signed storage link; the file must be downloadable from this n8n.`,
		`Returns a JSON list with one object per document: status (SUCCESS when read; NO_FILE, FILE_INVALID_FORMAT or FAILED when not), reason (why, in words), http_status, review_reasons (why a person should check the read; empty when none), warnings (fields that fail a check), and one key per ${spec.shortName} field (e.g. ${examples}), empty when not read.`,
		'When status is not SUCCESS, tell the user the reason instead of guessing fields.',
	].join(' ');
}

/** Read in a document's Operation list. */
export function readOption(spec: DocumentSpec): INodePropertyOptions {
	return { name: 'Read', value: 'read', action: `Read ${spec.shortName}`, description: spec.description };
}

/** The Read operation's parameters for one document type: the same names for every document. */
export function readDescription(spec: DocumentSpec): INodeProperties[] {
	const showForRead = { show: { resource: [spec.resource], operation: ['read'] } };
	const showForInput = (inputType: 'binary' | 'url') => ({ show: { ...showForRead.show, inputType: [inputType] } });
	const properties: INodeProperties[] = [
		{
			displayName: 'Input',
			name: 'inputType',
			type: 'options',
			default: 'binary',
			options: [
				{ name: 'Binary File', value: 'binary', description: 'A file on the input item, e.g. from a trigger, Read Files or HTTP Request' },
				{ name: 'File URL', value: 'url', description: 'Download the file from an http(s) address, one document per item' },
			],
			displayOptions: showForRead,
		},
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			required: true,
			placeholder: 'e.g. data',
			hint: 'Email triggers name attachments attachment_0, attachment_1, …: use attachment_* to read them all',
			description:
				'The binary field holding the scan. Several fields: separate them with commas, or use * as a wildcard (e.g. attachment_*). Each file is read as its own document.',
			displayOptions: showForInput('binary'),
		},
		{
			displayName: 'File URL',
			name: 'fileUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://storage.example.com/scans/document.pdf',
			description: `The http(s) address of the ${spec.shortName} file (${typeList(spec.fileTypes, 'or')}), downloaded through this n8n (its proxy and its rules on blocked addresses apply). Signed URLs are fine: their tokens never appear in the output, in errors or in logs. As an AI Agent tool: {{ $fromAI('fileUrl', 'URL of the document', 'string') }}.`,
			displayOptions: showForInput('url'),
		},
		{
			displayName: 'Tool Description',
			name: 'toolDescription',
			type: 'string',
			default: toolDescription(spec),
			typeOptions: { rows: 4 },
			description: 'What the AI Agent is told about this tool: what it reads, its fileUrl argument and what comes back',
			// Only on the AI Agent tool variant n8n generates (its type name ends in "Tool").
			displayOptions: { show: { ...showForRead.show, '@tool': [true] } },
		},
	];
	if (spec.pages) {
		properties.push({
			displayName: 'Page',
			name: 'page',
			type: 'options',
			default: 'all',
			description: `Which ${spec.shortName} page the scan shows. Pick one page when each scan holds a single page: GLAIR then reads only that section.`,
			options: [
				{ name: 'All Pages', value: 'all', description: 'A scan of the whole book, e.g. a 4-page PDF' },
				...spec.pages.map((page) => ({ name: page.label, value: String(page.value) })),
			],
			displayOptions: showForRead,
		});
	}
	properties.push(
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			default: 'flattened',
			options: [
				{
					name: 'Flattened',
					value: 'flattened',
					description: 'One row per document, one column per field: ready for Google Sheets or Excel',
				},
				{
					name: 'Nested',
					value: 'nested',
					description: spec.flat
						? 'Each field with its value, original text, confidence and position'
						: "GLAIR's sections, each field with its value, original text, confidence and position",
				},
				{ name: 'Raw', value: 'raw', description: "GLAIR's answer exactly as it came back (images left out)" },
			],
			displayOptions: showForRead,
		},
		readOptions(spec),
	);
	return properties;
}
