import { bstk } from '../../../../../nodes/GlairVision/documents/bstk';
import { describeFlatDocumentRead } from '../../../../helpers/flatDocumentRead';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import bstkAnswer from '../../../../sandbox/fixtures/bstk-sample-response.json';
import stnkAnswer from '../../../../sandbox/fixtures/stnk-sample-response.json';

const suite = useSandbox();

describeFlatDocumentRead({ spec: bstk, suite, sampleFile: 'bstk-sample.png', fixture: bstkAnswer });

describe('Read BSTK: the sample is the vehicle file\'s car handed over', () => {
	it("carries the STNK sample's plate, chassis and engine numbers", () => {
		const handedOver = bstkAnswer.read;
		const stnk = stnkAnswer.read.halaman_stnk;
		expect(handedOver.vehicle_license_number.value).toBe(stnk.nomor_registrasi.value);
		expect(handedOver.vehicle_chassis_number.value).toBe(stnk.nomor_rangka.value);
		expect(handedOver.vehicle_engine_number.value).toBe(stnk.nomor_mesin.value);
	});
});
