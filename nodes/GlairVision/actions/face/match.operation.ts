import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { EMPTY_FACE_MATCH, faceMatchColumns } from '../../engine/output/biometricColumns';
import { parseFaceMatch } from '../../engine/response/faceAnswers';
import { faceMatchReview } from '../../engine/review/biometricReview';
import { executeFaceOperation } from './faceOperation';

export { faceDescription as description } from './face.description';

/** Match Faces: the stored image (a KTP's face) against the captured one (a selfie), one call per item. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await executeFaceOperation(this, {
		name: 'Match Faces',
		path: '/face/v1/match',
		pictures: [
			{ part: 'stored_image', parameter: 'storedImageBinaryPropertyName', label: 'Stored Image Binary Field' },
			{ part: 'captured_image', parameter: 'capturedImageBinaryPropertyName', label: 'Captured Image Binary Field' },
		],
		extra: () => undefined,
		texts: () => [],
		interpretation: () => ({
			empty: EMPTY_FACE_MATCH,
			parse: parseFaceMatch,
			judge: (match) => ({ reason: match.status || match.code, reviewReasons: faceMatchReview(match), columns: faceMatchColumns(match) }),
		}),
	});
}
