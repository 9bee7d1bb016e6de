import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import type { FileSpec } from '../../files/spec';
import { readOptions } from '../read/options.description';

/** The options of a Read that judge a read again once a person corrected it. */
const REVIEW_OPTIONS = new Set(['reviewBelowConfidence', 'reviewOnWarnings', 'reviewPoorReads']);

/** What Apply Review takes: a document's read, or a file's verification, by the action that made it. */
interface Reviewed {
	resource: string;
	/** What is reviewed, e.g. "BPKB read", "vehicle file". */
	what: string;
	/** The action whose Needs Review items it takes, e.g. "Read BPKB", "Verify Vehicle File". */
	source: string;
	/** The outputs that action gives Apply Review something to correct. */
	outputs: string;
}

const documentReviewed = (spec: DocumentSpec): Reviewed => ({ resource: spec.resource, what: `${spec.shortName} read`, source: `Read ${spec.shortName}`, outputs: 'Flattened or Nested' });
const fileReviewed = (spec: FileSpec): Reviewed => ({ resource: spec.resource, what: spec.noun, source: spec.action, outputs: 'Flattened or Nested, not Summary' });

function option(reviewed: Reviewed, checks: string): INodePropertyOptions {
	return {
		name: 'Apply Review',
		value: 'applyReview',
		action: `Apply a person's review: ${reviewed.source}`,
		description: `Write a person's answers to a Needs Review ${reviewed.what} into it, run its ${checks} again and route it again; no GLAIR call`,
	};
}

function properties(reviewed: Reviewed, options?: INodeProperties): INodeProperties[] {
	const showFor = { show: { resource: [reviewed.resource], operation: ['applyReview'] } };
	return [
		{
			displayName: `Takes an item of ${reviewed.source}'s Needs Review output (Output ${reviewed.outputs}) with the person's answers to its review_form added, e.g. by a Merge node (Combine by Position) after Send and Wait for Response`,
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
		...(options ? [{ ...options, displayOptions: showFor }] : []),
	];
}

/** Apply Review in a document's Operation list. */
export function applyReviewOption(spec: DocumentSpec): INodePropertyOptions {
	return option(documentReviewed(spec), 'field checks');
}

/** Apply Review's parameters for a document: the corrections, and the Read's review options. */
export function applyReviewDescription(spec: DocumentSpec): INodeProperties[] {
	const read = readOptions(spec);
	return properties(documentReviewed(spec), { ...read, options: (read.options as INodeProperties[]).filter((each) => REVIEW_OPTIONS.has(each.name)) });
}

/** Apply Review in a file's Operation list. */
export function fileApplyReviewOption(spec: FileSpec): INodePropertyOptions {
	return option(fileReviewed(spec), "documents' field checks and its cross-checks");
}

/** Apply Review's parameters for a file: the corrections (its verdict decides where it goes). */
export function fileApplyReviewDescription(spec: FileSpec): INodeProperties[] {
	return properties(fileReviewed(spec));
}
