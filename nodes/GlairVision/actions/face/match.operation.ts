import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { FACE_MATCH } from '../../engine/run/biometricCalls';
import { executeFaceOperation } from './faceOperation';

export { faceDescription as description } from './face.description';

/** Match Faces: the stored image (a KTP's face) against the captured one (a selfie), one call per item. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await executeFaceOperation(this, {
		name: 'Match Faces',
		path: FACE_MATCH.path,
		pictures: [
			{ part: 'stored_image', parameter: 'storedImageBinaryPropertyName', label: 'Stored Image Binary Field' },
			{ part: 'captured_image', parameter: 'capturedImageBinaryPropertyName', label: 'Captured Image Binary Field' },
		],
		extra: () => undefined,
		texts: () => [],
		interpretation: () => FACE_MATCH.interpretation,
	});
}
