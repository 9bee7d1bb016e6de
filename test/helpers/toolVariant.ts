import { NodeConnectionTypes, type INodeType } from 'n8n-workflow';

import { loadPackage } from './engine';

export const GLAIR_TOOL_TYPE = 'n8n-nodes-glair-vision.glairVisionTool';

/**
 * The AI Agent tool variant of the built node, made the way n8n 2.41 makes it from a node that
 * declares `usableAsTool` (n8n/dist/tool-generation/ai-tools.js convertNodeToAiTool): type name +
 * "Tool", no inputs, one ai_tool output, and the very same execute(). The node declares its own
 * toolDescription, so n8n adds no Tool Description parameters of its own.
 */
export async function glairToolVariant(): Promise<INodeType> {
	const { loader } = await loadPackage();
	const base = loader.getNode('glairVision').type as INodeType;
	const description = structuredClone({ ...base.description, outputs: [], inputs: [] });
	expect(base.description.usableAsTool).toBe(true);
	expect(base.description.properties.some((property) => property.name === 'toolDescription')).toBe(true);
	return {
		description: {
			...description,
			name: `${base.description.name}Tool`,
			displayName: `${base.description.displayName} Tool`,
			inputs: [],
			outputs: [NodeConnectionTypes.AiTool],
			usableAsTool: undefined,
		},
		methods: base.methods,
		execute: base.execute,
	};
}
