import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import { readOptions } from '../read/options.description';

/** The options of a Read that judge a read again once a person corrected it. */
const REVIEW_OPTIONS = new Set(['reviewBelowConfidence', 'reviewOnWarnings', 'reviewPoorReads']);

/** Apply Review in a document's Operation list. */
export function applyReviewOption(spec: DocumentSpec): INodePropertyOptions {
	return {
		name: 'Apply Review',
		value: 'applyReview',
		action: `Apply a person's review to a ${spec.shortName} read`,
		description: `Write a person's answers to a Needs Review ${spec.shortName} into the row, check it again and route it again; no GLAIR call`,
	};
}

/** The Apply Review operation's parameters for one document type. */
export function applyReviewDescription(spec: DocumentSpec): INodeProperties[] {
	const showFor = { show: { resource: [spec.resource], operation: ['applyReview'] } };
	const options = readOptions(spec);
	return [
		{
			displayName: `Takes an item of Read ${spec.shortName}'s Needs Review output with the person's answers to its review_form added, e.g. by a Merge node (Combine by Position) after Send and Wait for Response`,
			name: 'applyReviewNotice',
			type: 'notice',
			default: '',
			displayOptions: showFor,
		},
		{
			displayName: 'Corrections Field',
			name: 'correctionsField',
			type: 'string',
			default: 'data',
			required: true,
			placeholder: 'e.g. data',
			description:
				"The field of the input item holding the person's answers, keyed by the review form's field labels (or by column name). Send and Wait for Response returns a form's answers under data.",
			displayOptions: showFor,
		},
		{
			...options,
			displayOptions: showFor,
			options: (options.options as INodeProperties[]).filter((option) => REVIEW_OPTIONS.has(option.name)),
		},
	];
}
