import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { DocumentSpec } from '../documents/spec';
import type { GlairVisionType } from './node.type';
import * as read from './read/read.operation';
import * as applyReview from './review/applyReview.operation';

/** What an operation of a document resource supplies: its entry in the Operation list, its parameters, its run. */
export interface DocumentOperation {
	option(spec: DocumentSpec): INodePropertyOptions;
	description(spec: DocumentSpec): INodeProperties[];
	execute(this: IExecuteFunctions, spec: DocumentSpec): Promise<INodeExecutionData[][]>;
}

/** The operations every document resource offers, by the Operation parameter's value. */
export const DOCUMENT_OPERATIONS: Readonly<Record<GlairVisionType['documentOperation'], DocumentOperation>> = { read, applyReview };

/** A document resource's parameters: its Operation list (by name, as n8n lists them), then each operation's own. */
export function documentDescription(spec: DocumentSpec): INodeProperties[] {
	const operations = Object.values(DOCUMENT_OPERATIONS);
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [spec.resource] } },
			options: operations.map((operation) => operation.option(spec)).sort((a, b) => a.name.localeCompare(b.name)),
			default: 'read',
		},
		...operations.flatMap((operation) => operation.description(spec)),
	];
}
