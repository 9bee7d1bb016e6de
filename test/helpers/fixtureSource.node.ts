import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { takeFixture } from './fixtureRegistry';

/**
 * Test-only node standing where an email trigger or "Read Files" would: it turns prepared
 * documents into items whose binary goes through n8n's own binary store (filesystem mode),
 * exactly as a real upstream node's would.
 */
export class FixtureSource implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fixture Source',
		name: 'fixtureSource',
		group: ['input'],
		version: 1,
		description: 'Emits prepared test documents',
		defaults: { name: 'Fixture Source' },
		inputs: [],
		outputs: ['main'],
		properties: [{ displayName: 'Fixture Key', name: 'fixtureKey', type: 'string', default: '' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const documents = takeFixture(this.getNodeParameter('fixtureKey', 0) as string);
		const items: INodeExecutionData[] = [];
		for (const document of documents) {
			const item: INodeExecutionData = { json: document.json ?? {}, binary: {} };
			for (const [field, file] of Object.entries(document.files ?? {})) {
				const binary = await this.helpers.prepareBinaryData(file.bytes, file.fileName, file.mimeType);
				if (file.inline) {
					// Inline binary, as older n8n versions and some nodes still produce.
					delete binary.id;
					binary.data = file.bytes.toString('base64');
				}
				item.binary![field] = binary;
			}
			items.push(item);
		}
		return [items];
	}
}
