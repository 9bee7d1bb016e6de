import type { DOCUMENT_SPECS } from '../documents/registry';
import type { FILE_SPECS } from '../files/registry';

/** The node's resources and, for each, its operations. */
export type GlairVisionType = {
	/** Every document reads; every file of documents verifies its documents against each other. */
	resource: (typeof DOCUMENT_SPECS)[number]['resource'] | (typeof FILE_SPECS)[number]['resource'];
	documentOperation: 'read';
	fileOperation: 'verify';
};
