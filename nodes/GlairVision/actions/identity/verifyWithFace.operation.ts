import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { execute as verify } from './verify.operation';

export { identityDescription as description } from './identity.description';

/** Verify Identity With Face: Verify Identity, plus a picture of the person for Dukcapil's face score. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await verify.call(this, true);
}
