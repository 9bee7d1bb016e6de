import type { Fault } from '../../../../sandbox/server';
import { seededRandom } from '../../../../sandbox/random';
import { sample } from '../../../../helpers/documents';
import type { FixtureDocument } from '../../../../helpers/fixtureRegistry';
import { runGlairVision } from '../../../../helpers/engine';
import { useSandbox } from '../../../../helpers/sandboxSuite';

const suite = useSandbox({ latencyMs: { min: 0, max: 40 }, seed: 7 });
const SEED = Number(process.env.INVARIANT_SEED ?? 20261125);
const DOCUMENTS = 60;

/** Fault schedules and where a document with that schedule must end up (maxRetries 2). */
const SCHEDULES: Array<{ label: string; script: Fault[]; output: string; attempts: number }> = [
	{ label: 'clean', script: [], output: 'Success', attempts: 1 },
	{ label: '503 then ok', script: [{ kind: 'http', status: 503 }], output: 'Success', attempts: 2 },
	{ label: '429 then ok', script: [{ kind: 'http', status: 429, retryAfter: 0 }], output: 'Success', attempts: 2 },
	{ label: 'reset then ok', script: [{ kind: 'reset', during: 'upload', afterBytes: 500 }], output: 'Success', attempts: 2 },
	{ label: 'html 502, truncated, ok', script: [{ kind: 'html' }, { kind: 'truncated' }], output: 'Success', attempts: 3 },
	{ label: '503 x3', script: [{ kind: 'http', status: 503 }, { kind: 'http', status: 503 }, { kind: 'http', status: 504 }], output: 'Failed', attempts: 3 },
	{ label: 'slow x3', script: [{ kind: 'delay', ms: 10_000 }, { kind: 'delay', ms: 10_000 }, { kind: 'delay', ms: 10_000 }], output: 'Failed', attempts: 3 },
	{ label: 'not json', script: [{ kind: 'malformed', variant: 'not-json' }], output: 'Failed', attempts: 1 },
	{ label: 'NO_FILE', script: [{ kind: 'envelope', status: 'NO_FILE' }], output: 'No File', attempts: 1 },
	{ label: 'invalid format', script: [{ kind: 'envelope', status: 'FILE_INVALID_FORMAT' }], output: 'Invalid Format', attempts: 1 },
	{ label: 'not a document locally', script: [], output: 'Invalid Format', attempts: 0 },
];

describe('The invariant: one document in, exactly one item out, on one output, paired to its input', () => {
	it(`holds for ${DOCUMENTS} documents under a random fault schedule (seed ${SEED})`, async () => {
		const random = seededRandom(SEED);
		const plan = Array.from({ length: DOCUMENTS }, (_, index) => {
			const schedule = SCHEDULES[Math.floor(random() * SCHEDULES.length)];
			const fileName = `doc-${index}.${schedule.label === 'not a document locally' ? 'gif' : 'png'}`;
			return { index, fileName, ...schedule };
		});
		const documents: FixtureDocument[] = plan.map(({ fileName, label }) => ({
			json: { index: fileName },
			files: { data: sample(label === 'not a document locally' ? 'signature.gif' : 'bpkb-page-2.png', { fileName }) },
		}));
		for (const { fileName, script } of plan) if (script.length) suite.sandbox.script(fileName, script);

		const result = await runGlairVision({
			parameters: {
				binaryPropertyName: 'data',
				page: '2',
				output: 'flattened',
				// A timeout far above a loopback answer, so only the scripted delays time out, however busy the machine.
				options: { errorOutputs: 'perStatus', concurrency: 8, maxRetries: 2, retryDelay: 0.01, timeout: 1.5 },
			},
			credentials: suite.credentials,
			documents,
		});

		const context = `seed ${SEED}; rerun with INVARIANT_SEED=${SEED}`;
		expect({ context, error: result.error }).toEqual({ context, error: undefined });
		const landed = Object.entries(result.byOutput).flatMap(([output, items]) => items.map((item) => ({ output, item })));
		expect({ context, count: landed.length }).toEqual({ context, count: DOCUMENTS });
		for (const expected of plan) {
			const mine = landed.filter(({ item }) => (item.pairedItem as { item: number }).item === expected.index);
			const seen = mine.map(({ output, item }) => ({ output, file: item.json.file_name, attempts: item.json.attempts }));
			expect({ context, document: expected.index, schedule: expected.label, seen }).toEqual({
				context,
				document: expected.index,
				schedule: expected.label,
				seen: [{ output: expected.output, file: expected.fileName, attempts: expected.attempts }],
			});
		}
		// Within each output the items keep input order.
		for (const items of Object.values(result.byOutput)) {
			const order = items.map((item) => (item.pairedItem as { item: number }).item);
			expect(order).toEqual([...order].sort((a, b) => a - b));
		}
	});
});
