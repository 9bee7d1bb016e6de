import { runGlairVision } from '../../../../helpers/engine';
import { APPLICANT_SETS, applicantItem } from '../../../../helpers/applicantFile';
import { useSandbox } from '../../../../helpers/sandboxSuite';

/**
 * The sample applicants (samples/applicant/README.md) through Verify Applicant in n8n's engine
 * against the sandbox, all in one run: each gets the verdict it is made for, on its output, with
 * the one check it is about failing and the pledged car's owner named.
 */

const suite = useSandbox();

it('gives each sample applicant its verdict, its failing check and whose the car is, all in one run', async () => {
	const sets = Object.entries(APPLICANT_SETS);
	const result = await runGlairVision({
		parameters: { resource: 'applicantFile', operation: 'verify', output: 'flattened', options: { retryDelay: 0.01, includeBinary: false } },
		credentials: suite.credentials,
		documents: sets.map(([name, set]) => applicantItem(set, { application: name })),
	});
	const items = Object.values(result.byOutput).flat();
	expect(items.map((item) => item.json.application).sort()).toEqual(sets.map(([name]) => name).sort());
	for (const [name, set] of sets) {
		const { json } = items.find((item) => item.json.application === name)!;
		const failing = Object.keys(json).filter((column) => column.startsWith('check_') && json[column] !== 'pass' && json[column] !== 'skipped');
		expect({ name, verdict: json.verdict, outcome: json.outcome, failing, owner: json.owner_relation }).toEqual({
			name,
			verdict: set.verdict,
			outcome: set.verdict === 'VERIFIED' ? 'SUCCESS' : 'NEEDS_REVIEW',
			failing: set.fails ? [set.fails] : [],
			owner: set.ownerRelation,
		});
	}
});
