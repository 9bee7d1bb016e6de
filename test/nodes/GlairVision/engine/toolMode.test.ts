/**
 * How n8n 2.41's engine runs a tool node, on both of its paths, with n8n-core's real
 * WorkflowExecute, SupplyDataContext and createNodeAsTool: what the node gets as input, how
 * `$fromAI` resolves, which outputs are read, and which signal tells the node it is a tool.
 * This is the evidence behind the tool-mode detection the node uses.
 */
import type { IConnections, IDataObject, INode } from 'n8n-workflow';

import { addNodeType, loadPackage, runWorkflow, sourceNode } from '../../../helpers/engine';
import { AGENT_LIKE_TYPE, AgentLike, TOOL_PROBE_TYPE, ToolProbe } from '../../../helpers/toolMode.nodes';

const FILE_URL = 'https://files.example/bpkb.pdf?sig=abc';

beforeAll(async () => {
	addNodeType(TOOL_PROBE_TYPE, new ToolProbe());
	addNodeType(AGENT_LIKE_TYPE, new AgentLike());
	await loadPackage();
});

async function runAgent(path: 'engine' | 'wrapper', probeParameters: IDataObject = {}) {
	const { nodeTypes } = await loadPackage();
	const nodes: INode[] = [
		sourceNode([{ json: { chatInput: 'read this BPKB' } }]),
		{
			id: 'agent',
			name: 'Agent',
			type: AGENT_LIKE_TYPE,
			typeVersion: 1,
			position: [200, 0],
			parameters: { path, toolArguments: JSON.stringify({ fileUrl: FILE_URL }) },
		},
		{
			id: 'probe',
			name: 'Tool Probe',
			type: TOOL_PROBE_TYPE,
			typeVersion: 1,
			position: [200, 200],
			parameters: { fileUrl: "={{ $fromAI('fileUrl', 'URL of the document', 'string') }}", ...probeParameters },
		},
	];
	const connections: IConnections = {
		Source: { main: [[{ node: 'Agent', type: 'main', index: 0 }]] },
		'Tool Probe': { ai_tool: [[{ node: 'Agent', type: 'ai_tool', index: 0 }]] },
	};
	// Every workflow n8n 1.x/2.x creates runs in execution order v1: the engine then runs the
	// requested tool before it resumes the agent.
	const { run } = await runWorkflow({ nodes, connections, nodeTypes, credentials: {}, startNode: 'Source', settings: { executionOrder: 'v1' } });
	expect(run.data.resultData.error).toBeUndefined();
	const agentOut = run.data.resultData.runData.Agent.at(-1)!.data!.main[0]![0].json;
	return { agentOut, probeRuns: run.data.resultData.runData['Tool Probe'] ?? [] };
}

describe('a tool node run by an Agent, in n8n-core 2.41', () => {
	it('engine-request path (Agent V3 at the top level): main input, merged item, all outputs logged, isToolExecution() false', async () => {
		const { agentOut, probeRuns } = await runAgent('engine');
		expect(probeRuns).toHaveLength(1);
		const [taskData] = agentOut.taskData as IDataObject[];
		const outputs = (taskData as { ai_tool: Array<Array<{ json: IDataObject }>> }).ai_tool;
		const probe = outputs[0][0].json;

		expect(probe).toMatchObject({
			nodeType: TOOL_PROBE_TYPE,
			typeEndsWithTool: true,
			// ExecuteContext.isToolExecution() always answers false: it cannot see this path.
			isToolExecution: false,
			rewireOutputLogTo: 'ai_tool',
			executeDataMetadata: expect.objectContaining({ preserveSourceOverwrite: true }),
			// One item on the MAIN input: the Agent's own input item, the tool arguments, the call id.
			inputDefault: [{ chatInput: 'read this BPKB', fileUrl: FILE_URL, toolCallId: 'call_probe_1' }],
			inputMain: [{ chatInput: 'read this BPKB', fileUrl: FILE_URL, toolCallId: 'call_probe_1' }],
			inputAiTool: [],
			// $fromAI reads the run's inputOverride.ai_tool, which holds the arguments alone.
			fileUrlParameter: FILE_URL,
		});
		// The engine logs every output; the Agent (buildSteps.js) reads only ai_tool[0].
		expect(outputs[1]).toEqual([expect.objectContaining({ json: { fromTheSecondOutput: true } })]);
	});

	it('tool-wrapper path (createNodeAsTool + tool.invoke): ai_tool input of the arguments only, first output only, isToolExecution() true', async () => {
		const { agentOut, probeRuns } = await runAgent('wrapper');
		expect(probeRuns).toHaveLength(1);
		expect(agentOut).toMatchObject({ toolName: 'Tool_Probe' });
		const result = JSON.parse(agentOut.result as string) as IDataObject[];

		// Only the first output comes back, as an array of its items' json.
		expect(result).toHaveLength(1);
		expect(result[0]).toMatchObject({
			nodeType: TOOL_PROBE_TYPE,
			typeEndsWithTool: true,
			isToolExecution: true,
			rewireOutputLogTo: null,
			inputDefault: [{ fileUrl: FILE_URL }],
			inputMain: [],
			inputAiTool: [{ fileUrl: FILE_URL }],
			fileUrlParameter: FILE_URL,
		});
		expect(JSON.stringify(result)).not.toContain('fromTheSecondOutput');
	});

	it('a tool node that throws: the engine path hands the Agent { error } on the first output, the wrapper path rejects the tool call', async () => {
		const engine = await runAgent('engine', { throwError: true });
		const [taskData] = engine.agentOut.taskData as Array<{ ai_tool: Array<Array<{ json: IDataObject }>> }>;
		expect(taskData.ai_tool).toEqual([[expect.objectContaining({ json: { error: 'the probe failed on purpose' } })]]);

		const wrapper = await runAgent('wrapper', { throwError: true });
		expect(wrapper.agentOut.invokeError).toContain('the probe failed on purpose');
	});
});
