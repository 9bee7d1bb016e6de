import type { INodeOutputConfiguration, INodeParameters } from 'n8n-workflow';

import { configuredOutputs, outputIndexes, type Route } from '../../../../../nodes/GlairVision/engine/output/outputs';

const names = (parameters: INodeParameters) => configuredOutputs(parameters).map((output) => output.displayName);

const DEFAULTS: INodeParameters = { options: {} };
const PER_STATUS: INodeParameters = { options: { errorOutputs: 'perStatus' } };
const NO_REVIEW: INodeParameters = { options: { reviewPoorReads: false } };
const NO_REVIEW_PER_STATUS: INodeParameters = { options: { reviewPoorReads: false, errorOutputs: 'perStatus' } };

const ROUTES: Route[] = ['success', 'needsReview', 'NO_FILE', 'FILE_INVALID_FORMAT', 'FAILED'];

describe('configuredOutputs', () => {
	it('has Success, Needs Review and Not Read at the defaults', () => {
		expect(configuredOutputs(DEFAULTS)).toEqual([
			{ type: 'main', displayName: 'Success' },
			{ type: 'main', displayName: 'Needs Review' },
			{ type: 'main', displayName: 'Not Read' },
		]);
	});

	it('copes with no options at all', () => {
		expect(names({})).toEqual(['Success', 'Needs Review', 'Not Read']);
		expect(names({ options: null as unknown as INodeParameters })).toEqual(['Success', 'Needs Review', 'Not Read']);
	});

	it('never names an output "Error", which n8n adds itself for "Continue (using error output)"', () => {
		for (const parameters of [DEFAULTS, PER_STATUS, NO_REVIEW, NO_REVIEW_PER_STATUS]) expect(names(parameters)).not.toContain('Error');
	});

	it('has one output per failed status when asked', () => {
		expect(names(PER_STATUS)).toEqual(['Success', 'Needs Review', 'No File', 'Invalid Format', 'Failed']);
	});

	it('keeps Needs Review for faces, identity and sessions whatever the options: a mismatch or an unfinished session always asks a person', () => {
		for (const resource of ['face', 'identity', 'session']) {
			expect(names({ resource, ...NO_REVIEW })).toEqual(['Success', 'Needs Review', 'Not Read']);
			expect(names({ resource, ...NO_REVIEW_PER_STATUS })).toEqual(['Success', 'Needs Review', 'No File', 'Invalid Format', 'Failed']);
		}
		// Sent to the editor as an expression: it must work as the source text alone.
		const standalone = new Function(`return (${configuredOutputs.toString()})`)() as typeof configuredOutputs;
		expect(standalone({ resource: 'session', ...NO_REVIEW }).map((output) => output.displayName)).toEqual(['Success', 'Needs Review', 'Not Read']);
	});

	it('drops Needs Review only when every review is switched off by fixed values', () => {
		expect(names(NO_REVIEW)).toEqual(['Success', 'Not Read']);
		expect(names({ options: { reviewPoorReads: false, reviewBelowConfidence: 0, reviewOnWarnings: false } })).toEqual(['Success', 'Not Read']);
	});

	it.each([
		['Review Poor Reads as an expression', { reviewPoorReads: '={{ false }}' }],
		['Review Below Confidence fixed', { reviewPoorReads: false, reviewBelowConfidence: 0.5 }],
		['Review Below Confidence as an expression', { reviewPoorReads: false, reviewBelowConfidence: '={{ 90 }}' }],
		['Review on Warnings fixed', { reviewPoorReads: false, reviewOnWarnings: true }],
		['Review on Warnings as an expression', { reviewPoorReads: false, reviewOnWarnings: '={{ true }}' }],
		['Check Image Quality', { reviewPoorReads: false, checkImageQuality: true }],
		['Combine Files (a file of the book may fail)', { reviewPoorReads: false, combineFiles: true }],
	])('keeps Needs Review with %s, whatever the value turns out to be per item', (_, options) => {
		expect(names({ options })).toEqual(['Success', 'Needs Review', 'Not Read']);
	});

	it('makes every output a main output', () => {
		for (const output of configuredOutputs(PER_STATUS)) expect(output.type).toBe('main');
	});
});

describe('outputIndexes', () => {
	it.each([
		['the defaults', DEFAULTS, [0, 1, 2, 2, 2]],
		['perStatus', PER_STATUS, [0, 1, 2, 3, 4]],
		['review off', NO_REVIEW, [0, -1, 1, 1, 1]],
		['review off, perStatus', NO_REVIEW_PER_STATUS, [0, -1, 1, 2, 3]],
	] as const)('routes success, needsReview, NO_FILE, FILE_INVALID_FORMAT, FAILED for %s', (_, parameters, expected) => {
		const indexes = outputIndexes(parameters);
		expect(ROUTES.map((route) => indexes[route])).toEqual(expected);
	});

	it('points every route at an output of the configured list, or -1 for a Needs Review that is switched off', () => {
		for (const parameters of [DEFAULTS, PER_STATUS, NO_REVIEW, NO_REVIEW_PER_STATUS]) {
			const count = configuredOutputs(parameters).length;
			for (const index of Object.values(outputIndexes(parameters))) expect(index).toBeLessThan(count);
		}
	});
});

describe('the outputs expression the editor evaluates', () => {
	it('is the same function, standing alone (no imports, no ??)', () => {
		const source = configuredOutputs.toString();
		expect(source).not.toMatch(/require\(|import|\?\?|\?\./);
		const standalone = new Function(`return (${source})`)() as (parameters: INodeParameters) => INodeOutputConfiguration[];
		expect(standalone(PER_STATUS)).toEqual(configuredOutputs(PER_STATUS));
	});
});
