import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { downloadToBinary } from '../../nodes/GlairVision/engine/input/urlDownload';

export const URL_DOWNLOAD_NODE_TYPE = 'glairTest.urlDownload';

/**
 * Test-only node: for each input item, downloads `json.url` with the node's downloadToBinary,
 * inside the engine's real execute context, and outputs the outcome (the binary on `data`).
 */
export class UrlDownloadTest implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'URL Download (test)',
		name: 'urlDownload',
		group: ['transform'],
		version: 1,
		description: 'Runs downloadToBinary per item',
		defaults: { name: 'URL Download' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [
			{ displayName: 'Max Bytes', name: 'maxBytes', type: 'number', default: 10 * 1024 * 1024 },
			{ displayName: 'Timeout (ms)', name: 'timeoutMs', type: 'number', default: 10_000 },
			{ displayName: 'Max Retries', name: 'maxRetries', type: 'number', default: 2 },
			{ displayName: 'Initial Delay (ms)', name: 'initialDelayMs', type: 'number', default: 1 },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const out: INodeExecutionData[] = [];
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			const outcome = await downloadToBinary(this, itemIndex, items[itemIndex].json.url, {
				maxBytes: this.getNodeParameter('maxBytes', itemIndex) as number,
				timeoutMs: this.getNodeParameter('timeoutMs', itemIndex) as number,
				maxRetries: this.getNodeParameter('maxRetries', itemIndex) as number,
				initialDelayMs: this.getNodeParameter('initialDelayMs', itemIndex) as number,
				cancelSignal: this.getExecutionCancelSignal()!,
			});
			if (outcome.kind === 'downloaded') {
				const { binary, ...rest } = outcome;
				out.push({ json: rest as unknown as IDataObject, binary: { data: binary }, pairedItem: { item: itemIndex } });
			} else {
				out.push({ json: outcome as unknown as IDataObject, pairedItem: { item: itemIndex } });
			}
		}
		return [out];
	}
}
