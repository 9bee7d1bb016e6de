import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import * as bpkb from './actions/bpkb';
import { router } from './actions/router';
import { configuredOutputs } from './helpers/outputs';
import { glairVisionApiTest } from './methods/credentialTest';

export class GlairVision implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GLAIR Vision',
		name: 'glairVision',
		icon: { light: 'file:../../icons/glairVision.svg', dark: 'file:../../icons/glairVision.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] === "read" ? "Read BPKB" : $parameter["operation"]}}',
		description: 'Read Indonesian documents such as the BPKB with the GLAIR Vision OCR API',
		defaults: { name: 'GLAIR Vision' },
		usableAsTool: true,
		// The base rule predates NodeConnectionTypes and wants the literal 'main'; the community
		// rules require the enum. Both ask for exactly one main input, which this is.
		// eslint-disable-next-line n8n-nodes-base/node-class-description-inputs-wrong-regular-node
		inputs: [NodeConnectionTypes.Main],
		// Success, [Needs Review,] then Error or one output per status, depending on Options.
		outputs: `={{(${configuredOutputs})($parameter)}}`,
		credentials: [{ name: 'glairVisionApi', required: true, testedBy: 'glairVisionApiTest' }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'BPKB (Vehicle Ownership Book)', value: 'bpkb' }],
				default: 'bpkb',
			},
			...bpkb.description,
		],
	};

	methods = { credentialTest: { glairVisionApiTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
