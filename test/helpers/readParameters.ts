import type { INodeExecutionData } from 'n8n-workflow';

/** The Read operation's parameters for one document resource, at the defaults unless overridden. */
export function readParameters(resource: string, overrides: Record<string, unknown> = {}) {
	return {
		resource,
		operation: 'read',
		binaryPropertyName: 'data',
		output: 'flattened',
		...overrides,
		options: { ...((overrides.options as object) ?? {}) },
	};
}

/** The one item of an output, failing the test when there is not exactly one. */
export function only(items: INodeExecutionData[]): INodeExecutionData {
	expect(items).toHaveLength(1);
	return items[0];
}
