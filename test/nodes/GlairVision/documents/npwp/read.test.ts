import { npwp } from '../../../../../nodes/GlairVision/documents/npwp';
import { describeCheckTable, fail, pass } from '../../../../helpers/checkTable';
import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { only, readParameters } from '../../../../helpers/readParameters';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import npwpAnswer from '../../../../sandbox/fixtures/npwp-sample-response.json';

const suite = useSandbox();
afterEach(() => suite.sandbox.setOptions({ spelling: 'newest' }));

const sent = npwpAnswer.read as Record<string, { value: string }>;
const run = async (overrides: Record<string, unknown> = {}) =>
	await runGlairVision({
		parameters: readParameters('npwp', overrides),
		credentials: suite.credentials,
		documents: [itemWith(sample('npwp-sample.png'))],
	});

describe('Read NPWP of the sample card', () => {
	it('routes the read to Success with its four fields and the 16-digit form of the number', async () => {
		const item = only((await run()).byOutput.Success);
		expect(item.json).toMatchObject({
			status: 'SUCCESS',
			no_npwp: '09.123.456.7-999.000',
			no_npwp_normalized: '0091234567999000',
			nama: sent.nama.value,
			nik: sent.nik.value,
			alamat: sent.alamat.value,
			warnings: '',
		});
		expect(suite.sandbox.requests[0]).toMatchObject({ path: '/ocr/v1/npwp', page: undefined });
	});

	it('the older spelling (noNpwp, bare strings) gives the same row', async () => {
		const newest = only((await run()).byOutput.Success).json;
		suite.sandbox.setOptions({ spelling: 'legacy' });
		const legacy = only((await run()).byOutput.Success).json;
		expect({ ...legacy, request_id: '' }).toEqual({ ...newest, request_id: '' });
	});

	it('nested holds the four fields as GLAIR sent them, raw the body', async () => {
		const nested = only((await run({ output: 'nested' })).byOutput.Success).json.read as Record<string, unknown>;
		expect(nested).toEqual(sent);
		expect(only((await run({ output: 'raw' })).byOutput.Success).json.response).toEqual({ ...npwpAnswer, _invented: undefined });
	});
});

describeCheckTable(
	npwp,
	[
		pass('no_npwp/npwp-shape', { no_npwp: '09.123.456.7-999.000' }, { no_npwp_normalized: '0091234567999000' }),
		pass('no_npwp/npwp-shape', { no_npwp: '091234567999000' }, { no_npwp_normalized: '0091234567999000' }),
		pass('no_npwp/npwp-shape', { no_npwp: '3299994508900001' }, { no_npwp_normalized: '3299994508900001' }), // a NIK, since 2024
		fail('no_npwp/npwp-shape', { no_npwp: '09.123.456.7-999.00' }, /^an NPWP has 15 digits \(printed 99\.999\.999\.9-999\.999\) or, since 2024, 16 \(a NIK\); "09\.123\.456\.7-999\.00" has 14 digits$/),
		fail('no_npwp/npwp-shape', { no_npwp: '09.123.456.7-999.0OO' }, /has 13 digits and other characters$/),
	],
	{ currentYear: 2026, today: { year: 2026, month: 12, day: 1 } },
);
