import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { parseMaxSpoofScore } from '../../engine/plan/readSettings';
import { passiveLiveness, passiveLivenessInterpretation } from '../../engine/run/biometricCalls';
import { executeFaceOperation } from './faceOperation';

export { faceDescription as description } from './face.description';
export { passiveLivenessInterpretation };

/** Passive Liveness: how likely a face picture is a spoof, one call per item. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await executeFaceOperation(this, {
		name: 'Passive Liveness',
		path: passiveLiveness(undefined).path,
		pictures: [{ part: 'image', parameter: 'imageBinaryPropertyName', label: 'Image Binary Field' }],
		extra: (_run, _itemIndex, options) => parseMaxSpoofScore(options),
		texts: () => [],
		interpretation: passiveLivenessInterpretation,
	});
}
