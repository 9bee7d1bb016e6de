import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import * as bpkb from './bpkb';

/** Dispatches to `actions/<resource>/<operation>.operation.ts`. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;

	if (resource === 'bpkb' && operation === 'read') {
		return await bpkb.read.execute.call(this);
	}
	throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
}
