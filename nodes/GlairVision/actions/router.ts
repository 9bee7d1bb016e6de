import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { documentSpec } from '../documents/registry';
import { fileSpec } from '../files/registry';
import { refuseCustomApiCall } from './customApiCall';
import type { GlairVisionType } from './node.type';
import { PRODUCT_RESOURCES } from './products';
import * as read from './read/read.operation';
import * as verify from './verify/verify.operation';

/** What every document resource offers, by operation: each runs on the document's spec. */
const documentOperations: Record<GlairVisionType['documentOperation'], Pick<typeof read, 'execute'>> = { read };

/** What every file of documents offers, by operation: each runs on the file's spec. */
const fileOperations: Record<GlairVisionType['fileOperation'], Pick<typeof verify, 'execute'>> = { verify };

function pick<T>(operations: Record<string, T>, operation: string): T | undefined {
	return Object.hasOwn(operations, operation) ? operations[operation] : undefined;
}

/** Dispatches by resource and operation: a document or a file of documents, to its operation, given its spec; a product to its operation. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	refuseCustomApiCall.call(this);
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;

	const document = documentSpec(resource);
	const documentOperation = document && pick(documentOperations, operation);
	if (document && documentOperation) return await documentOperation.execute.call(this, document);
	const file = fileSpec(resource);
	const fileOperation = file && pick(fileOperations, operation);
	if (file && fileOperation) return await fileOperation.execute.call(this, file);
	const product = PRODUCT_RESOURCES.find((candidate) => candidate.resource === resource);
	const productOperation = product && pick(product.operations, operation);
	if (productOperation) return await productOperation.execute.call(this);
	throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
}
