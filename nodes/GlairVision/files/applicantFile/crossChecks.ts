/**
 * THE table of the applicant's checks: one line per check, as data, in the order a person reads
 * them. Each gives a check_<field> column (pass, fail, skipped, missing). The columns read are the
 * flattened columns of each document's Read (documents/<document>/fields.ts and the companions its
 * checks.ts adds; the KK's members as its `members` list); the judged lines read the rows of the
 * file's GLAIR calls (index.ts). The pledged vehicle's BPKB and STNK are checked against each
 * other by the vehicle file's own lines.
 */
import { linesAmong, type CrossCheck } from '../../crossChecks/crossCheck';
import { ktp } from '../../documents/ktp';
import { VEHICLE_FILE_CROSS_CHECKS } from '../vehicleFile/crossChecks';

/** The picture flags a fraud check looks for, in the KTP's own words (documents/ktp/index.ts). */
const KTP_FRAUD_FLAGS = ['photocopy', 'screen'] as const;

export const CHECK_KTP_QUALITY = 'checkKtpQuality';

// prettier-ignore
export const APPLICANT_FILE_CROSS_CHECKS: readonly CrossCheck[] = [
	{ field: 'ktp_quality', label: 'KTP Image Quality (not a photocopy, not a photo of a screen)', kind: 'flags', soft: false, option: CHECK_KTP_QUALITY,
		role: 'ktp', flags: Object.fromEntries(KTP_FRAUD_FLAGS.map((flag) => [`quality_${flag}`, ktp.quality!.reviewFlags[flag]])) },
	{ field: 'face_match', label: "Face Match (the KTP's photo vs the selfie)", kind: 'judged', soft: false, source: 'face_match' },
	{ field: 'liveness', label: 'Liveness of the Selfie', kind: 'judged', soft: false, source: 'liveness' },
	{ field: 'dukcapil', label: 'Dukcapil Confirms the KTP', kind: 'judged', soft: false, source: 'dukcapil' },
	{ field: 'ktp_berlaku_hingga', label: 'KTP Valid Until', kind: 'validUntil', soft: false,
		reads: { ktp: 'berlaku_hingga' }, validUntil: { what: 'the KTP', noticeDays: 0 } },
	// A person may know what no card shows (a KK issued since the marriage, a relative's car): they decide, recorded.
	{ field: 'kk_member', label: "The KK Lists the Applicant (NIK, name, date of birth)", kind: 'listed', soft: false, decidable: true,
		person: { role: 'ktp', column: 'nik' }, list: { role: 'kk', table: 'members', column: 'nik', row: 'member' },
		same: [{ person: 'nama', row: 'nama_lengkap', kind: 'ownerName' }, { person: 'tanggal_lahir', row: 'tanggal_lahir', kind: 'date' }] },
	// Since 2024 an individual's NPWP is the NIK: the number in its 16-digit form, when it is one.
	{ field: 'npwp_holder', label: "The NPWP Is the Applicant's (NIK, else name)", kind: 'firstOf', soft: false, alternatives: [
		{ kind: 'identityNumber', reads: { ktp: 'nik', npwp: 'nik' } },
		{ kind: 'identityNumber', reads: { ktp: 'nik', npwp: { columns: ['no_npwp_normalized'], label: 'NPWP number', only: 'nik' } } },
		{ kind: 'ownerName', reads: { ktp: 'nama', npwp: 'nama' } },
	] },
	{ field: 'sim_nama', label: "The SIM's Name Is the KTP's", kind: 'ownerName', soft: false, reads: { ktp: 'nama', sim: 'nama' } },
	{ field: 'sim_tanggal_lahir', label: "The SIM's Date of Birth Is the KTP's", kind: 'date', soft: false, reads: { ktp: 'tanggal_lahir', sim: 'tanggal_lahir' } },
	{ field: 'owner_relation', label: "Whose the Pledged Vehicle Is (the applicant's or the household's)", kind: 'relation', soft: false, decidable: true,
		owner: [{ role: 'bpkb', id: 'no_ktp_tdp', name: 'nama_pemilik' }, { role: 'stnk', id: 'nomor_identitas_pemilik', name: 'nama_pemilik' }],
		person: { role: 'ktp', id: 'nik', name: 'nama' },
		household: { role: 'kk', table: 'members', id: 'nik', name: 'nama_lengkap' },
		relation: { column: 'owner_relation', person: 'applicant', household: 'household', other: 'other' } },
	// The pledged vehicle's BPKB and STNK describe one vehicle, as Verify Vehicle File checks them.
	...linesAmong(VEHICLE_FILE_CROSS_CHECKS, ['bpkb', 'stnk']),
];
