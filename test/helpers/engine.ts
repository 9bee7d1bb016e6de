/**
 * Runs workflows with the GLAIR Vision node inside n8n-core's real WorkflowExecute, with
 * binary data in filesystem mode, the package loaded the way n8n loads it (package.json "n8n"
 * paths into dist/), and the node talking real HTTP to the sandbox.
 */
import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import {
	BinaryDataConfig,
	BinaryDataService,
	Credentials,
	ExecutionLifecycleHooks,
	PackageDirectoryLoader,
	WorkflowExecute,
} from 'n8n-core';
import {
	ICredentialsHelper,
	NodeHelpers,
	Workflow,
	createRunExecutionData,
	type ICredentialDataDecryptedObject,
	type IHttpRequestOptions,
	type IConnections,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IRunExecutionData,
	type IVersionedNodeType,
	type IWorkflowExecuteAdditionalData,
	type IWorkflowSettings,
} from 'n8n-workflow';
import { join } from 'node:path';

import { FixtureSource } from './fixtureSource.node';
import { registerFixture, type FixtureDocument } from './fixtureRegistry';
import { captureLogs, type CapturedLog } from './logCapture';

export const PACKAGE_DIR = join(__dirname, '..', '..');
export const SOURCE_NODE_TYPE = 'glairTest.fixtureSource';
export const NODE_TYPE = 'n8n-nodes-glair-vision.glairVision';
export const CREDENTIAL_TYPE = 'glairVisionApi';

export interface GlairCredentialData {
	username: string;
	password: string;
	apiKey: string;
	baseUrl: string;
}

export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly byType: Record<string, ICredentialDataDecryptedObject>) {
		super();
	}

	getParentTypes() {
		return [];
	}

	async authenticate(_credentials: ICredentialDataDecryptedObject, _typeName: string, requestOptions: IHttpRequestOptions) {
		return requestOptions;
	}

	async preAuthentication() {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	async getCredentials() {
		return new Credentials({ id: null, name: '' }, '', '');
	}

	async getDecrypted(_additionalData: IWorkflowExecuteAdditionalData, _node: unknown, type: string) {
		return this.byType[type] ?? {};
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties() {
		return [];
	}

	isCredentialUsableByNode() {
		return true;
	}
}

/** Node types that are not in this package: the test source, and whatever a bench adds. */
const extraNodeTypes: Record<string, INodeType | IVersionedNodeType> = { [SOURCE_NODE_TYPE]: new FixtureSource() };

/** Makes another node type (e.g. n8n-nodes-base's HTTP Request) runnable in these workflows. */
export function addNodeType(type: string, node: INodeType | IVersionedNodeType): void {
	extraNodeTypes[type] = node;
}

let loaded: Promise<{ nodeTypes: INodeTypes; loader: PackageDirectoryLoader }> | undefined;

/** Loads dist/ through n8n's own PackageDirectoryLoader, once per jest worker. */
export async function loadPackage() {
	loaded ??= (async () => {
		const config = Container.get(BinaryDataConfig);
		config.mode = 'filesystem';
		await Container.get(BinaryDataService).init();
		const loader = new PackageDirectoryLoader(PACKAGE_DIR);
		await loader.loadAll();
		const nodeTypes: INodeTypes = {
			getByName: (type) => extraNodeTypes[type] ?? loader.getNode(type.split('.')[1]).type,
			getByNameAndVersion: (type, version) =>
				NodeHelpers.getVersionedNodeType(extraNodeTypes[type] ?? loader.getNode(type.split('.')[1]).type, version),
			getKnownTypes: () => ({}),
		};
		return { nodeTypes, loader };
	})();
	return await loaded;
}

export interface RunOptions {
	parameters: INodeParameters;
	credentials: GlairCredentialData;
	documents: FixtureDocument[];
	/** n8n's "On Error" setting of the GLAIR node. */
	onError?: INode['onError'];
	/** Stop the execution, as the Stop button does, as soon as this becomes true (polled every 10 ms). */
	cancelWhen?: () => boolean;
	settings?: IWorkflowSettings;
}

export interface RunResult {
	run: IRun;
	/** The names n8n computed for the node's outputs, e.g. ["Success", "Error"]. */
	outputNames: string[];
	/** Items per output of the GLAIR node, keyed by output name. */
	byOutput: Record<string, INodeExecutionData[]>;
	/** The node's error, when the run ended with one. */
	error?: { message: string; description?: string | null; httpCode?: string | null };
	/** The execution hints the node added (n8n shows them above the output panel). */
	hints: Array<{ message: string; type?: string; location?: string }>;
	logs: CapturedLog[];
}

const GLAIR_NODE = 'GLAIR Vision';

export interface WorkflowRunOptions {
	nodes: INode[];
	connections: IConnections;
	nodeTypes: INodeTypes;
	/** Decrypted credential data by credential type. */
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** The node the execution starts from (gets one empty item). */
	startNode: string;
	cancelWhen?: () => boolean;
	settings?: IWorkflowSettings;
	/** Instead of TestCredentialsHelper over `credentials` (the bench applies credential types' `authenticate`). */
	credentialsHelper?: ICredentialsHelper;
}

/**
 * Executes a workflow the way n8n's main process does: WorkflowExecute with lifecycle hooks,
 * real node types, a credentials helper and absolute base URLs. Resolves with the full run.
 */
export async function runWorkflow(options: WorkflowRunOptions): Promise<{ run: IRun; workflow: Workflow; logs: CapturedLog[] }> {
	const { nodes, connections } = options;
	const workflow = new Workflow({ id: 'test', nodes, connections, active: false, nodeTypes: options.nodeTypes, settings: options.settings });

	const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', {
		id: 'test',
		name: 'test',
		nodes,
		connections,
		active: false,
		activeVersionId: null,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as never);
	let finish!: (run: IRun) => void;
	const finished = new Promise<IRun>((resolve) => (finish = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => finish(run));

	const base = 'http://localhost:5678';
	const additionalData = {
		credentialsHelper: options.credentialsHelper ?? new TestCredentialsHelper(options.credentials),
		hooks,
		restApiUrl: `${base}/rest`,
		instanceBaseUrl: base,
		formBaseUrl: `${base}/form`,
		formWaitingBaseUrl: `${base}/form-waiting`,
		formTestBaseUrl: `${base}/form-test`,
		webhookBaseUrl: `${base}/webhook`,
		webhookWaitingBaseUrl: `${base}/webhook-waiting`,
		webhookTestBaseUrl: `${base}/webhook-test`,
		mcpBaseUrl: `${base}/mcp`,
		mcpTestBaseUrl: `${base}/mcp-test`,
		currentNodeExecutionIndex: 0,
		variables: {},
		userId: 'test-user',
		executeWorkflow: async () => {
			throw new Error('not used');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		logAiEvent: () => {},
	} as unknown as IWorkflowExecuteAdditionalData;

	const startNode = workflow.getNode(options.startNode)!;
	const runExecutionData: IRunExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: startNode, data: { main: [[{ json: {} }]] }, source: null }],
		},
	});

	const capture = captureLogs();
	try {
		const execution = new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(workflow);
		let watcher: NodeJS.Timeout | undefined;
		if (options.cancelWhen) {
			const shouldCancel = options.cancelWhen;
			watcher = setInterval(() => {
				if (!shouldCancel()) return;
				clearInterval(watcher);
				execution.cancel();
			}, 10);
		}
		await execution.catch(() => undefined).finally(() => clearInterval(watcher));
		return { run: await finished, workflow, logs: capture.logs };
	} finally {
		capture.stop();
	}
}

/** The Fixture Source node named "Source", emitting these documents as items. */
export function sourceNode(documents: FixtureDocument[]): INode {
	return { id: 'source', name: 'Source', type: SOURCE_NODE_TYPE, typeVersion: 1, position: [0, 0], parameters: { fixtureKey: registerFixture(documents) } };
}

/** A GLAIR Vision node's items in a finished run, by the names n8n gives its outputs (e.g. ["Success", "Not Read"]). */
export function nodeOutputs(run: IRun, workflow: Workflow, nodeTypes: INodeTypes, name: string): { outputNames: string[]; byOutput: Record<string, INodeExecutionData[]> } {
	const outputNames = NodeHelpers.getNodeOutputs(workflow, workflow.getNode(name)!, nodeTypes.getByNameAndVersion(NODE_TYPE, 1).description).map(
		(output) => (typeof output === 'string' ? output : (output.displayName ?? output.type)),
	);
	const main = run.data.resultData.runData[name]?.[0]?.data?.main ?? [];
	return { outputNames, byOutput: Object.fromEntries(outputNames.map((output, index) => [output, main[index] ?? []])) };
}

/** Runs Fixture Source -> GLAIR Vision and sorts the node's output by output name. */
export async function runGlairVision(options: RunOptions): Promise<RunResult> {
	const { nodeTypes } = await loadPackage();
	const nodes: INode[] = [
		sourceNode(options.documents),
		{
			id: 'glair',
			name: GLAIR_NODE,
			type: NODE_TYPE,
			typeVersion: 1,
			position: [200, 0],
			parameters: { resource: 'bpkb', operation: 'read', ...options.parameters },
			credentials: { [CREDENTIAL_TYPE]: { id: '1', name: 'GLAIR sandbox' } },
			...(options.onError ? { onError: options.onError } : {}),
		},
	];
	const connections: IConnections = { Source: { main: [[{ node: GLAIR_NODE, type: 'main', index: 0 }]] } };
	const { run, workflow, logs } = await runWorkflow({
		nodes,
		connections,
		nodeTypes,
		credentials: { [CREDENTIAL_TYPE]: { ...options.credentials } },
		startNode: 'Source',
		cancelWhen: options.cancelWhen,
		settings: options.settings,
	});

	const { outputNames, byOutput } = nodeOutputs(run, workflow, nodeTypes, GLAIR_NODE);
	const taskData = run.data.resultData.runData[GLAIR_NODE]?.[0];
	const nodeError = taskData?.error ?? run.data.resultData.error;
	return {
		run,
		outputNames,
		byOutput,
		error: nodeError
			? {
					message: nodeError.message,
					description: (nodeError as { description?: string | null }).description,
					httpCode: (nodeError as { httpCode?: string | null }).httpCode,
				}
			: undefined,
		hints: taskData?.hints ?? [],
		logs,
	};
}

export { Logger };
