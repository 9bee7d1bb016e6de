import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import type { GlairCredentials } from '../../transport/glairClient';
import { RequestGate } from '../../transport/requestGate';
import { checkBaseUrl } from '../plan/readSettings';

/**
 * What every unit of work of one node run shares: the input items, whether n8n runs the node as
 * an AI Agent's tool, the execution's cancel signal, the request gate (one for every request the
 * run sends, whatever its document, since GLAIR's rate limit is the account's) and the credential.
 */
export interface Run {
	context: IExecuteFunctions;
	items: INodeExecutionData[];
	toolMode: boolean;
	gate: RequestGate;
	cancelSignal: AbortSignal;
	/**
	 * The GLAIR credential, read and checked once, when the first request needs it. An unusable
	 * one (a Base URL that is not http(s)) throws, as GLAIR's 401 does: a problem of the whole run.
	 */
	credentials(): Promise<GlairCredentials>;
}

/**
 * Whether n8n runs this node as an AI Agent's tool. The tool variant n8n generates from
 * `usableAsTool` is the type name + "Tool", on both of n8n's tool paths and in n8n 1.x; the
 * base node's type does not end in "Tool" (docs/ai-agent-tool.md).
 */
export function isToolMode(context: IExecuteFunctions): boolean {
	return context.getNode().type.endsWith('Tool');
}

export function openRun(context: IExecuteFunctions, concurrency: number): Run {
	let credentials: Promise<GlairCredentials> | undefined;
	return {
		context,
		items: context.getInputData(),
		toolMode: isToolMode(context),
		gate: new RequestGate(concurrency),
		cancelSignal: context.getExecutionCancelSignal() ?? new AbortController().signal,
		credentials: async () => {
			credentials ??= (async () => {
				const credential = await context.getCredentials('glairVisionApi');
				let baseUrl: string;
				try {
					baseUrl = checkBaseUrl(credential.baseUrl);
				} catch (error) {
					throw new NodeOperationError(context.getNode(), (error as Error).message, {
						description: 'Open the GLAIR Vision credential and correct its Base URL. Its Test button checks it.',
					});
				}
				return {
					username: String(credential.username ?? ''),
					password: String(credential.password ?? ''),
					apiKey: String(credential.apiKey ?? ''),
					baseUrl,
				};
			})();
			return await credentials;
		},
	};
}
