import type { INodeProperties } from 'n8n-workflow';

import * as read from './read.operation';

export { read };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['bpkb'] } },
		options: [
			{
				name: 'Read',
				value: 'read',
				action: 'Read BPKB',
				description: 'Read the fields of a BPKB (vehicle ownership book) scan',
			},
		],
		default: 'read',
	},
	...read.description,
];
