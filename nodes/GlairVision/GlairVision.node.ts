import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodePropertyOptions,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { readDescription } from './actions/read/read.description';
import { router } from './actions/router';
import { VEHICLE_FILE_RESOURCE, verifyDescription } from './actions/vehicleFile/verify.description';
import { DOCUMENT_SPECS } from './documents/registry';
import { configuredOutputs } from './engine/output/outputs';
import { glairVisionApiTest } from './methods/credentialTest';

/** Every document's Read, then the vehicle file that checks three of them together. */
const RESOURCE_OPTIONS: INodePropertyOptions[] = DOCUMENT_SPECS.map((spec) => ({ name: spec.displayName, value: spec.resource }));
RESOURCE_OPTIONS.push({ name: 'Vehicle File (BPKB + STNK + KTP)', value: VEHICLE_FILE_RESOURCE });

/** resource -> short name, for the subtitle the editor works out from the parameters. */
const SHORT_NAMES: Record<string, string> = Object.fromEntries(DOCUMENT_SPECS.map((spec) => [spec.resource, spec.shortName]));

export class GlairVision implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GLAIR Vision',
		name: 'glairVision',
		icon: { light: 'file:../../icons/glairVision.svg', dark: 'file:../../icons/glairVision.dark.svg' },
		group: ['transform'],
		version: 1,
		// "Read " + the document's short name: "Read BPKB", "Read KITAS/KITAP", "Read Singapore NRIC".
		subtitle: `={{$parameter["operation"] === "verify" ? "Verify Vehicle File" : "Read " + (${JSON.stringify(SHORT_NAMES)}[$parameter["resource"]] ?? $parameter["resource"])}}`,
		description: 'Read Indonesian vehicle and identity documents (BPKB, STNK, KTP, NPWP) with the GLAIR Vision OCR API',
		defaults: { name: 'GLAIR Vision' },
		usableAsTool: true,
		// The base rule predates NodeConnectionTypes and wants the literal 'main'; the community
		// rules require the enum. Both ask for exactly one main input, which this is.
		// eslint-disable-next-line n8n-nodes-base/node-class-description-inputs-wrong-regular-node
		inputs: [NodeConnectionTypes.Main],
		// Success, [Needs Review,] then Not Read or one output per status, depending on Options.
		outputs: `={{(${configuredOutputs})($parameter)}}`,
		credentials: [{ name: 'glairVisionApi', required: true, testedBy: 'glairVisionApiTest' }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: RESOURCE_OPTIONS,
				default: 'bpkb',
			},
			...DOCUMENT_SPECS.flatMap(readDescription),
			...verifyDescription,
		],
	};

	methods = { credentialTest: { glairVisionApiTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
