import type { DOCUMENT_SPECS } from '../documents/registry';
import type { FILE_SPECS } from '../files/registry';
import type { FaceOperation } from './face/face.description';
import type { IdentityOperation } from './identity/identity.description';
import type { SessionOperation } from './session/session.description';

/** The node's resources and, for each, its operations. */
export type GlairVisionType = {
	/** Every document reads; every file of documents verifies its documents against each other; GLAIR's other products (actions/products.ts). */
	resource: (typeof DOCUMENT_SPECS)[number]['resource'] | (typeof FILE_SPECS)[number]['resource'] | 'face' | 'identity' | 'session';
	documentOperation: 'read' | 'applyReview';
	fileOperation: 'verify' | 'applyReview';
	faceOperation: FaceOperation;
	identityOperation: IdentityOperation;
	sessionOperation: SessionOperation;
};
