/**
 * The sample KTP (samples/ktp-sample.png) as Read KTP's flattened row carries it, abridged to what
 * Dukcapil is asked about, and the parts Verify Identity sends for it.
 */
export const SAMPLE_KTP_ROW = {
	nik: '3299994508900001',
	nama: 'DEWI SPESIMEN FIKTIF',
	tempat_lahir: 'KOTA CONTOH',
	tanggal_lahir: '05-08-1990',
	tanggal_lahir_iso: '1990-08-05',
	jenis_kelamin: 'PEREMPUAN',
	alamat: 'JL. CONTOH RAYA NO. 123',
	rt_rw: '001/002',
	kelurahan_desa: 'FIKTIF',
	kecamatan: 'SAMPEL',
	kota_kabupaten: 'KOTA CONTOH',
	provinsi: 'JAWA BARAT',
	status_perkawinan: 'KAWIN',
	pekerjaan: 'KARYAWAN SWASTA',
};

export const SAMPLE_IDENTITY_PARTS = {
	nik: '3299994508900001',
	name: 'DEWI SPESIMEN FIKTIF',
	date_of_birth: '05-08-1990',
	place_of_birth: 'KOTA CONTOH',
	address: 'JL. CONTOH RAYA NO. 123',
	gender: 'PEREMPUAN',
	marital_status: 'KAWIN',
	job_type: 'KARYAWAN SWASTA',
	province: 'JAWA BARAT',
	city: 'KOTA CONTOH',
	district: 'SAMPEL',
	subdistrict: 'FIKTIF',
	rt: '001',
	rw: '002',
};
