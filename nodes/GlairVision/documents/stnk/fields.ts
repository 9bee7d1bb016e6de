import type { SectionSpec } from '../spec';

/**
 * The STNK's two sides, each one section of GLAIR's answer, with the fields in the contract's order
 * (../shared/GLAIR-API.md, "Other documents"). The registration page's columns are the keys; the tax
 * page's columns carry the prefix "pajak_", because both pages print the plate, the owner and the
 * vehicle. One old docs page spells isi_silinder "isi_sillinder"; camelCase is read automatically.
 */
export const STNK_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'halaman_stnk',
		label: 'Registration Page (Halaman STNK)',
		fields: [
			{ key: 'nomor_stnk', label: 'STNK Number (Nomor STNK)' },
			{ key: 'polda_penerbitan', label: 'Issuing Regional Police (Polda Penerbitan)' },
			{ key: 'nomor_registrasi', label: 'Registration Number / Plate (Nomor Registrasi)', identifies: 'plate' },
			{ key: 'nama_pemilik', label: "Owner's Name (Nama Pemilik)" },
			{ key: 'alamat', label: 'Address (Alamat)' },
			{ key: 'merk', label: 'Make (Merk)' },
			{ key: 'warna', label: 'Colour (Warna)' },
			{ key: 'tipe', label: 'Type (Tipe)' },
			{ key: 'bahan_bakar', label: 'Fuel (Bahan Bakar)' },
			{ key: 'jenis', label: 'Kind (Jenis)' },
			{ key: 'warna_tnkb', label: 'Plate Colour (Warna TNKB)' },
			{ key: 'model', label: 'Model (Model)' },
			{ key: 'tahun_registrasi', label: 'Year of Registration (Tahun Registrasi)' },
			{ key: 'tahun_pembuatan', label: 'Year of Manufacture (Tahun Pembuatan)' },
			{ key: 'nomor_bpkb', label: 'BPKB Number (Nomor BPKB)', identifies: 'bpkbNumber' },
			{ key: 'isi_silinder', label: 'Engine Size (Isi Silinder)', aliases: ['isi_sillinder'] },
			{ key: 'kode_lokasi', label: 'Location Code (Kode Lokasi)' },
			{ key: 'nomor_urut_pendaftaran', label: 'Registration Serial Number (Nomor Urut Pendaftaran)' },
			{ key: 'tempat_penerbitan', label: 'Place of Issue (Tempat Penerbitan)' },
			{ key: 'tanggal_penerbitan', label: 'Issue Date (Tanggal Penerbitan)' },
			{ key: 'berlaku_sampai', label: 'Valid Until (Berlaku Sampai)' },
			{ key: 'nomor_identitas_pemilik', label: "Owner's ID Number (Nomor Identitas Pemilik)", identifies: 'identityNumber' },
			{ key: 'nomor_mesin', label: 'Engine Number (Nomor Mesin)', identifies: 'engineNumber' },
			{ key: 'nomor_rangka', label: 'Chassis Number / VIN (Nomor Rangka)', identifies: 'vin' },
		],
	},
	{
		key: 'halaman_pajak_tahunan',
		label: 'Annual Tax Page (Halaman Pajak Tahunan)',
		columnPrefix: 'pajak_',
		fields: [
			{ key: 'nomor_pajak_tahunan', label: 'Tax Notice Number (Nomor Pajak Tahunan)' },
			{ key: 'samsat_provinsi', label: 'Provincial Samsat Office (Samsat Provinsi)' },
			{ key: 'nomor_registrasi', label: 'Tax Page: Registration Number / Plate (Nomor Registrasi)', identifies: 'plate' },
			{ key: 'nama_pemilik', label: "Tax Page: Owner's Name (Nama Pemilik)" },
			{ key: 'alamat', label: 'Tax Page: Address (Alamat)' },
			{ key: 'merk', label: 'Tax Page: Make (Merk)' },
			{ key: 'tipe', label: 'Tax Page: Type (Tipe)' },
			{ key: 'isi_silinder', label: 'Tax Page: Engine Size (Isi Silinder)', aliases: ['isi_sillinder'] },
			{ key: 'jenis', label: 'Tax Page: Kind (Jenis)' },
			{ key: 'bahan_bakar', label: 'Tax Page: Fuel (Bahan Bakar)' },
			{ key: 'model', label: 'Tax Page: Model (Model)' },
			{ key: 'warna_tnkb', label: 'Tax Page: Plate Colour (Warna TNKB)' },
			{ key: 'tahun_pembuatan', label: 'Tax Page: Year of Manufacture (Tahun Pembuatan)' },
			{ key: 'tahun_registrasi', label: 'Tax Page: Year of Registration (Tahun Registrasi)' },
			{ key: 'warna', label: 'Tax Page: Colour (Warna)' },
			{ key: 'nomor_bpkb', label: 'Tax Page: BPKB Number (Nomor BPKB)', identifies: 'bpkbNumber' },
			{ key: 'nomor_rangka', label: 'Tax Page: Chassis Number / VIN (Nomor Rangka)', identifies: 'vin' },
			{ key: 'ident', label: 'Identification Code (Ident)' },
			{ key: 'nomor_mesin', label: 'Tax Page: Engine Number (Nomor Mesin)', identifies: 'engineNumber' },
			{ key: 'berlaku_sampai', label: 'Tax Paid Until (Berlaku Sampai)' },
			{ key: 'ditetapkan_tanggal', label: 'Assessed On (Ditetapkan Tanggal)' },
			{ key: 'jumlah_sumbu', label: 'Axles (Jumlah Sumbu)' },
			{ key: 'kepemilikan_ke', label: 'Ownership Number (Kepemilikan Ke)' },
			{ key: 'kode_njkb', label: 'Sales Value Code (Kode NJKB)' },
			{ key: 'nomor_identitas_pemilik', label: "Tax Page: Owner's ID Number (Nomor Identitas Pemilik)", identifies: 'identityNumber' },
			{ key: 'nomor_registrasi_lama', label: 'Previous Registration Number (Nomor Registrasi Lama)' },
		],
	},
];
