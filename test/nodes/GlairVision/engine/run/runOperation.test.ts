/**
 * The run skeleton every operation runs on, seen from n8n's engine: the `outcome` column that
 * leads every item, and the execution hint that puts a run's failures where the user looks.
 */
import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { readParameters } from '../../../../helpers/readParameters';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import { VEHICLE_FILE_SETS, vehicleFileItem } from '../../../../helpers/vehicleFile';

const suite = useSandbox();

describe('every item says where it went', () => {
	it('leads with outcome: SUCCESS, NEEDS_REVIEW or NOT_READ, whatever the output', async () => {
		const result = await runGlairVision({
			parameters: readParameters('bpkb'),
			credentials: suite.credentials,
			documents: [itemWith(sample('bpkb-sample.pdf')), itemWith(sample('not-a-bpkb.png')), { json: { note: 'no file' } }],
		});

		const firstColumns = Object.fromEntries(
			Object.entries(result.byOutput).map(([output, items]) => [output, items.map((item) => Object.entries(item.json)[0])]),
		);
		expect(firstColumns).toEqual({
			Success: [['outcome', 'SUCCESS']],
			'Needs Review': [['outcome', 'NEEDS_REVIEW']],
			'Not Read': [['outcome', 'NOT_READ']],
		});
		// GLAIR's own word stays in status: it read the picture that is no BPKB.
		expect(result.byOutput['Needs Review'][0].json.status).toBe('SUCCESS');
	});

	it('leads a vehicle file with outcome too, its verdict beside it', async () => {
		const result = await runGlairVision({
			parameters: { resource: 'vehicleFile', operation: 'verify' },
			credentials: suite.credentials,
			documents: [vehicleFileItem(VEHICLE_FILE_SETS.consistent)],
		});
		expect(Object.entries(result.byOutput.Success[0].json).slice(0, 2)).toEqual([
			['outcome', 'SUCCESS'],
			['verdict', 'CONSISTENT'],
		]);
	});
});

describe("the run's hint above the output panel", () => {
	it('says how many documents were not read and the first reason', async () => {
		const result = await runGlairVision({
			parameters: readParameters('bpkb', { binaryPropertyName: 'attachment_0' }),
			credentials: suite.credentials,
			documents: [itemWith(sample('bpkb-sample.pdf'), 'attachment_0'), itemWith(sample('bpkb-sample.pdf'), 'data')],
		});

		expect(result.byOutput.Success).toHaveLength(1);
		expect(result.hints).toEqual([
			{
				message: '1 of 2 documents not read: No binary field "attachment_0" on this item. This item has: data. Put the right name in Input Binary Field',
				type: 'warning',
				location: 'outputPane',
			},
		]);
	});

	it('says so when every document needs a review', async () => {
		const result = await runGlairVision({
			parameters: readParameters('bpkb'),
			credentials: suite.credentials,
			documents: [itemWith(sample('not-a-bpkb.png')), itemWith(sample('not-a-bpkb.png'))],
		});

		expect(result.hints.map((hint) => hint.message)).toEqual([
			`All 2 documents need a person's review: GLAIR said "File successfully read. Some fields are invalid.": this may not be a BPKB`,
		]);
	});

	it('adds nothing to a clean run, nor when only some documents need a review', async () => {
		const result = await runGlairVision({
			parameters: readParameters('bpkb'),
			credentials: suite.credentials,
			documents: [itemWith(sample('bpkb-sample.pdf')), itemWith(sample('not-a-bpkb.png'))],
		});
		expect(result.byOutput.Success).toHaveLength(1);
		expect(result.byOutput['Needs Review']).toHaveLength(1);
		expect(result.hints).toEqual([]);
	});

	it('counts vehicle files, not documents, for Verify Vehicle File', async () => {
		const withoutStnk = vehicleFileItem(VEHICLE_FILE_SETS.consistent);
		delete withoutStnk.files!.stnk;
		const result = await runGlairVision({
			parameters: { resource: 'vehicleFile', operation: 'verify' },
			credentials: suite.credentials,
			documents: [vehicleFileItem(VEHICLE_FILE_SETS.consistent), withoutStnk],
		});
		expect(result.hints.map((hint) => hint.message)).toEqual([expect.stringMatching(/^1 of 2 vehicle files not read: STNK not read: No binary field "stnk"/)]);
	});

	it('tells of a run that failed as a whole and went on (On Error: continue), once per document', async () => {
		const result = await runGlairVision({
			parameters: readParameters('bpkb'),
			credentials: { ...suite.credentials, password: 'wrong' },
			documents: [itemWith(sample('bpkb-sample.pdf')), itemWith(sample('bpkb-sample.pdf'))],
			onError: 'continueRegularOutput',
		});
		expect(result.byOutput['Not Read'].map((item) => [item.pairedItem, Object.entries(item.json)[0]])).toEqual([
			[{ item: 0 }, ['outcome', 'NOT_READ']],
			[{ item: 1 }, ['outcome', 'NOT_READ']],
		]);
		expect(result.hints.map((hint) => hint.message)).toEqual([expect.stringMatching(/^2 of 2 documents not read: GLAIR refused the credential \(401\)/)]);
	});
});
