import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { applyFileReview } from '../../engine/review/applyFileReview';
import type { FileSpec } from '../../files/spec';
import { reviewItems } from './applyReview.operation';

export { fileApplyReviewDescription as description, fileApplyReviewOption as option } from './applyReview.description';

/** Apply Review <file of documents>: the answers written into its documents, its decisions recorded, its cross-checks run again. */
export async function execute(this: IExecuteFunctions, spec: FileSpec): Promise<INodeExecutionData[][]> {
	return await reviewItems(this, spec.noun, (input, options) => applyFileReview(spec, input, options));
}
