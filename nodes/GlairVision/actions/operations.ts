import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { DocumentSpec } from '../documents/spec';
import type { FileSpec } from '../files/spec';
import type { GlairVisionType } from './node.type';
import * as read from './read/read.operation';
import * as applyFileReview from './review/applyFileReview.operation';
import * as applyReview from './review/applyReview.operation';
import * as verify from './verify/verify.operation';

/** What an operation of a resource supplies, given the resource's spec: its entry in the Operation list, its parameters, its run. */
export interface Operation<Spec> {
	/** Whether the resource offers it (default: every resource of its kind does). */
	offeredFor?(spec: Spec): boolean;
	option(spec: Spec): INodePropertyOptions;
	description(spec: Spec): INodeProperties[];
	execute(this: IExecuteFunctions, spec: Spec): Promise<INodeExecutionData[][]>;
}

/** The operations every document resource offers, by the Operation parameter's value. */
export const DOCUMENT_OPERATIONS: Readonly<Record<GlairVisionType['documentOperation'], Operation<DocumentSpec>>> = { read, applyReview };

/** The operations every file of documents offers. */
export const FILE_OPERATIONS: Readonly<Record<GlairVisionType['fileOperation'], Operation<FileSpec>>> = { verify, applyReview: applyFileReview };

/** A resource's parameters: its Operation list (by name, as n8n lists them), then each operation's own. */
function resourceDescription<Spec extends { resource: string }>(spec: Spec, operations: Readonly<Record<string, Operation<Spec>>>, first: string): INodeProperties[] {
	const all = Object.values(operations).filter((operation) => operation.offeredFor?.(spec) ?? true);
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [spec.resource] } },
			options: all.map((operation) => operation.option(spec)).sort((a, b) => a.name.localeCompare(b.name)),
			default: first,
		},
		...all.flatMap((operation) => operation.description(spec)),
	];
}

export const documentDescription = (spec: DocumentSpec): INodeProperties[] => resourceDescription(spec, DOCUMENT_OPERATIONS, 'read');
export const fileDescription = (spec: FileSpec): INodeProperties[] => resourceDescription(spec, FILE_OPERATIONS, 'verify');
