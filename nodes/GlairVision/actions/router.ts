import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { documentSpec } from '../documents/registry';
import { refuseCustomApiCall } from './customApiCall';
import type { GlairVisionType } from './node.type';
import * as read from './read/read.operation';
import { VEHICLE_FILE_RESOURCE } from './vehicleFile/verify.description';
import * as verify from './vehicleFile/verify.operation';

/** What every document resource offers, by operation. */
const documentOperations: Record<GlairVisionType['documentOperation'], typeof read> = { read };

/** Dispatches by resource and operation: a document resource to its operation, given its spec; the vehicle file to Verify. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	refuseCustomApiCall.call(this);
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;

	if (resource === VEHICLE_FILE_RESOURCE && operation === 'verify') return await verify.execute.call(this);
	const spec = documentSpec(resource);
	const documentOperation = spec && Object.hasOwn(documentOperations, operation) ? documentOperations[operation as GlairVisionType['documentOperation']] : undefined;
	if (spec && documentOperation) return await documentOperation.execute.call(this, spec);
	throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
}
