import type {
	IConnections,
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { downloadToBinary } from '../../nodes/GlairVision/transport/download/downloadToBinary';
import { addNodeType, loadPackage, runWorkflow, sourceNode } from './engine';
import type { CapturedLog } from './logCapture';

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

export interface DownloadLimits {
	maxBytes?: number;
	timeoutMs?: number;
	maxRetries?: number;
	initialDelayMs?: number;
}

export interface DownloadRun {
	/** One outcome item per URL (the binary on `data`); none when the run was stopped. */
	items: INodeExecutionData[];
	logs: CapturedLog[];
	/** Everything the download node made (its items and errors), as text. */
	runText: string;
	status: string;
}

/**
 * Runs Source (one item per URL, as `json.url`) -> the test node, inside n8n-core's real
 * WorkflowExecute. `cancelWhen` stops the execution once it returns true.
 */
export async function runDownloads(urls: unknown[], limits: DownloadLimits = {}, cancelWhen?: () => boolean): Promise<DownloadRun> {
	addNodeType(URL_DOWNLOAD_NODE_TYPE, new UrlDownloadTest());
	const { nodeTypes } = await loadPackage();
	const nodes: INode[] = [
		sourceNode(urls.map((url) => ({ json: { url } as never }))),
		{
			id: 'download',
			name: 'Download',
			type: URL_DOWNLOAD_NODE_TYPE,
			typeVersion: 1,
			position: [200, 0],
			parameters: { maxBytes: 10 * 1024 * 1024, timeoutMs: 10_000, maxRetries: 2, initialDelayMs: 1, ...limits },
		},
	];
	const connections: IConnections = { Source: { main: [[{ node: 'Download', type: 'main', index: 0 }]] } };
	const { run, logs } = await runWorkflow({ nodes, connections, nodeTypes, credentials: {}, startNode: 'Source', cancelWhen });
	const task = run.data.resultData.runData.Download?.[0];
	if (cancelWhen) return { items: [], logs, runText: '', status: run.status };
	if (!task?.data) throw new Error(`the download node did not run: ${JSON.stringify(task?.error ?? run.data.resultData.error)}`);
	// The outcome items only: the Source node's input items carry the URLs as given.
	const runText = JSON.stringify({ output: task.data, error: task.error ?? null, runError: run.data.resultData.error ?? null });
	return { items: task.data.main[0] ?? [], logs, runText, status: run.status };
}
