import { plate } from '../../../../../nodes/GlairVision/documents/plate';
import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { describeFlatDocumentRead } from '../../../../helpers/flatDocumentRead';
import { only, readParameters } from '../../../../helpers/readParameters';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import plateAnswer from '../../../../sandbox/fixtures/plate-sample-response.json';

const suite = useSandbox();
const run = async (fileName: string, overrides: Record<string, unknown> = {}) =>
	await runGlairVision({ parameters: readParameters('plate', overrides), credentials: suite.credentials, documents: [itemWith(sample(fileName))] });

describeFlatDocumentRead({ spec: plate, suite, sampleFile: 'plate-sample.png', fixture: plateAnswer });

describe('Read Plate: the plates in a picture', () => {
	it('puts the plate out as nomor_registrasi, the column the BPKB and STNK use for it', async () => {
		const item = only((await run('plate-sample.png')).byOutput.Success);
		expect(item.json).toMatchObject({ nomor_registrasi: 'D 1234 SPX', warnings: '' });
		expect(item.json.plates).toBeUndefined();
	});

	it('joins two plates in one picture, at the lower confidence', async () => {
		const item = only((await run('plate-two-cars.png', { options: { includeConfidence: true } })).byOutput.Success);
		expect(item.json.nomor_registrasi).toBe('D 1234 SPX, B 1717 SPX');
		expect(item.json.nomor_registrasi_confidence).toBeGreaterThan(0);
	});

	it.each([
		['bare strings (2023)', ['D 1234 SPX']],
		['{text: string} (the docs\' sample)', [{ text: 'D 1234 SPX' }]],
		['{text: reading}', [{ text: { value: 'D 1234 SPX', confidence: 91.5 } }]],
	])('reads the plates given as %s', async (_shape, plates) => {
		suite.sandbox.script('plate-sample.png', [{ kind: 'http', status: 200, body: { status: 'SUCCESS', reason: 'File Successfully Read', read: { plates } } }]);
		expect(only((await run('plate-sample.png')).byOutput.Success).json.nomor_registrasi).toBe('D 1234 SPX');
	});

	it('a picture without a plate (an empty list) is no field read', async () => {
		suite.sandbox.script('plate-sample.png', [{ kind: 'http', status: 200, body: { status: 'SUCCESS', reason: 'File Successfully Read', read: { plates: [] } } }]);
		const item = only((await run('plate-sample.png')).byOutput['Needs Review']);
		expect(item.json).toMatchObject({ nomor_registrasi: '', review_reasons: 'no field was read (0 of 1)' });
	});
});
