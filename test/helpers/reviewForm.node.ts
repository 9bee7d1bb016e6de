import { tryToParseJsonToFormFields, type IExecuteFunctions, type INodeExecutionData, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { takeHandedOver } from './fixtureRegistry';

/** A form field as n8n's parser gives it back. */
export type ParsedFormField = ReturnType<typeof tryToParseJsonToFormFields>[number];

/** What the person types into one field of the form (the field's shown value to leave it as it is). */
export type Answerer = (field: ParsedFormField, item: INodeExecutionData['json']) => string;

/**
 * Test-only node standing where a person answers the item's `review_form` in an n8n form and a
 * Merge node adds the answers to the item: the form JSON is parsed by n8n's own parser
 * (`tryToParseJsonToFormFields`, what the Form node and Send and Wait run), and each answer is
 * keyed by the field's label, as n8n's form returns it (Form utils `prepareFormReturnItem`, a
 * field without fieldName), under `data` with Send and Wait's `respondedAt`.
 */
export class ReviewFormStandIn implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Review Form Stand-In',
		name: 'reviewFormStandIn',
		group: ['transform'],
		version: 1,
		description: 'Answers each item review_form as a person would',
		defaults: { name: 'Review Form Stand-In' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [{ displayName: 'Answerer Key', name: 'answererKey', type: 'string', default: '' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const answer = takeHandedOver<Answerer>(this.getNodeParameter('answererKey', 0) as string);
		return [
			this.getInputData().map((item, index) => {
				const definition = item.json.review_form;
				const fields = tryToParseJsonToFormFields(typeof definition === 'string' ? definition : JSON.stringify(definition));
				const data = Object.fromEntries(fields.map((field) => [field.fieldLabel, answer(field, item.json)]));
				return { json: { ...item.json, data: { ...data, respondedAt: '2026-12-07T03:04:05.000Z' } }, binary: item.binary, pairedItem: { item: index } };
			}),
		];
	}
}
