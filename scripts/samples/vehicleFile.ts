/**
 * The vehicle file of the samples: one invented person and one invented car, printed on an STNK,
 * and a KTP that agree with each other (same owner, NIK, address, plate, chassis, engine
 * and BPKB numbers), so a check across documents has something to match. EVERYTHING HERE IS
 * INVENTED: the NIK's regency and district 99 do not exist in Jawa Barat, so no real person has
 * it; the make CONTOHMOBIL and the VIN maker code MHZ are made up; every name says SPESIMEN.
 *
 * Each row is [GLAIR's key, the label printed on the document, the value GLAIR returns, and, when
 * it differs, the text as printed (value_original)]. A key of '' is printed but never returned.
 */

export type PrintedRow = readonly [key: string, label: string, value: string, printed?: string];

export const OWNER = {
	name: 'DEWI SPESIMEN FIKTIF',
	nik: '3299994508900001', // 32 Jawa Barat, 99 99 no such regency/district, 45 = day 5 + 40 (a woman), 08, 90, 0001
	address: 'JL. CONTOH RAYA NO. 123',
	fullAddress: 'JL. CONTOH RAYA NO. 123 RT 001 RW 002 KEL. FIKTIF KEC. SAMPEL KOTA CONTOH',
} as const;

export const CAR = {
	plate: 'D 1234 SPX',
	make: 'CONTOHMOBIL',
	type: 'SPX-1500 (4X2) A/T',
	kind: 'MB. PENUMPANG',
	model: 'MINIBUS',
	year: '2021',
	engineSize: '1.496 CC',
	colour: 'ABU-ABU METALIK',
	fuel: 'BENSIN',
	plateColour: 'PUTIH',
	chassis: 'MHZSPX15ME0000123',
	engine: 'SPX15E000123',
	bpkbNumber: 'Z-00054321',
} as const;

export const STNK_TITLE = 'SURAT TANDA NOMOR KENDARAAN BERMOTOR';
export const STNK_TAX_TITLE = 'TANDA BUKTI PELUNASAN KEWAJIBAN PEMBAYARAN';

export const STNK_REGISTRATION_ROWS: readonly PrintedRow[] = [
	['nomor_stnk', 'NO. STNK', '09876543'],
	['polda_penerbitan', 'POLDA', 'POLDA JAWA BARAT'],
	['nomor_registrasi', 'NOMOR REGISTRASI', CAR.plate],
	['nama_pemilik', 'NAMA PEMILIK', OWNER.name],
	['alamat', 'ALAMAT', OWNER.fullAddress],
	['nomor_identitas_pemilik', 'NO. IDENTITAS', OWNER.nik],
	['merk', 'MERK', CAR.make],
	['tipe', 'TYPE', CAR.type],
	['jenis', 'JENIS', CAR.kind],
	['model', 'MODEL', CAR.model],
	['tahun_pembuatan', 'TAHUN PEMBUATAN', CAR.year],
	['tahun_registrasi', 'TAHUN REGISTRASI', CAR.year],
	['isi_silinder', 'ISI SILINDER', CAR.engineSize],
	['nomor_rangka', 'NOMOR RANGKA', CAR.chassis],
	['nomor_mesin', 'NOMOR MESIN', CAR.engine],
	['warna', 'WARNA', CAR.colour],
	['bahan_bakar', 'BAHAN BAKAR', CAR.fuel],
	['warna_tnkb', 'WARNA TNKB', CAR.plateColour],
	['nomor_bpkb', 'NO. BPKB', CAR.bpkbNumber],
	['kode_lokasi', 'KODE LOKASI', 'SPX01'],
	['nomor_urut_pendaftaran', 'NO. URUT DAFTAR', '000123'],
	['berlaku_sampai', 'BERLAKU SAMPAI', '20-11-2031', '20 NOPEMBER 2031'],
	['tempat_penerbitan', 'DIKELUARKAN DI', 'KOTA CONTOH'],
	['tanggal_penerbitan', 'TANGGAL', '20-11-2026', '20 NOPEMBER 2026'],
];

export const STNK_TAX_ROWS: readonly PrintedRow[] = [
	['nomor_pajak_tahunan', 'NO. SKPD', 'SKPD-000123'],
	['samsat_provinsi', 'SAMSAT', 'SAMSAT JAWA BARAT'],
	['nomor_registrasi', 'NO. POLISI', CAR.plate],
	['nomor_registrasi_lama', 'NO. POLISI LAMA', ''],
	['nama_pemilik', 'NAMA PEMILIK', OWNER.name],
	['alamat', 'ALAMAT', OWNER.fullAddress],
	['nomor_identitas_pemilik', 'NO. IDENTITAS', OWNER.nik],
	['merk', 'MERK', CAR.make],
	['tipe', 'TYPE', CAR.type],
	['jenis', 'JENIS', CAR.kind],
	['model', 'MODEL', CAR.model],
	['tahun_pembuatan', 'TAHUN BUAT', CAR.year],
	['tahun_registrasi', 'TAHUN REG', CAR.year],
	['isi_silinder', 'ISI SILINDER', CAR.engineSize],
	['warna', 'WARNA', CAR.colour],
	['bahan_bakar', 'BAHAN BAKAR', CAR.fuel],
	['warna_tnkb', 'WARNA TNKB', CAR.plateColour],
	['jumlah_sumbu', 'JUMLAH SUMBU', '2'],
	['nomor_rangka', 'NO. RANGKA', CAR.chassis],
	['nomor_mesin', 'NO. MESIN', CAR.engine],
	['nomor_bpkb', 'NO. BPKB', CAR.bpkbNumber],
	['kepemilikan_ke', 'KEPEMILIKAN KE', '1'],
	['kode_njkb', 'KODE NJKB', 'N0123456'],
	['ident', 'IDENT', 'SPX15-0001'],
	['berlaku_sampai', 'BERLAKU S/D', '20-11-2027', '20 NOPEMBER 2027'],
	['ditetapkan_tanggal', 'DITETAPKAN TGL', '18-11-2026', '18 NOPEMBER 2026'],
];

export const KTP_HEADER = ['PROVINSI JAWA BARAT', 'KOTA CONTOH'] as const;

/** The KTP's rows; provinsi and kota_kabupaten are its header lines (see KTP_HEADER). */
export const KTP_ROWS: readonly PrintedRow[] = [
	['nik', 'NIK', OWNER.nik],
	['nama', 'NAMA', OWNER.name],
	['', 'TEMPAT/TGL LAHIR', 'KOTA CONTOH, 05-08-1990'],
	['jenis_kelamin', 'JENIS KELAMIN', 'PEREMPUAN'],
	['golongan_darah', 'GOL. DARAH', 'O'],
	['alamat', 'ALAMAT', OWNER.address],
	['rt_rw', 'RT/RW', '001/002'],
	['kelurahan_desa', 'KEL/DESA', 'FIKTIF'],
	['kecamatan', 'KECAMATAN', 'SAMPEL'],
	['agama', 'AGAMA', 'ISLAM'],
	['status_perkawinan', 'STATUS PERKAWINAN', 'KAWIN'],
	['pekerjaan', 'PEKERJAAN', 'KARYAWAN SWASTA'],
	['kewarganegaraan', 'KEWARGANEGARAAN', 'WNI'],
	['berlaku_hingga', 'BERLAKU HINGGA', 'SEUMUR HIDUP'],
];

/** What GLAIR returns for the KTP beyond its printed rows: the header and the split birth line. */
export const KTP_EXTRA_VALUES: ReadonlyArray<readonly [key: string, value: string, printed: string]> = [
	['provinsi', 'JAWA BARAT', KTP_HEADER[0]],
	['kota_kabupaten', 'KOTA CONTOH', KTP_HEADER[1]],
	['tempat_lahir', 'KOTA CONTOH', 'KOTA CONTOH'],
	['tanggal_lahir', '05-08-1990', '05-08-1990'],
];

export const NPWP_HEADER = ['KEMENTERIAN KEUANGAN REPUBLIK INDONESIA', 'DIREKTORAT JENDERAL PAJAK'] as const;

/** The owner's NPWP: tax office 999 does not exist. */
export const NPWP_ROWS: readonly PrintedRow[] = [
	['no_npwp', 'NPWP', '09.123.456.7-999.000'],
	['nama', 'NAMA', OWNER.name],
	['nik', 'NIK', OWNER.nik],
	['alamat', 'ALAMAT', OWNER.fullAddress],
];
