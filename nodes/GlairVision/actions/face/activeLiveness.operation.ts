import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { activeLivenessColumns, emptyActiveLiveness } from '../../engine/output/biometricColumns';
import { gestureCode } from '../../engine/plan/gestures';
import { SettingsError } from '../../engine/plan/readSettings';
import { parseActiveLiveness, type ActiveLiveness } from '../../engine/response/faceAnswers';
import { activeLivenessReview } from '../../engine/review/biometricReview';
import type { Interpretation } from '../../engine/run/callResult';
import { executeFaceOperation } from './faceOperation';

export { faceDescription as description } from './face.description';

/**
 * How a gesture answer is read and judged: with Active Liveness (the gesture asked for is known),
 * and a finished active session (GLAIR's page chose the gestures: '').
 */
export function activeLivenessInterpretation(asked: string): Interpretation<ActiveLiveness> {
	return {
		empty: emptyActiveLiveness(asked),
		parse: parseActiveLiveness,
		judge: (liveness) => ({ reason: liveness.status, reviewReasons: activeLivenessReview(liveness, asked), columns: activeLivenessColumns(liveness, asked) }),
	};
}

/** Active Liveness: whether the person makes the gesture asked for, one call per item. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await executeFaceOperation(this, {
		name: 'Active Liveness',
		path: '/face/v1/active-liveness',
		pictures: [{ part: 'image', parameter: 'imageBinaryPropertyName', label: 'Image Binary Field' }],
		extra: (run, itemIndex) => {
			const given = String(run.context.getNodeParameter('gestureCode', itemIndex, ''));
			const code = gestureCode(given);
			if (!code) throw new SettingsError(`Gesture must be one of GLAIR's gesture codes (HAND_00000 … HAND_11111, HEAD_00 … HEAD_CLOSE_MOUTH), but it is "${given.slice(0, 40)}". Pick one from the list.`);
			return code;
		},
		texts: (code) => [['gesture-code', code]],
		interpretation: (code) => activeLivenessInterpretation(code ?? ''),
	});
}
