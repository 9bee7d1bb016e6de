import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { only, readParameters } from '../../../../helpers/readParameters';
import { answerNextWith, answerOf, useSandbox } from '../../../../helpers/sandboxSuite';
import taxInvoiceAnswer from '../../../../sandbox/fixtures/tax-invoice-sample-response.json';

const suite = useSandbox();
afterEach(() => suite.sandbox.setOptions({ spelling: 'newest' }));

const run = async (overrides: Record<string, unknown> = {}) =>
	await runGlairVision({ parameters: readParameters('taxInvoice', overrides), credentials: suite.credentials, documents: [itemWith(sample('tax-invoice-sample.png'))] });

describe('Read Tax Invoice of the sample workshop Faktur Pajak', () => {
	it('gives its fields, the date as yyyy-mm-dd, the NPWPs in 16 digits, each amount also as a number, and no warning: the tax base adds up', async () => {
		const item = only((await run()).byOutput.Success);
		expect(item.json).toMatchObject({
			outcome: 'SUCCESS',
			nomor_faktur: '010.999-26.00000042',
			tanggal_faktur: '20 Maret 2026',
			tanggal_faktur_iso: '2026-03-20',
			nomor_invoice: 'INV/2026/03/0042',
			nama_pengusaha: 'PT BENGKEL CONTOH FIKTIF',
			npwp_pengusaha_normalized: '0012345678999000',
			nama_pembeli: 'DEWI SPESIMEN FIKTIF',
			npwp_pembeli_normalized: '3299994508900001',
			nama_barang_jasa_1: 'OLI MESIN 5W-30',
			harga_jual_1_number: 450000,
			harga_jual_penggantian: '3.785.000,00',
			harga_jual_penggantian_number: 3785000,
			potongan_harga_number: 185000,
			uang_muka_number: 0,
			dasar_pengenaan_pajak_number: 3600000,
			total_ppn_number: 396000,
			total_ppnbm_number: 0,
			warnings: '',
		});
		expect(suite.sandbox.requests[0]).toMatchObject({ path: '/ocr/v1/tax-invoice' });
	});

	it('the older spelling (camelCase keys, bare strings) gives the same row', async () => {
		const newest = only((await run()).byOutput.Success).json;
		suite.sandbox.setOptions({ spelling: 'legacy' });
		const legacy = only((await run()).byOutput.Success).json;
		expect({ ...legacy, request_id: '' }).toEqual({ ...newest, request_id: '' });
	});

	it('warns, naming the tax base, when the sale price less the discount does not make it, and Review on Warnings sends it to Needs Review', async () => {
		const answer = answerOf(taxInvoiceAnswer) as { read: { dasar_pengenaan_pajak: { value: string } } };
		answer.read.dasar_pengenaan_pajak.value = '3.785.000,00';
		answerNextWith(suite.sandbox, answer);
		const item = only((await run({ options: { reviewOnWarnings: true } })).byOutput['Needs Review']);
		expect(item.json.warnings).toBe(
			'dasar_pengenaan_pajak: harga_jual_penggantian 3.785.000 - potongan_harga 185.000 - uang_muka 0 is 3.600.000, but dasar_pengenaan_pajak is 3.785.000 (a difference of 185.000)',
		);
	});
});
