import { itemWith, sample } from '../../../helpers/documents';
import { runGlairVision } from '../../../helpers/engine';
import { useSandbox } from '../../../helpers/sandboxSuite';

const suite = useSandbox();

// n8n puts "Custom API Call" (value __CUSTOM_API_CALL__) last in Resource and in every Operation list,
// because the credential has `authenticate`; the editor then shows only n8n's HTTP Request notice.
describe('Custom API Call, which n8n adds to the Resource and Operation lists', () => {
	it.each([
		['the resource', { resource: '__CUSTOM_API_CALL__' }],
		['the operation of Read BPKB', { resource: 'bpkb', operation: '__CUSTOM_API_CALL__' }],
		['the operation of the vehicle file', { resource: 'vehicleFile', operation: '__CUSTOM_API_CALL__' }],
	])('as %s stops the run saying to use the HTTP Request node with this credential, and sends nothing', async (_, parameters) => {
		const result = await runGlairVision({ parameters, credentials: suite.credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });
		expect(result.error?.message).toBe('Custom API Call: use the HTTP Request node with your GLAIR Vision API credential');
		expect(result.error?.description).toMatch(/HTTP Request node, set Authentication to "Predefined Credential Type", Credential Type to "GLAIR Vision API"/);
		expect(suite.sandbox.requests).toHaveLength(0);
	});
});
