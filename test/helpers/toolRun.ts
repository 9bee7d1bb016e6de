/**
 * Runs the node as an AI Agent's tool in n8n-core's real engine, the two ways an Agent asks for a
 * tool run (the AgentLike test node: the engine's request, or the tool wrapper's invoke), with the
 * arguments a model would give, and hands back what the agent saw.
 */
import type { IConnections, IDataObject, INode, INodeParameters } from 'n8n-workflow';

import { CREDENTIAL_TYPE, loadPackage, runWorkflow, sourceNode, type GlairCredentialData } from './engine';
import { AGENT_LIKE_TYPE } from './toolMode.nodes';
import { GLAIR_TOOL_TYPE } from './toolVariant';

export type ToolPath = 'engine' | 'wrapper';

export interface ToolRun {
	/** What the agent got back: the items' json of the node's first output. */
	seen: IDataObject[];
	/** Every output the node returned (engine path only: the wrapper path hands back output 0 alone). */
	outputs?: Array<Array<{ json: IDataObject; binary?: unknown }>>;
	description?: string;
	invokeError?: string;
	runError: unknown;
	text: string;
}

/** Needs addNodeType(AGENT_LIKE_TYPE, new AgentLike()) and addNodeType(GLAIR_TOOL_TYPE, await glairToolVariant()) first. */
export async function runAsTool(path: ToolPath, toolArguments: IDataObject, parameters: INodeParameters, credentials: GlairCredentialData): Promise<ToolRun> {
	const { nodeTypes } = await loadPackage();
	const nodes: INode[] = [
		sourceNode([{ json: { chatInput: 'read this' } }]),
		{ id: 'agent', name: 'Agent', type: AGENT_LIKE_TYPE, typeVersion: 1, position: [200, 0], parameters: { path, toolArguments: JSON.stringify(toolArguments) } },
		{
			id: 'glair',
			name: 'GLAIR Vision',
			type: GLAIR_TOOL_TYPE,
			typeVersion: 1,
			position: [200, 200],
			parameters,
			credentials: { [CREDENTIAL_TYPE]: { id: '1', name: 'GLAIR sandbox' } },
		},
	];
	const connections: IConnections = {
		Source: { main: [[{ node: 'Agent', type: 'main', index: 0 }]] },
		'GLAIR Vision': { ai_tool: [[{ node: 'Agent', type: 'ai_tool', index: 0 }]] },
	};
	const { run } = await runWorkflow({ nodes, connections, nodeTypes, credentials: { [CREDENTIAL_TYPE]: { ...credentials } }, startNode: 'Source', settings: { executionOrder: 'v1' } });
	const agentOut = run.data.resultData.runData.Agent?.at(-1)?.data?.main[0]?.[0]?.json ?? {};
	const text = JSON.stringify(run.data.resultData);
	const runError = run.data.resultData.error;
	if (path === 'wrapper') {
		const result = typeof agentOut.result === 'string' ? (JSON.parse(agentOut.result) as IDataObject[]) : [];
		return { seen: result, description: agentOut.description as string, invokeError: agentOut.invokeError as string | undefined, runError, text };
	}
	const [taskData] = (agentOut.taskData ?? []) as Array<{ ai_tool: Array<Array<{ json: IDataObject; binary?: unknown }>> }>;
	const outputs = taskData?.ai_tool ?? [];
	return { seen: (outputs[0] ?? []).map((item) => item.json), outputs, runError, text };
}
