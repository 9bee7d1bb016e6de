import type { DOCUMENT_SPECS } from '../documents/registry';

/** The node's resources and, for each, its operations. */
export type GlairVisionType = {
	/** Every document reads; the vehicle file verifies its documents against each other. */
	resource: (typeof DOCUMENT_SPECS)[number]['resource'] | 'vehicleFile';
	documentOperation: 'read' | 'applyReview';
	vehicleFileOperation: 'verify';
};
