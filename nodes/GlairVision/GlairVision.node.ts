import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodePropertyOptions,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { documentDescription, fileDescription } from './actions/operations';
import { PRODUCT_RESOURCES } from './actions/products';
import { router } from './actions/router';
import { DOCUMENT_SPECS } from './documents/registry';
import { FILE_SPECS } from './files/registry';
import { configuredOutputs } from './engine/output/outputs';
import { glairVisionApiTest } from './methods/credentialTest';

/** Every document's Read, the files of documents checked together, then GLAIR's other products (faces, Dukcapil, capture sessions). */
const RESOURCE_OPTIONS: INodePropertyOptions[] = [...DOCUMENT_SPECS, ...FILE_SPECS, ...PRODUCT_RESOURCES].map((spec) => ({ name: spec.displayName, value: spec.resource }));

/** The canvas subtitle of each resource and operation: the action's name, e.g. "Read BPKB", "Match Faces". */
const ACTIONS: Record<string, string> = Object.fromEntries([
	...DOCUMENT_SPECS.map((spec) => [`${spec.resource}.read`, `Read ${spec.shortName}`]),
	...DOCUMENT_SPECS.map((spec) => [`${spec.resource}.applyReview`, `Apply Review to a ${spec.shortName} read`]),
	...FILE_SPECS.map((spec) => [`${spec.resource}.verify`, spec.action]),
	...FILE_SPECS.map((spec) => [`${spec.resource}.applyReview`, `Apply Review to a ${spec.noun}`]),
	...PRODUCT_RESOURCES.flatMap((product) => Object.entries(product.operations).map(([operation, { subtitle }]) => [`${product.resource}.${operation}`, subtitle])),
]);

export class GlairVision implements INodeType {
	// The rule reads only a literal subtitle; this one is looked up in a table built from the specs.
	// eslint-disable-next-line n8n-nodes-base/node-class-description-missing-subtitle
	description: INodeTypeDescription = {
		displayName: 'GLAIR Vision',
		name: 'glairVision',
		icon: { light: 'file:../../icons/glairVision.svg', dark: 'file:../../icons/glairVision.dark.svg' },
		group: ['transform'],
		version: 1,
		// The action of the resource and operation chosen ("Read BPKB"), from a table built from the specs.
		subtitle: `={{ (${JSON.stringify(ACTIONS)})[$parameter["resource"] + "." + $parameter["operation"]] }}`,
		description: 'Read Indonesian documents (BPKB, STNK, KTP, NPWP, SIM, passport and more) with the GLAIR Vision API, verify a vehicle file, match faces, check liveness and verify identities with Dukcapil',
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
			...FILE_SPECS.flatMap(fileDescription),
			...PRODUCT_RESOURCES.flatMap((product) => product.properties),
		],
	};

	methods = { credentialTest: { glairVisionApiTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
