import type { INodeProperties } from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import { readOptions } from './options.description';

/** The Read operation's parameters for one document type: the same names for every document. */
export function readDescription(spec: DocumentSpec): INodeProperties[] {
	const showForRead = { show: { resource: [spec.resource], operation: ['read'] } };
	const properties: INodeProperties[] = [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [spec.resource] } },
			options: [{ name: 'Read', value: 'read', action: `Read ${spec.shortName}`, description: spec.description }],
			default: 'read',
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
			displayOptions: showForRead,
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
