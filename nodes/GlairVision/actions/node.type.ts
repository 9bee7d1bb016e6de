import type { DOCUMENT_SPECS } from '../documents/registry';

/** The node's resources and, for each, its operations. */
export type GlairVisionType = {
	resource: (typeof DOCUMENT_SPECS)[number]['resource'];
	operation: 'read';
};
