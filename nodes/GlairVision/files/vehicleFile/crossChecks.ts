/**
 * THE table of the vehicle-file cross-checks: one line per compared field, as data. To learn what
 * Verify Vehicle File compares, read this table; to compare another field, add a line. The columns
 * are the flattened columns of each document's Read (documents/<document>/fields.ts, and the
 * companions its checks.ts adds); the roles are the vehicle file's (index.ts).
 */
import type { CrossCheck, SourceValue } from '../../crossChecks/crossCheck';

const taxPage = (key: string): SourceValue => ({ columns: [`pajak_${key}`], label: 'STNK tax page' });

/** The STNK's own check warns 30 days before the registration ends (documents/stnk/checks.ts): the same notice here. */
const STNK_RENEWAL_NOTICE_DAYS = 30;

// prettier-ignore
export const VEHICLE_FILE_CROSS_CHECKS: readonly CrossCheck[] = [
	{ field: 'nomor_rangka', label: 'Chassis Number / VIN', kind: 'vin', soft: false,
		reads: { bpkb: 'nomor_rangka', stnk: ['nomor_rangka', taxPage('nomor_rangka')] } },
	{ field: 'nomor_mesin', label: 'Engine Number', kind: 'engineNumber', soft: false,
		reads: { bpkb: 'nomor_mesin', stnk: ['nomor_mesin', taxPage('nomor_mesin')] } },
	{ field: 'nomor_registrasi', label: 'Plate', kind: 'plate', soft: false,
		reads: { bpkb: 'nomor_registrasi', stnk: ['nomor_registrasi', taxPage('nomor_registrasi')] } },
	{ field: 'nomor_bpkb', label: 'BPKB Number', kind: 'bpkbNumber', soft: false,
		reads: { bpkb: ['nomor_bpkb', { columns: ['stempel_nomor_bpkb'], label: 'BPKB stamp' }], stnk: ['nomor_bpkb', taxPage('nomor_bpkb')] } },
	{ field: 'nama_pemilik', label: "Owner's Name", kind: 'ownerName', soft: false,
		reads: { bpkb: 'nama_pemilik', stnk: ['nama_pemilik', taxPage('nama_pemilik')], ktp: 'nama' } },
	{ field: 'nomor_identitas', label: "Owner's ID Number (NIK / TDP / NIB)", kind: 'identityNumber', soft: false,
		reads: { bpkb: 'no_ktp_tdp', stnk: ['nomor_identitas_pemilik', taxPage('nomor_identitas_pemilik')], ktp: 'nik' } },
	{ field: 'merk', label: 'Make', kind: 'text', soft: false,
		reads: { bpkb: 'merk', stnk: ['merk', taxPage('merk')] } },
	{ field: 'type', label: 'Type', kind: 'text', soft: false,
		reads: { bpkb: 'type', stnk: ['tipe', taxPage('tipe')] } },
	{ field: 'tahun_pembuatan', label: 'Year of Manufacture', kind: 'year', soft: false,
		reads: { bpkb: 'tahun_pembuatan', stnk: ['tahun_pembuatan', taxPage('tahun_pembuatan')] } },
	{ field: 'warna', label: 'Colour', kind: 'colour', soft: false,
		reads: { bpkb: 'warna', stnk: ['warna', taxPage('warna')] } },
	{ field: 'isi_silinder', label: 'Engine Size', kind: 'engineSize', soft: false,
		reads: { bpkb: 'isi_silinder', stnk: ['isi_silinder', taxPage('isi_silinder')] } },
	{ field: 'alamat', label: "Owner's Address", kind: 'address', soft: true,
		reads: { bpkb: 'alamat', stnk: 'alamat', ktp: { columns: ['alamat', 'rt_rw', 'kelurahan_desa', 'kecamatan', 'kota_kabupaten'], label: 'KTP' } } },
	{ field: 'berlaku_sampai', label: 'STNK Valid Until', kind: 'validUntil', soft: false,
		reads: { stnk: 'berlaku_sampai' }, validUntil: { what: 'the registration', noticeDays: STNK_RENEWAL_NOTICE_DAYS } },
	{ field: 'pajak_berlaku_sampai', label: 'Annual Tax Paid Until', kind: 'validUntil', soft: false,
		reads: { stnk: 'pajak_berlaku_sampai' }, validUntil: { what: 'the paid annual tax', noticeDays: 0 } },
];
