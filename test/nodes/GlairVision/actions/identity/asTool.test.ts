/**
 * Verify Identity as an AI Agent's tool: the model gives the NIK, name and date of birth, and
 * whatever Dukcapil says (confirmed or not) reaches it on the first output, on both of n8n's tool
 * paths, in n8n-core's real engine against the sandbox.
 */
import { addNodeType } from '../../../../helpers/engine';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import { AGENT_LIKE_TYPE, AgentLike } from '../../../../helpers/toolMode.nodes';
import { runAsTool, type ToolPath } from '../../../../helpers/toolRun';
import { GLAIR_TOOL_TYPE, glairToolVariant } from '../../../../helpers/toolVariant';

const suite = useSandbox();

beforeAll(async () => {
	addNodeType(AGENT_LIKE_TYPE, new AgentLike());
	addNodeType(GLAIR_TOOL_TYPE, await glairToolVariant());
});

const PARAMETERS = {
	resource: 'identity',
	operation: 'verify',
	source: 'manual',
	nik: "={{ $fromAI('nik', 'the 16-digit NIK', 'string') }}",
	name: "={{ $fromAI('name', 'the name on the KTP', 'string') }}",
	dateOfBirth: "={{ $fromAI('dateOfBirth', 'the date of birth, dd-mm-yyyy', 'string') }}",
	options: {},
};

describe.each<ToolPath>(['engine', 'wrapper'])('Verify Identity as an AI Agent tool (%s path)', (path) => {
	it("hands the model Dukcapil's verdict, a confirmation or not, on the first output", async () => {
		const confirmed = await runAsTool(path, { nik: '3299994508900001', name: 'DEWI SPESIMEN FIKTIF', dateOfBirth: '05-08-1990' }, PARAMETERS, suite.credentials);
		expect(confirmed.seen).toEqual([expect.objectContaining({ outcome: 'SUCCESS', verified: true, match_name: true })]);
		const notConfirmed = await runAsTool(path, { nik: '3299994508900001', name: 'SOMEONE ELSE', dateOfBirth: '1990-08-05' }, PARAMETERS, suite.credentials);
		expect(notConfirmed.seen).toEqual([expect.objectContaining({ outcome: 'NEEDS_REVIEW', verified: false, review_reasons: 'Dukcapil does not confirm name' })]);
		expect(suite.sandbox.requests.map((request) => request.fields?.date_of_birth)).toEqual(['05-08-1990', '05-08-1990']);
	});
});
