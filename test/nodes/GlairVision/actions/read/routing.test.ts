import type { IDataObject } from 'n8n-workflow';

import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision, type RunOptions } from '../../../../helpers/engine';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import sampleAnswer from '../../../../sandbox/fixtures/bpkb-sample-response.json';

const suite = useSandbox();

const read = (options: IDataObject = {}) => ({ binaryPropertyName: 'data', page: 'all', output: 'flattened', options: { retryDelay: 0.01, ...options } });

/** The vendor's sample with a misread VIN: a warning, nothing else wrong. */
function misreadVin() {
	const body = JSON.parse(JSON.stringify(sampleAnswer)) as { read: Record<string, Record<string, { value: string }>> };
	body.read.identitas_kendaraan.nomor_rangka.value = 'MHCPHR54CRJ54O957';
	return { kind: 'raw' as const, status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

async function run(options: IDataObject, file = 'bpkb-sample.pdf', extra: Partial<RunOptions> = {}) {
	return await runGlairVision({ parameters: read(options), credentials: suite.credentials, documents: [itemWith(sample(file))], ...extra });
}

const where = (byOutput: Record<string, unknown[]>) =>
	Object.entries(byOutput).flatMap(([name, items]) => items.map(() => name));

describe('Routing never depends on how an option was entered', () => {
	it.each([
		['a fixed value', 90],
		['an expression', '={{ 90 }}'],
	])('Review Below Confidence as %s sends the sample (nama_apm at 84.31 %%) to Needs Review', async (_, value) => {
		const result = await run({ reviewBelowConfidence: value });
		expect(result.outputNames).toEqual(['Success', 'Needs Review', 'Not Read']);
		expect(where(result.byOutput)).toEqual(['Needs Review']);
		expect(result.byOutput['Needs Review'][0].json.review_reasons).toMatch(/confidence below 90%: .*nama_apm \(84.31%\)/);
	});

	it.each([
		['a fixed value', true],
		['an expression', '={{ true }}'],
	])('Review on Warnings as %s sends a misread VIN to Needs Review, with poor-read review off', async (_, value) => {
		suite.sandbox.script('bpkb-sample.pdf', [misreadVin()]);
		const result = await run({ reviewOnWarnings: value, reviewPoorReads: false });
		expect(result.outputNames).toEqual(['Success', 'Needs Review', 'Not Read']);
		expect(where(result.byOutput)).toEqual(['Needs Review']);
		expect(result.byOutput['Needs Review'][0].json.review_reasons).toMatch(/^nomor_rangka: /);
	});

	it.each([
		['a fixed value', false, ['Success', 'Not Read']],
		['an expression', '={{ false }}', ['Success', 'Needs Review', 'Not Read']],
	])('Review Poor Reads off as %s lands an empty read on Success', async (_, value, outputs) => {
		const result = await run({ reviewPoorReads: value }, 'not-a-bpkb.png');
		expect(result.outputNames).toEqual(outputs);
		expect(where(result.byOutput)).toEqual(['Success']);
	});

	it.each([
		['a fixed value', true],
		['an expression', '={{ true }}'],
	])('Review Poor Reads on as %s sends an empty read to Needs Review', async (_, value) => {
		const result = await run({ reviewPoorReads: value }, 'not-a-bpkb.png');
		expect(where(result.byOutput)).toEqual(['Needs Review']);
	});

	it('Error Outputs fixed to One Output per Status gives the per-status outputs', async () => {
		suite.sandbox.script('bpkb-sample.pdf', [{ kind: 'envelope', status: 'NO_FILE' }]);
		const result = await run({ errorOutputs: 'perStatus' });
		expect(result.outputNames).toEqual(['Success', 'Needs Review', 'No File', 'Invalid Format', 'Failed']);
		expect(where(result.byOutput)).toEqual(['No File']);
	});

	it('Error Outputs cannot be an expression: n8n keeps the chosen value, so the outputs and the routing agree', async () => {
		suite.sandbox.script('bpkb-sample.pdf', [{ kind: 'envelope', status: 'NO_FILE' }]);
		const result = await run({ errorOutputs: "={{ 'perStatus' }}" });
		expect(result.outputNames).toEqual(['Success', 'Needs Review', 'Not Read']);
		expect(where(result.byOutput)).toEqual(['Not Read']);
	});
});

describe('Settings > On Error', () => {
	const twoDocuments = () => [itemWith(sample('bpkb-sample.pdf')), itemWith(sample('not-a-bpkb.png')), itemWith(sample('signature.gif'))];

	it('"Continue (using error output)" shows each output name once, n8n\'s Error last', async () => {
		const result = await runGlairVision({ parameters: read(), credentials: suite.credentials, documents: twoDocuments(), onError: 'continueErrorOutput' });
		expect(result.outputNames).toEqual(['Success', 'Needs Review', 'Not Read', 'Error']);
		expect(result.byOutput.Success.map((item) => item.pairedItem)).toEqual([{ item: 0 }]);
		expect(result.byOutput['Needs Review'].map((item) => item.pairedItem)).toEqual([{ item: 1 }]);
		// A document that was not read is an outcome of the read, not a failure of the node.
		expect(result.byOutput['Not Read'].map((item) => item.pairedItem)).toEqual([{ item: 2 }]);
		expect(result.byOutput.Error).toHaveLength(0);
	});

	it('"Continue (using error output)": a refused credential puts every document once on n8n\'s Error output', async () => {
		const result = await runGlairVision({
			parameters: read(),
			credentials: { ...suite.credentials, apiKey: 'wrong-key' },
			documents: twoDocuments(),
			onError: 'continueErrorOutput',
		});
		expect(result.error).toBeUndefined();
		expect(where(result.byOutput)).toEqual(['Error', 'Error', 'Error']);
		expect(result.byOutput.Error.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(result.byOutput.Error[0].json).toMatchObject({
			error: expect.stringMatching(/GLAIR refused the credential \(401\)/),
			details: { status: 'FAILED', http_status: 401, binary_field: 'data', retryable: false },
		});
	});

	it('"Continue (using error output)": an unusable setting puts every item once on n8n\'s Error output', async () => {
		const result = await runGlairVision({ parameters: read({ concurrency: 99 }), credentials: suite.credentials, documents: twoDocuments(), onError: 'continueErrorOutput' });
		expect(where(result.byOutput)).toEqual(['Error', 'Error', 'Error']);
		expect(result.byOutput.Error[0].json.error).toMatch(/Concurrency must be a number from 1 to 32/);
		expect(suite.sandbox.requests).toHaveLength(0);
	});

	it('"Continue": a refused credential puts every document once on Not Read', async () => {
		const result = await runGlairVision({
			parameters: read(),
			credentials: { ...suite.credentials, apiKey: 'wrong-key' },
			documents: twoDocuments(),
			onError: 'continueRegularOutput',
		});
		expect(result.outputNames).toEqual(['Success', 'Needs Review', 'Not Read']);
		expect(where(result.byOutput)).toEqual(['Not Read', 'Not Read', 'Not Read']);
	});

	it('"Stop Workflow" (the default): a refused credential stops the run with the reason', async () => {
		const result = await runGlairVision({ parameters: read(), credentials: { ...suite.credentials, apiKey: 'wrong-key' }, documents: twoDocuments() });
		expect(result.error?.message).toMatch(/GLAIR refused the credential \(401\)/);
	});
});
