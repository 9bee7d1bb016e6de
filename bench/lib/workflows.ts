/**
 * Runs one measured node (GLAIR Vision, n8n's HTTP Request, or the bench's upload through n8n's
 * request helper) in n8n-core's real WorkflowExecute:
 * Bench File Source -> Bench Mark -> measured node. The wall time is the measured node's own
 * execution time as n8n records it (ITaskData.executionTime); loading the files into the binary
 * store happens before and is not counted.
 */
import type { ICredentialDataDecryptedObject, IConnections, INode, INodeExecutionData, INodeParameters, IVersionedNodeType } from 'n8n-workflow';

import { CREDENTIAL_TYPE, NODE_TYPE, addNodeType, loadPackage, runWorkflow } from '../../test/helpers/engine';
import { FILE_SOURCE_TYPE, FileSource, MARK_TYPE, Mark, registerFiles, takeMark, type SourceFile } from './benchNodes';
import { BenchCredentialsHelper } from './credentialsHelper';
import { HELPER_UPLOAD_TYPE, HelperUpload } from './helperUploadNode';
import { peakSinceWindowStart } from './memory';

export const HTTP_REQUEST_TYPE = 'n8n-nodes-base.httpRequest';
const MEASURED = 'Measured';

addNodeType(FILE_SOURCE_TYPE, new FileSource());
addNodeType(MARK_TYPE, new Mark());
addNodeType(HELPER_UPLOAD_TYPE, new HelperUpload());

export interface Endpoint {
	baseUrl: string;
	username: string;
	password: string;
	apiKey: string;
}

export type Target =
	| { kind: 'glair'; concurrency: number; maxFileSizeMb?: number; combineFiles?: boolean; binaryPropertyName?: string }
	/** The bench's upload through n8n's httpRequestWithAuthentication (./helperUploadNode). */
	| { kind: 'helper'; concurrency: number; followRedirects?: boolean }
	| {
			kind: 'http';
			/** n8n's batching option; absent = the node's defaults (every item at once). */
			batching?: { batchSize: number; batchIntervalMs: number };
			/** n8n's "On Error" node setting. Default here: continue on the error output, so failed items can be counted. */
			onError?: INode['onError'] | 'stopWorkflow';
	  };

export interface TargetRun {
	wallMs: number;
	/** Output items on every output (a photo of noise reads empty and goes to Needs Review). */
	items: number;
	ok: number;
	failed: number;
	/** Output items in input order, each paired with its own input item. */
	orderOk: boolean;
	peakMiB: number;
	baselineMiB: number;
	/** Set when the whole execution failed (e.g. HTTP Request with On Error = stop). */
	executionError?: string;
	/** n8n's status of the execution ('success', 'error', 'canceled', ...). */
	status: string;
	/** The first item error on any output, if any (what a failed item says). */
	firstError?: string;
}

let httpRequestVersion = 4.2;

export function registerHttpRequestNode(node: IVersionedNodeType): void {
	addNodeType(HTTP_REQUEST_TYPE, node);
	httpRequestVersion = node.description.defaultVersion ?? httpRequestVersion;
}

export function httpRequestNodeVersion(): number {
	return httpRequestVersion;
}

/** The measured node when it uses the GLAIR credential (the GLAIR Vision node, the helper upload). */
function withGlairCredential(type: string, parameters: INodeParameters): INode {
	return { id: 'measured', name: MEASURED, type, typeVersion: 1, position: [400, 0], parameters, credentials: { [CREDENTIAL_TYPE]: { id: '1', name: 'GLAIR sandbox' } } };
}

function measuredNode(target: Target, endpoint: Endpoint): INode {
	if (target.kind === 'glair') {
		return withGlairCredential(NODE_TYPE, {
			resource: 'bpkb',
			operation: 'read',
			binaryPropertyName: target.binaryPropertyName ?? 'data',
			page: 'all',
			output: 'flattened',
			options: {
				concurrency: target.concurrency,
				...(target.maxFileSizeMb !== undefined ? { maxFileSizeMb: target.maxFileSizeMb } : {}),
				...(target.combineFiles ? { combineFiles: true } : {}),
			},
		});
	}
	if (target.kind === 'helper') return withGlairCredential(HELPER_UPLOAD_TYPE, { concurrency: target.concurrency, followRedirects: target.followRedirects ?? true });
	// What a user builds today: POST multipart, file field `data` as part `image`,
	// Basic auth credential plus the x-api-key header.
	const parameters: INodeParameters = {
		method: 'POST',
		url: `${endpoint.baseUrl}/ocr/v1/bpkb`,
		authentication: 'genericCredentialType',
		genericAuthType: 'httpBasicAuth',
		sendHeaders: true,
		headerParameters: { parameters: [{ name: 'x-api-key', value: endpoint.apiKey }] },
		sendBody: true,
		contentType: 'multipart-form-data',
		bodyParameters: { parameters: [{ parameterType: 'formBinaryData', name: 'image', inputDataFieldName: 'data' }] },
		options: target.batching
			? { batching: { batch: { batchSize: target.batching.batchSize, batchInterval: target.batching.batchIntervalMs } } }
			: {},
	};
	const onError = target.onError ?? 'continueErrorOutput';
	return {
		id: 'measured',
		name: MEASURED,
		type: HTTP_REQUEST_TYPE,
		typeVersion: httpRequestVersion,
		position: [400, 0],
		parameters,
		credentials: { httpBasicAuth: { id: '2', name: 'GLAIR basic' } },
		...(onError === 'stopWorkflow' ? {} : { onError }),
	};
}

function successCount(target: Target, items: INodeExecutionData[]): number {
	if (target.kind !== 'http') return items.filter((item) => item.json.status === 'SUCCESS').length;
	return items.filter((item) => item.json.error === undefined && item.json.status === 'SUCCESS').length;
}

function inInputOrder(items: INodeExecutionData[]): boolean {
	let previous = -1;
	for (const item of items) {
		const paired = item.pairedItem;
		const index = typeof paired === 'number' ? paired : Array.isArray(paired) ? paired[0]?.item : paired?.item;
		if (index === undefined || index <= previous) return false;
		previous = index;
	}
	return true;
}

/** n8n's credentials helper as the engine sees it: applies the GLAIR credential's `authenticate` when a node asks. */
async function credentialsHelper(credentials: Record<string, ICredentialDataDecryptedObject>): Promise<BenchCredentialsHelper> {
	const { loader } = await loadPackage();
	return new BenchCredentialsHelper(credentials, { [CREDENTIAL_TYPE]: loader.getCredential(CREDENTIAL_TYPE).type });
}

/** `cancelWhen`: press Stop as soon as it returns true (polled every 10 ms). */
export async function runTarget(target: Target, endpoint: Endpoint, files: SourceFile[], cancelWhen?: () => boolean): Promise<TargetRun> {
	const { nodeTypes } = await loadPackage();
	const nodes: INode[] = [
		{ id: 'source', name: 'Source', type: FILE_SOURCE_TYPE, typeVersion: 1, position: [0, 0], parameters: { key: registerFiles(files) } },
		{ id: 'mark', name: 'Mark', type: MARK_TYPE, typeVersion: 1, position: [200, 0], parameters: {} },
		measuredNode(target, endpoint),
	];
	const connections: IConnections = {
		Source: { main: [[{ node: 'Mark', type: 'main', index: 0 }]] },
		Mark: { main: [[{ node: MEASURED, type: 'main', index: 0 }]] },
	};
	const credentials = {
		[CREDENTIAL_TYPE]: { username: endpoint.username, password: endpoint.password, apiKey: endpoint.apiKey, baseUrl: endpoint.baseUrl },
		httpBasicAuth: { user: endpoint.username, password: endpoint.password },
	};
	const { run } = await runWorkflow({
		nodes,
		connections,
		nodeTypes,
		credentials,
		credentialsHelper: await credentialsHelper(credentials),
		startNode: 'Source',
		cancelWhen,
	});
	const peakMiB = peakSinceWindowStart();
	const mark = takeMark();
	const task = run.data.resultData.runData[MEASURED]?.[0];
	const main = task?.data?.main ?? [];
	const success = main[0] ?? [];
	const ok = successCount(target, success);
	const executionError = run.data.resultData.error?.message;
	const failedItem = main.flatMap((output) => output ?? []).find((item) => item.json.status !== 'SUCCESS' && (item.json.error ?? item.json.reason) !== undefined);
	const firstError = failedItem?.json.error ?? failedItem?.json.reason;
	return {
		wallMs: task?.executionTime ?? Number.NaN,
		items: main.reduce((sum, output) => sum + (output?.length ?? 0), 0),
		ok,
		failed: files.length - ok,
		orderOk: inInputOrder(success),
		peakMiB,
		baselineMiB: mark?.baselineMiB ?? Number.NaN,
		...(executionError ? { executionError } : {}),
		...(firstError ? { firstError: typeof firstError === 'string' ? firstError : JSON.stringify(firstError).slice(0, 200) } : {}),
		status: run.status,
	};
}

/** The two ways to read a vehicle file: Verify Vehicle File, or one Read per document in a row. */
export type VehicleWay = 'verify' | 'three reads';

export interface VehicleRun {
	/** The GLAIR nodes' own execution time, added up (n8n runs the three reads one after the other). */
	wallMs: number;
	/** Output items of the measured node(s), every output. */
	items: number;
	/** For Verify: items whose verdict is CONSISTENT. For three reads: documents read. */
	ok: number;
}

/**
 * Vehicle files (items holding `bpkb_0`..`bpkb_3`, `stnk`, `ktp`) read either by Verify Vehicle File,
 * or by Read BPKB (Combine Files), Read STNK and Read KTP as three nodes fed by the same items.
 */
export async function runVehicleFiles(way: VehicleWay, endpoint: Endpoint, files: SourceFile[], concurrency: number): Promise<VehicleRun> {
	const credentials = { [CREDENTIAL_TYPE]: { id: '1', name: 'GLAIR sandbox' } };
	const options = { concurrency, includeBinary: false };
	const glair = (name: string, parameters: INodeParameters, x: number): INode => ({ id: name, name, type: NODE_TYPE, typeVersion: 1, position: [x, 0], parameters, credentials });
	const measured =
		way === 'verify'
			? [glair('Verify', { resource: 'vehicleFile', operation: 'verify', bpkbBinaryPropertyName: 'bpkb_*', stnkBinaryPropertyName: 'stnk', ktpBinaryPropertyName: 'ktp', output: 'flattened', options }, 400)]
			: [
					glair('Read BPKB', { resource: 'bpkb', operation: 'read', binaryPropertyName: 'bpkb_*', page: 'all', output: 'flattened', options: { ...options, combineFiles: true } }, 400),
					glair('Read STNK', { resource: 'stnk', operation: 'read', binaryPropertyName: 'stnk', output: 'flattened', options }, 600),
					glair('Read KTP', { resource: 'ktp', operation: 'read', binaryPropertyName: 'ktp', output: 'flattened', options }, 800),
				];
	return await runGlairNodes(measured, endpoint, files, (item) => (way === 'verify' ? item.json.verdict === 'CONSISTENT' : item.json.status === 'SUCCESS'));
}

/**
 * GLAIR nodes fed by the same items (the files), run one after the other as n8n runs a node's
 * targets: their own execution times added up, their output items on every output, and those `ok`
 * counts (a verdict, a status).
 */
export async function runGlairNodes(measured: INode[], endpoint: Endpoint, files: SourceFile[], ok: (item: INodeExecutionData, output: number) => boolean): Promise<VehicleRun> {
	const { nodeTypes } = await loadPackage();
	const nodes: INode[] = [{ id: 'source', name: 'Source', type: FILE_SOURCE_TYPE, typeVersion: 1, position: [0, 0], parameters: { key: registerFiles(files) } }, ...measured];
	const connections: IConnections = { Source: { main: [measured.map((node) => ({ node: node.name, type: 'main', index: 0 }))] } };
	const { run } = await runWorkflow({
		nodes,
		connections,
		nodeTypes,
		credentials: { [CREDENTIAL_TYPE]: { username: endpoint.username, password: endpoint.password, apiKey: endpoint.apiKey, baseUrl: endpoint.baseUrl } },
		startNode: 'Source',
	});
	const totals = { wallMs: 0, items: 0, ok: 0 };
	for (const node of measured) {
		const task = run.data.resultData.runData[node.name]?.[0];
		totals.wallMs += task?.executionTime ?? Number.NaN;
		(task?.data?.main ?? []).forEach((output, index) => {
			totals.items += (output ?? []).length;
			totals.ok += (output ?? []).filter((item) => ok(item, index)).length;
		});
	}
	return totals;
}
