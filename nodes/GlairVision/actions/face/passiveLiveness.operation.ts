import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { EMPTY_PASSIVE_LIVENESS, passiveLivenessColumns } from '../../engine/output/biometricColumns';
import { parseMaxSpoofScore } from '../../engine/plan/readSettings';
import { parsePassiveLiveness, type PassiveLiveness } from '../../engine/response/faceAnswers';
import { passiveLivenessReview } from '../../engine/review/biometricReview';
import type { Interpretation } from '../../engine/run/callResult';
import { executeFaceOperation } from './faceOperation';

export { faceDescription as description } from './face.description';

/** How a liveness answer is read and judged: with Passive Liveness, and a finished passive session. */
export function passiveLivenessInterpretation(maxSpoofScore: number | undefined): Interpretation<PassiveLiveness> {
	return {
		empty: EMPTY_PASSIVE_LIVENESS,
		parse: parsePassiveLiveness,
		judge: (liveness) => {
			const { isLive, reviewReasons } = passiveLivenessReview(liveness, maxSpoofScore);
			return { reason: liveness.status, reviewReasons, columns: passiveLivenessColumns(liveness, isLive) };
		},
	};
}

/** Passive Liveness: how likely a face picture is a spoof, one call per item. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await executeFaceOperation(this, {
		name: 'Passive Liveness',
		path: '/face/v1/passive-liveness',
		pictures: [{ part: 'image', parameter: 'imageBinaryPropertyName', label: 'Image Binary Field' }],
		extra: (_run, _itemIndex, options) => parseMaxSpoofScore(options),
		texts: () => [],
		interpretation: passiveLivenessInterpretation,
	});
}
