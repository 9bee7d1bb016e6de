import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { documentSpec } from '../documents/registry';
import type { GlairVisionType } from './node.type';
import * as read from './read/read.operation';

/** What every document resource offers, by operation. */
const documentOperations: Record<GlairVisionType['operation'], typeof read> = { read };

/** Dispatches by resource and operation: a document resource to its operation, given its spec. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as GlairVisionType['operation'];

	const spec = documentSpec(resource);
	const documentOperation = spec && Object.hasOwn(documentOperations, operation) ? documentOperations[operation] : undefined;
	if (spec && documentOperation) return await documentOperation.execute.call(this, spec);
	throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
}
