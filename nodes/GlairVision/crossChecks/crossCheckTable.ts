/**
 * THE table of the vehicle-file cross-checks: one row per compared field, as data. To learn what
 * Verify Vehicle File compares, read this table; to compare another field, add a row. This is the
 * only file of the cross-checks that names a document's columns (the flattened columns of each
 * document's Read: documents/<document>/fields.ts, and the companions its checks.ts adds).
 */
import type { CompareKind } from './compare';

export type DocumentName = 'bpkb' | 'stnk' | 'ktp';

/** How messages name each document. */
export const DOCUMENT_LABELS: Readonly<Record<DocumentName, string>> = { bpkb: 'BPKB', stnk: 'STNK', ktp: 'KTP' };

/**
 * A value a row reads from one document: a column, or a value written over several columns (joined
 * with spaces, e.g. the KTP's address), with the label messages give it when not the document's.
 */
export type SourceValue = string | { columns: readonly string[]; label: string };

export interface CrossCheckRow {
	/** The output column, `match_<field>`. */
	column: string;
	/** The field as messages name it, e.g. "nomor_rangka". */
	field: string;
	label: string;
	/**
	 * By document, the value(s) compared. A document's first value is needed (empty is `missing`);
	 * its further values (the STNK's tax page, the BPKB's stamp) are compared when they were read.
	 */
	reads: Partial<Record<DocumentName, SourceValue | readonly SourceValue[]>>;
	kind: CompareKind | 'validUntil';
	/** A soft row only ever adds a note; it never makes the verdict MISMATCH or INCOMPLETE. */
	soft: boolean;
	/** Documents that describe the owner as a person: not compared when the owner is a company. */
	personOnly?: readonly DocumentName[];
	/** For kind `validUntil`: what ends, and how many days before the end a note is due. */
	validUntil?: { what: string; noticeDays: number };
}

const taxPage = (key: string): SourceValue => ({ columns: [`pajak_${key}`], label: 'STNK tax page' });

/** The STNK's own check warns 30 days before the registration ends (documents/stnk/checks.ts): the same notice here. */
const STNK_RENEWAL_NOTICE_DAYS = 30;

// prettier-ignore
export const CROSS_CHECKS: readonly CrossCheckRow[] = [
	{ column: 'match_nomor_rangka', field: 'nomor_rangka', label: 'Chassis Number / VIN', kind: 'vin', soft: false,
		reads: { bpkb: 'nomor_rangka', stnk: ['nomor_rangka', taxPage('nomor_rangka')] } },
	{ column: 'match_nomor_mesin', field: 'nomor_mesin', label: 'Engine Number', kind: 'engineNumber', soft: false,
		reads: { bpkb: 'nomor_mesin', stnk: ['nomor_mesin', taxPage('nomor_mesin')] } },
	{ column: 'match_nomor_registrasi', field: 'nomor_registrasi', label: 'Plate', kind: 'plate', soft: false,
		reads: { bpkb: 'nomor_registrasi', stnk: ['nomor_registrasi', taxPage('nomor_registrasi')] } },
	{ column: 'match_nomor_bpkb', field: 'nomor_bpkb', label: 'BPKB Number', kind: 'bpkbNumber', soft: false,
		reads: { bpkb: ['nomor_bpkb', { columns: ['stempel_nomor_bpkb'], label: 'BPKB stamp' }], stnk: ['nomor_bpkb', taxPage('nomor_bpkb')] } },
	{ column: 'match_nama_pemilik', field: 'nama_pemilik', label: "Owner's Name", kind: 'ownerName', soft: false, personOnly: ['ktp'],
		reads: { bpkb: 'nama_pemilik', stnk: ['nama_pemilik', taxPage('nama_pemilik')], ktp: 'nama' } },
	{ column: 'match_nomor_identitas', field: 'nomor_identitas', label: "Owner's ID Number (NIK / TDP / NIB)", kind: 'identityNumber', soft: false, personOnly: ['ktp'],
		reads: { bpkb: 'no_ktp_tdp', stnk: ['nomor_identitas_pemilik', taxPage('nomor_identitas_pemilik')], ktp: 'nik' } },
	{ column: 'match_merk', field: 'merk', label: 'Make', kind: 'text', soft: false,
		reads: { bpkb: 'merk', stnk: ['merk', taxPage('merk')] } },
	{ column: 'match_type', field: 'type', label: 'Type', kind: 'text', soft: false,
		reads: { bpkb: 'type', stnk: ['tipe', taxPage('tipe')] } },
	{ column: 'match_tahun_pembuatan', field: 'tahun_pembuatan', label: 'Year of Manufacture', kind: 'year', soft: false,
		reads: { bpkb: 'tahun_pembuatan', stnk: ['tahun_pembuatan', taxPage('tahun_pembuatan')] } },
	{ column: 'match_warna', field: 'warna', label: 'Colour', kind: 'colour', soft: false,
		reads: { bpkb: 'warna', stnk: ['warna', taxPage('warna')] } },
	{ column: 'match_isi_silinder', field: 'isi_silinder', label: 'Engine Size', kind: 'engineSize', soft: false,
		reads: { bpkb: 'isi_silinder', stnk: ['isi_silinder', taxPage('isi_silinder')] } },
	{ column: 'match_alamat', field: 'alamat', label: "Owner's Address", kind: 'address', soft: true, personOnly: ['ktp'],
		reads: { bpkb: 'alamat', stnk: 'alamat', ktp: { columns: ['alamat', 'rt_rw', 'kelurahan_desa', 'kecamatan', 'kota_kabupaten'], label: 'KTP' } } },
	{ column: 'match_berlaku_sampai', field: 'berlaku_sampai', label: 'STNK Valid Until', kind: 'validUntil', soft: false,
		reads: { stnk: 'berlaku_sampai' }, validUntil: { what: 'the registration', noticeDays: STNK_RENEWAL_NOTICE_DAYS } },
	{ column: 'match_pajak_berlaku_sampai', field: 'pajak_berlaku_sampai', label: 'Annual Tax Paid Until', kind: 'validUntil', soft: false,
		reads: { stnk: 'pajak_berlaku_sampai' }, validUntil: { what: 'the paid annual tax', noticeDays: 0 } },
];

/**
 * Where the owner's identity is read, to tell a person from a company: the number (a NIK, or a
 * company's NIB / TDP), the kind the BPKB's own check gives it, and the name (PT, CV ...).
 * Listed in the order they are trusted.
 */
export const OWNER_COLUMNS = {
	identityNumber: [['bpkb', 'no_ktp_tdp', 'no_ktp_tdp_kind'], ['stnk', 'nomor_identitas_pemilik', undefined]],
	name: [['bpkb', 'nama_pemilik'], ['stnk', 'nama_pemilik']],
} as const satisfies {
	identityNumber: ReadonlyArray<readonly [DocumentName, string, string | undefined]>;
	name: ReadonlyArray<readonly [DocumentName, string]>;
};

/** Documents a vehicle file always needs; the KTP is needed too when the owner is a person. */
export const REQUIRED_DOCUMENTS: readonly DocumentName[] = ['bpkb', 'stnk'];
export const OWNER_DOCUMENT: DocumentName = 'ktp';

/** Each document's Read joins its own failed checks into this column with "; ". */
export const WARNINGS_COLUMN = 'warnings';
