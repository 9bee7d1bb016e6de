import { taxInvoice } from '../../../../../nodes/GlairVision/documents/taxInvoice';
import { describeCheckTable, fail, pass } from '../../../../helpers/checkTable';

const CONTEXT = { currentYear: 2026, today: { year: 2026, month: 12, day: 1 } };

const amountCases = (column: string) => [
	pass(`${column}/amount`, { [column]: '3.600.000,00' }, { [`${column}_number`]: 3600000 }),
	pass(`${column}/amount`, { [column]: 'Rp 396.000' }, { [`${column}_number`]: 396000 }),
	fail(`${column}/amount`, { [column]: 'NIHIL RUPIAH' }, /^cannot read "NIHIL RUPIAH" as an amount/),
];

describeCheckTable(
	taxInvoice,
	[
		pass('tanggal_faktur/date', { tanggal_faktur: '20 Maret 2026' }, { tanggal_faktur_iso: '2026-03-20' }),
		pass('tanggal_faktur/date', { tanggal_faktur: '20-03-2026' }, { tanggal_faktur_iso: '2026-03-20' }),
		fail('tanggal_faktur/date', { tanggal_faktur: '31 April 2026' }, /is not a real date/),
		pass('npwp_pengusaha/npwp-shape', { npwp_pengusaha: '01.234.567.8-999.000' }, { npwp_pengusaha_normalized: '0012345678999000' }),
		fail('npwp_pengusaha/npwp-shape', { npwp_pengusaha: '01.234.567.8-999' }, /an NPWP has 15 digits/),
		pass('npwp_pembeli/npwp-shape', { npwp_pembeli: '3299994508900001' }, { npwp_pembeli_normalized: '3299994508900001' }),
		fail('npwp_pembeli/npwp-shape', { npwp_pembeli: 'NPWP-123' }, /an NPWP has 15 digits/),
		...['harga_jual_1', 'harga_jual_penggantian', 'potongan_harga', 'uang_muka', 'dasar_pengenaan_pajak', 'total_ppn', 'total_ppnbm'].flatMap(amountCases),
		// the sample's sums: 3.785.000 - 185.000 - 0 = 3.600.000
		pass('dasar_pengenaan_pajak/total-adds-up', { dasar_pengenaan_pajak: '3.600.000,00', harga_jual_penggantian: '3.785.000,00', potongan_harga: '185.000,00', uang_muka: '0,00' }),
		pass('dasar_pengenaan_pajak/total-adds-up', { dasar_pengenaan_pajak: '3.000.000,00', harga_jual_penggantian: '3.785.000,00', potongan_harga: '185.000,00', uang_muka: '600.000,00' }), // a down payment already invoiced
		pass('dasar_pengenaan_pajak/total-adds-up', { dasar_pengenaan_pajak: '3.785.000,00', harga_jual_penggantian: '3.785.000,00' }), // nothing taken off
		pass('dasar_pengenaan_pajak/total-adds-up', { dasar_pengenaan_pajak: '3.600.001', harga_jual_penggantian: '3.785.000', potongan_harga: '185.000' }), // one rupiah off
		pass('dasar_pengenaan_pajak/total-adds-up', { dasar_pengenaan_pajak: '3.600.000', harga_jual_penggantian: '3.785.000', potongan_harga: 'SEPULUH' }), // the discount's own check says so
		fail('dasar_pengenaan_pajak/total-adds-up', { dasar_pengenaan_pajak: '3.600.000,00', harga_jual_penggantian: '3.785.000,00', uang_muka: '0,00' }, /^harga_jual_penggantian 3\.785\.000 - uang_muka 0 is 3\.785\.000, but dasar_pengenaan_pajak is 3\.600\.000 \(a difference of 185\.000\)$/),
		fail('dasar_pengenaan_pajak/total-adds-up', { dasar_pengenaan_pajak: '3.600.000,00', harga_jual_penggantian: '3.785.000,00', potongan_harga: '85.000,00' }, /- potongan_harga 85\.000 is 3\.700\.000, but dasar_pengenaan_pajak is 3\.600\.000/),
	],
	CONTEXT,
);
