import type { IConnections, INode, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { addNodeType, CREDENTIAL_TYPE, loadPackage, NODE_TYPE, nodeOutputs, runWorkflow, sourceNode, type GlairCredentialData } from './engine';
import { handOver, type FixtureDocument } from './fixtureRegistry';
import { ReviewFormStandIn, type Answerer } from './reviewForm.node';

const STAND_IN_TYPE = 'glairTest.reviewFormStandIn';
addNodeType(STAND_IN_TYPE, new ReviewFormStandIn());

export interface ReviewLoopResult {
	read: Record<string, INodeExecutionData[]>;
	/** Apply Review's items by output name, and its output names. */
	review: Record<string, INodeExecutionData[]>;
	reviewOutputs: string[];
	/** The run's error, when it ended with one. */
	error?: string;
}

const glair = (name: string, x: number, parameters: INodeParameters, credentials?: GlairCredentialData): INode => ({
	id: name,
	name,
	type: NODE_TYPE,
	typeVersion: 1,
	position: [x, 0],
	parameters,
	...(credentials ? { credentials: { [CREDENTIAL_TYPE]: { id: '1', name: 'GLAIR sandbox' } } } : {}),
});

/**
 * Runs the review loop inside n8n's WorkflowExecute: Source -> Read (its Needs Review output) ->
 * a person answering the review form (ReviewFormStandIn) -> Apply Review, which has no credential.
 * Without `read`, the Source's items go to Apply Review as they are.
 */
export async function runReviewLoop(options: {
	read?: INodeParameters;
	review: INodeParameters;
	documents: FixtureDocument[];
	credentials?: GlairCredentialData;
	answer?: Answerer;
}): Promise<ReviewLoopResult> {
	const { nodeTypes } = await loadPackage();
	const nodes: INode[] = [sourceNode(options.documents), glair('Apply Review', 600, { resource: 'bpkb', operation: 'applyReview', ...options.review })];
	const connections: IConnections = {};
	if (options.read) {
		nodes.push(glair('Read', 200, { resource: 'bpkb', operation: 'read', ...options.read }, options.credentials));
		nodes.push({ id: 'answer', name: 'Answer', type: STAND_IN_TYPE, typeVersion: 1, position: [400, 0], parameters: { answererKey: handOver(options.answer) } });
		connections.Source = { main: [[{ node: 'Read', type: 'main', index: 0 }]] };
		connections.Read = { main: [[], [{ node: 'Answer', type: 'main', index: 0 }]] };
		connections.Answer = { main: [[{ node: 'Apply Review', type: 'main', index: 0 }]] };
	} else {
		connections.Source = { main: [[{ node: 'Apply Review', type: 'main', index: 0 }]] };
	}
	const { run, workflow } = await runWorkflow({
		nodes,
		connections,
		nodeTypes,
		credentials: options.credentials ? { [CREDENTIAL_TYPE]: { ...options.credentials } } : {},
		startNode: 'Source',
	});
	const review = nodeOutputs(run, workflow, nodeTypes, 'Apply Review');
	return {
		read: options.read ? nodeOutputs(run, workflow, nodeTypes, 'Read').byOutput : {},
		review: review.byOutput,
		reviewOutputs: review.outputNames,
		error: run.data.resultData.error?.message,
	};
}
