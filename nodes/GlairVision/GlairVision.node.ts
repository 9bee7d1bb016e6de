import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodePropertyOptions,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { documentDescription } from './actions/documentOperations';
import { router } from './actions/router';
import { VEHICLE_FILE_RESOURCE, verifyDescription } from './actions/vehicleFile/verify.description';
import { DOCUMENT_SPECS } from './documents/registry';
import { configuredOutputs } from './engine/output/outputs';
import { glairVisionApiTest } from './methods/credentialTest';

/** Every document's Read, then the vehicle file that checks three of them together. */
const RESOURCE_OPTIONS: INodePropertyOptions[] = DOCUMENT_SPECS.map((spec) => ({ name: spec.displayName, value: spec.resource }));
RESOURCE_OPTIONS.push({ name: 'Vehicle File (BPKB + STNK + KTP)', value: VEHICLE_FILE_RESOURCE });

export class GlairVision implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GLAIR Vision',
		name: 'glairVision',
		icon: { light: 'file:../../icons/glairVision.svg', dark: 'file:../../icons/glairVision.dark.svg' },
		group: ['transform'],
		version: 1,
		// Each document's resource value is its short name in lower case: "Read BPKB", "Read KTP".
		subtitle: '={{$parameter["operation"] === "verify" ? "Verify Vehicle File" : ($parameter["operation"] === "applyReview" ? "Apply Review: " : "Read ") + $parameter["resource"].toUpperCase()}}',
		description: 'Read Indonesian vehicle and identity documents (BPKB, STNK, KTP, NPWP) with the GLAIR Vision OCR API',
		defaults: { name: 'GLAIR Vision' },
		usableAsTool: true,
		// The base rule predates NodeConnectionTypes and wants the literal 'main'; the community
		// rules require the enum. Both ask for exactly one main input, which this is.
		// eslint-disable-next-line n8n-nodes-base/node-class-description-inputs-wrong-regular-node
		inputs: [NodeConnectionTypes.Main],
		// Success, [Needs Review,] then Not Read or one output per status, depending on Options.
		outputs: `={{(${configuredOutputs})($parameter)}}`,
		// Apply Review sends nothing to GLAIR: it needs no credential.
		credentials: [{ name: 'glairVisionApi', required: true, testedBy: 'glairVisionApiTest', displayOptions: { hide: { operation: ['applyReview'] } } }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: RESOURCE_OPTIONS,
				default: 'bpkb',
			},
			...DOCUMENT_SPECS.flatMap(documentDescription),
			...verifyDescription,
		],
	};

	methods = { credentialTest: { glairVisionApiTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
