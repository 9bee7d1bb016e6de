import { sim } from '../../../../../nodes/GlairVision/documents/sim';
import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { describeFlatDocumentRead } from '../../../../helpers/flatDocumentRead';
import { only, readParameters } from '../../../../helpers/readParameters';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import ktpAnswer from '../../../../sandbox/fixtures/ktp-sample-response.json';
import simAnswer from '../../../../sandbox/fixtures/sim-sample-response.json';

const suite = useSandbox();
const sent = simAnswer.read as Record<string, { value: string }>;
const ktp = ktpAnswer.read as Record<string, { value: string }>;
const run = async () =>
	await runGlairVision({ parameters: readParameters('sim'), credentials: suite.credentials, documents: [itemWith(sample('sim-sample.png'))] });

describeFlatDocumentRead({ spec: sim, suite, sampleFile: 'sim-sample.png', fixture: simAnswer });

describe('Read SIM: the sample is the vehicle file owner\'s licence', () => {
	it('holds the KTP sample\'s name, place and date of birth, sex and NIK (the SIM number since July 2024)', () => {
		expect(sent.nama.value).toBe(ktp.nama.value);
		expect(sent.tanggal_lahir.value).toBe(ktp.tanggal_lahir.value);
		expect(sent.tempat_lahir.value).toBe(ktp.tempat_lahir.value);
		expect(sent.jenis_kelamin.value).toBe(ktp.jenis_kelamin.value);
		expect(sent.nomor_sim.value).toBe(ktp.nik.value);
	});

	it("reads the Go SDK's snake_case with its typo tangga_lahir, and bare strings, as the same fields", async () => {
		const texts = Object.entries(simAnswer.read).filter(([key]) => !['foto', 'tanda_tangan', 'tanggal_lahir'].includes(key));
		const older = { ...Object.fromEntries(texts.map(([key, field]) => [key, field.value])), tangga_lahir: simAnswer.read.tanggal_lahir.value };
		suite.sandbox.script('sim-sample.png', [{ kind: 'http', status: 200, body: { status: 'SUCCESS', reason: 'File Successfully Read', read: older } }]);
		const item = only((await run()).byOutput.Success);
		expect(item.json).toMatchObject({ tanggal_lahir: '05-08-1990', nomor_sim: sent.nomor_sim.value, nama: sent.nama.value });
	});
});
