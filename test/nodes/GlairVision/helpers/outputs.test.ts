import type { INodeOutputConfiguration, INodeParameters } from 'n8n-workflow';

import { configuredOutputs, outputIndexFor, type Route } from '../../../../nodes/GlairVision/helpers/outputs';

const names = (parameters: INodeParameters) => configuredOutputs(parameters).map((output) => output.displayName);

const SINGLE: INodeParameters = { options: {} };
const PER_STATUS: INodeParameters = { options: { errorOutputs: 'perStatus' } };
const SINGLE_REVIEW: INodeParameters = { options: { reviewOnWarnings: true } };
const PER_STATUS_REVIEW: INodeParameters = { options: { errorOutputs: 'perStatus', reviewBelowConfidence: 80 } };

const ROUTES: Route[] = ['success', 'needsReview', 'NO_FILE', 'FILE_INVALID_FORMAT', 'FAILED'];

describe('configuredOutputs', () => {
	it('has Success and Error by default', () => {
		expect(configuredOutputs(SINGLE)).toEqual([
			{ type: 'main', displayName: 'Success' },
			{ type: 'main', displayName: 'Error' },
		]);
	});

	it('copes with no options at all', () => {
		expect(names({})).toEqual(['Success', 'Error']);
		expect(names({ options: null as unknown as INodeParameters })).toEqual(['Success', 'Error']);
	});

	it('has one output per failed status when asked', () => {
		expect(names(PER_STATUS)).toEqual(['Success', 'No File', 'Invalid Format', 'Failed']);
	});

	it('adds Needs Review right after Success when review on warnings is on', () => {
		expect(names(SINGLE_REVIEW)).toEqual(['Success', 'Needs Review', 'Error']);
	});

	it('adds Needs Review when a review confidence above 0 is set', () => {
		expect(names(PER_STATUS_REVIEW)).toEqual(['Success', 'Needs Review', 'No File', 'Invalid Format', 'Failed']);
		expect(names({ options: { reviewBelowConfidence: 0.5 } })).toEqual(['Success', 'Needs Review', 'Error']);
	});

	it('has no Needs Review when review is off (confidence 0, warnings off)', () => {
		expect(names({ options: { reviewBelowConfidence: 0, reviewOnWarnings: false } })).toEqual(['Success', 'Error']);
	});

	it('makes every output a main output', () => {
		for (const output of configuredOutputs(PER_STATUS_REVIEW)) expect(output.type).toBe('main');
	});
});

describe('outputIndexFor', () => {
	it.each([
		['single', SINGLE, [0, 0, 1, 1, 1]],
		['perStatus', PER_STATUS, [0, 0, 1, 2, 3]],
		['single + review', SINGLE_REVIEW, [0, 1, 2, 2, 2]],
		['perStatus + review', PER_STATUS_REVIEW, [0, 1, 2, 3, 4]],
	] as const)('routes success, needsReview, NO_FILE, FILE_INVALID_FORMAT, FAILED for %s', (_, parameters, expected) => {
		expect(ROUTES.map((route) => outputIndexFor(route, parameters))).toEqual(expected);
	});

	it('sends a doubtful read to Success when Needs Review is off', () => {
		expect(outputIndexFor('needsReview', PER_STATUS)).toBe(0);
	});

	it('always points at an output that exists', () => {
		for (const parameters of [SINGLE, PER_STATUS, SINGLE_REVIEW, PER_STATUS_REVIEW]) {
			const count = configuredOutputs(parameters).length;
			for (const route of ROUTES) {
				const index = outputIndexFor(route, parameters);
				expect(index).toBeGreaterThanOrEqual(0);
				expect(index).toBeLessThan(count);
			}
		}
	});
});

describe('configuredOutputs as an editor expression', () => {
	// n8n sends `outputs: '={{(<function source>)($parameter)}}'` to the editor: the source must stand alone.
	const standalone = new Function(`return ${String(configuredOutputs)}`)() as (
		parameters: INodeParameters,
	) => INodeOutputConfiguration[];

	it('evaluates from its source text alone', () => {
		expect(typeof standalone).toBe('function');
	});

	it.each([
		['no options', {}],
		['single', SINGLE],
		['perStatus', PER_STATUS],
		['single + review', SINGLE_REVIEW],
		['perStatus + review', PER_STATUS_REVIEW],
	] as const)('gives the same outputs as the imported function for %s', (_, parameters) => {
		expect(standalone(parameters)).toEqual(configuredOutputs(parameters));
	});

	it('uses no syntax an older expression sandbox may refuse (??, ?.)', () => {
		const source = String(configuredOutputs);
		expect(source).not.toContain('??');
		expect(source).not.toContain('?.');
	});
});
