import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { documentSpec } from '../documents/registry';
import { fileSpec } from '../files/registry';
import { refuseCustomApiCall } from './customApiCall';
import { DOCUMENT_OPERATIONS, FILE_OPERATIONS } from './operations';
import { PRODUCT_RESOURCES } from './products';

function pick<T>(operations: Record<string, T>, operation: string): T | undefined {
	return Object.hasOwn(operations, operation) ? operations[operation] : undefined;
}

/** Dispatches by resource and operation: a document or a file of documents, to its operation, given its spec; a product to its operation. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	refuseCustomApiCall.call(this);
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;

	const document = documentSpec(resource);
	const documentOperation = document && pick(DOCUMENT_OPERATIONS, operation);
	if (document && documentOperation) return await documentOperation.execute.call(this, document);
	const file = fileSpec(resource);
	const fileOperation = file && pick(FILE_OPERATIONS, operation);
	if (file && fileOperation) return await fileOperation.execute.call(this, file);
	const product = PRODUCT_RESOURCES.find((candidate) => candidate.resource === resource);
	const productOperation = product && pick(product.operations, operation);
	if (productOperation) return await productOperation.execute.call(this);
	throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
}
