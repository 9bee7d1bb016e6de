import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { GlairVisionApi } from '../../../../credentials/GlairVisionApi.credentials';
import { GlairVision } from '../../../../nodes/GlairVision/GlairVision.node';

/** What the node's panel and the credential dialog show a person, as [where, text] pairs. */
function shownTexts(properties: INodeProperties[], where = ''): Array<[string, string]> {
	return properties.flatMap((property) => {
		const here = `${where}${property.name}`;
		const own: Array<[string, string]> = [property.displayName, property.description, property.hint, property.placeholder]
			.filter((text): text is string => typeof text === 'string')
			.map((text) => [here, text]);
		const children = (property.options ?? []) as Array<INodeProperties | INodePropertyOptions | INodePropertyCollection>;
		const nested = children.flatMap((child): Array<[string, string]> => {
			if ('type' in child) return shownTexts([child as INodeProperties], `${here}.`);
			const choice = child as INodePropertyOptions;
			return [choice.name, choice.description, (choice as { action?: string }).action]
				.filter((text): text is string => typeof text === 'string')
				.map((text) => [`${here}.${String(choice.value)}`, text]);
		});
		return [...own, ...nested];
	});
}

const nodeProperties = new GlairVision().description.properties;
const credentialProperties = new GlairVisionApi().properties;
// The AI Agent's tool description speaks to a model, not to a person in the panel.
const panelTexts = shownTexts(nodeProperties.filter((property) => property.name !== 'toolDescription').concat(credentialProperties));
const options = nodeProperties.filter((property) => property.name === 'options').flatMap((property) => property.options as INodeProperties[]);

describe('Words a clerk understands, in the node panel and the credential dialog', () => {
	it.each([
		['jitter', /jitter/i],
		['Retry-After', /retry-after/i],
		['an HTTP header', /\bheader\b/i],
		['"natural order"', /natural order/i],
		['"rate limit"', /rate limit/i],
		['"normalised"', /normali[sz]ed/i],
		['SSRF', /SSRF/],
	])('no label, hint or description says %s', (_, jargon) => {
		expect(panelTexts.filter(([, text]) => jargon.test(text))).toEqual([]);
	});

	it('no number shows padded decimals: Retry Delay shows 1, not "1.000" (n8n pads to numberPrecision), and a fraction such as 0.5 stays allowed (minimum 0, no rounding)', () => {
		const numbers = [...nodeProperties, ...options].filter((property) => property.type === 'number');
		expect(numbers.filter((property) => property.typeOptions?.numberPrecision !== undefined).map((property) => property.name)).toEqual([]);
		const retryDelay = options.find((option) => option.name === 'retryDelay')!;
		expect(retryDelay).toMatchObject({ displayName: 'Retry Delay (Seconds)', default: 1, typeOptions: { minValue: 0 } });
	});

	it('option labels fit the panel (the longest shown whole in n8n 2.41 is "Include Photo and Signature")', () => {
		expect(options.filter((option) => option.displayName.length > 'Include Photo and Signature'.length).map((option) => option.displayName)).toEqual([]);
		expect(options.map((option) => option.displayName)).toContain('Combine Files');
	});

	it('the choice of outputs for documents not read cannot be taken for n8n\'s own Error output; its name and values stay', () => {
		const choice = options.find((option) => option.name === 'errorOutputs')!;
		expect(choice.displayName).toBe('Not Read Outputs');
		expect((choice.options as INodePropertyOptions[]).map((option) => option.value)).toEqual(['single', 'perStatus']);
		expect(panelTexts.filter(([, text]) => /error output/i.test(text))).toEqual([]);
	});

	it('the credential says where the username, password and key come from, and that there is no sign-up', () => {
		const notice = credentialProperties.find((property) => property.type === 'notice')!;
		expect(credentialProperties[0]).toBe(notice);
		expect(notice.displayName).toMatch(/GLAIR gives the username, password and API key to an organisation/);
		expect(notice.displayName).toMatch(/no sign-up/);
		expect(credentialProperties.find((property) => property.name === 'apiKey')!.description).toBe('The key GLAIR gave you, together with the username and password');
	});
});
