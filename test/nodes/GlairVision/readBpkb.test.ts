import { closeAllDispatchers } from '../../../nodes/GlairVision/transport/dispatcher';
import { BPKB_FIELDS } from '../../../nodes/GlairVision/helpers/bpkbFields';
import { GlairSandbox } from '../../sandbox/server';
import { itemWith, sample } from '../../helpers/documents';
import { runGlairVision, type GlairCredentialData } from '../../helpers/engine';
import sampleAnswer from '../../sandbox/fixtures/bpkb-sample-response.json';

let sandbox: GlairSandbox;
let credentials: GlairCredentialData;

beforeAll(async () => {
	sandbox = await GlairSandbox.start();
	credentials = { ...sandbox.credentials, baseUrl: sandbox.baseUrl };
});
afterAll(async () => {
	await closeAllDispatchers();
	await sandbox.close();
});
beforeEach(() => sandbox.reset());

const read = { binaryPropertyName: 'data', page: 'all', output: 'flattened', options: {} };

describe('Read BPKB of the sample book, all pages, flattened', () => {
	it('routes the read to Success with all 30 fields as GLAIR named and valued them', async () => {
		const result = await runGlairVision({ parameters: read, credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });

		expect(result.error).toBeUndefined();
		expect(result.outputNames).toEqual(['Success', 'Error']);
		expect(result.byOutput.Error).toHaveLength(0);
		const [item] = result.byOutput.Success;
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.json).toMatchObject({
			status: 'SUCCESS',
			reason: 'File Successfully Read',
			file_name: 'bpkb-sample.pdf',
			page: 'all',
			http_status: 200,
			attempts: 1,
		});
		expect(item.json.request_id).toBe(sandbox.requests[0].requestId);
		for (const field of BPKB_FIELDS) {
			const sent = (sampleAnswer.read as Record<string, Record<string, { value: string }>>)[field.section][field.key];
			expect(item.json[field.key]).toBe(sent.value);
		}
	});
});
