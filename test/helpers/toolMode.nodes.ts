/**
 * Test-only nodes for the two ways n8n 2.41 runs a tool node for an AI Agent, so a test can see,
 * inside n8n-core's real engine, what the tool node gets and how it can tell it is a tool.
 *
 * - ToolProbe: a stand-in for a `usableAsTool` node in its generated tool variant (n8n's
 *   convertNodeToAiTool gives that variant `inputs: []`, `outputs: ['ai_tool']` and the type name
 *   + 'Tool'). Its execute() reports what it sees, on two outputs.
 * - AgentLike: a root node with an ai_tool input that runs its tool either through
 *   `getInputConnectionData` (core's createNodeAsTool wrapper: tool.invoke, as Agent V1/V2, the
 *   sub-agent AgentToolV3 and the MCP Server Trigger do) or through an EngineRequest (as Agent V3
 *   does at the top level), and outputs what came back.
 */
import type {
	EngineRequest,
	EngineResponse,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	NodeOutput,
} from 'n8n-workflow';

export const TOOL_PROBE_TYPE = 'glairTest.toolProbeTool';
export const AGENT_LIKE_TYPE = 'glairTest.agentLike';

export class ToolProbe implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Tool Probe Tool',
		name: 'toolProbeTool',
		group: ['transform'],
		version: 1,
		description: 'Reports how it was run',
		defaults: { name: 'Tool Probe' },
		inputs: [],
		outputs: ['ai_tool'],
		properties: [
			{ displayName: 'File URL', name: 'fileUrl', type: 'string', default: '' },
			{ displayName: 'Throw', name: 'throwError', type: 'boolean', default: false },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		if (this.getNodeParameter('throwError', 0)) throw new Error('the probe failed on purpose');
		const node = this.getNode() as ReturnType<IExecuteFunctions['getNode']> & { rewireOutputLogTo?: string };
		const isToolExecution = (this as { isToolExecution?: () => boolean }).isToolExecution;
		const probe: IDataObject = {
			nodeType: node.type,
			typeEndsWithTool: node.type.endsWith('Tool'),
			isToolExecution: typeof isToolExecution === 'function' ? isToolExecution.call(this) : 'absent',
			rewireOutputLogTo: node.rewireOutputLogTo ?? null,
			executeDataMetadata: (this.getExecuteData().metadata ?? null) as IDataObject | null,
			inputDefault: this.getInputData().map((item) => item.json),
			inputMain: this.getInputData(0, 'main').map((item) => item.json),
			inputAiTool: this.getInputData(0, 'ai_tool').map((item) => item.json),
			fileUrlParameter: this.getNodeParameter('fileUrl', 0) as string,
		};
		return [[{ json: probe }], [{ json: { fromTheSecondOutput: true } }]];
	}
}

export class AgentLike implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Agent Like',
		name: 'agentLike',
		group: ['transform'],
		version: 1,
		description: 'Calls its tool one way or the other',
		defaults: { name: 'Agent Like' },
		inputs: ['main', { type: 'ai_tool', displayName: 'Tools', required: true }],
		outputs: ['main'],
		properties: [
			{
				displayName: 'Path',
				name: 'path',
				type: 'options',
				default: 'engine',
				options: [
					{ name: 'Engine Request', value: 'engine' },
					{ name: 'Tool Wrapper', value: 'wrapper' },
				],
			},
			{ displayName: 'Tool Arguments', name: 'toolArguments', type: 'json', default: '{}' },
		],
	};

	async execute(this: IExecuteFunctions, response?: EngineResponse): Promise<NodeOutput> {
		const path = this.getNodeParameter('path', 0) as string;
		const args = JSON.parse(this.getNodeParameter('toolArguments', 0) as string) as IDataObject;
		const tools = (await this.getInputConnectionData('ai_tool', 0)) as Array<{
			name: string;
			description: string;
			schema: unknown;
			metadata?: { sourceNodeName?: string };
			invoke: (input: IDataObject) => Promise<unknown>;
		}>;
		const tool = tools[0];
		if (path === 'wrapper') {
			let result: unknown;
			try {
				result = await tool.invoke(args);
			} catch (error) {
				return [[{ json: { path, toolName: tool.name, invokeError: (error as Error).message } }]];
			}
			return [[{ json: { path, toolName: tool.name, description: tool.description, result: result as string } }]];
		}
		// The engine always passes a response; an empty one means "first run".
		if (!response || response.actionResponses.length === 0) {
			const request: EngineRequest<IDataObject> = {
				actions: [
					{
						actionType: 'ExecutionNodeAction',
						nodeName: tool.metadata!.sourceNodeName!,
						input: args,
						type: 'ai_tool',
						id: 'call_probe_1',
						metadata: { itemIndex: 0 },
					},
				],
				metadata: {},
			};
			return request;
		}
		const data = response.actionResponses.map((r) => r.data.data ?? null) as unknown as IDataObject[];
		return [[{ json: { path, toolName: tool.name, taskData: data } }]];
	}
}
