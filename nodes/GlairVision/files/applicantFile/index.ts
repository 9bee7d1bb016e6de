import { bpkb } from '../../documents/bpkb';
import { kk } from '../../documents/kk';
import { ktp } from '../../documents/ktp';
import { npwp } from '../../documents/npwp';
import { sim } from '../../documents/sim';
import { stnk } from '../../documents/stnk';
import type { FileSpec } from '../spec';
import { APPLICANT_FILE_CROSS_CHECKS, CHECK_KTP_QUALITY } from './crossChecks';

const CHECK_LIVENESS = 'checkLiveness';
const VERIFY_WITH_DUKCAPIL = 'verifyWithDukcapil';

const optional = 'An item without it is read as "not given": its checks are skipped';

/**
 * An applicant's papers: is this a real person, is this their identity, and is the vehicle they
 * pledge theirs or their household's? The KTP is required; the selfie, KK, NPWP, SIM and a
 * pledged vehicle's BPKB and STNK are checked when given. Every check that ran passed: VERIFIED;
 * anything a person should look at: REVIEW; a document that could not be read: NOT_READ.
 */
export const applicantFile: FileSpec = {
	resource: 'applicantFile',
	displayName: 'Applicant File',
	noun: 'applicant',
	action: 'Verify Applicant',
	description:
		"Read an applicant's KTP, KK, NPWP, SIM and pledged vehicle's BPKB and STNK, match the selfie with the KTP's photo, and check that they describe one person and whose the vehicle is",
	roles: [
		{
			role: 'ktp',
			label: 'KTP',
			document: ktp,
			required: true,
			qualityOption: CHECK_KTP_QUALITY,
			defaultBinaryField: 'ktp',
			description: "The binary field holding the applicant's KTP (PNG or JPEG). Its face photo, as GLAIR cuts it out, is matched with the selfie.",
		},
		{
			role: 'selfie',
			label: 'selfie',
			picture: true,
			required: false,
			defaultBinaryField: 'selfie',
			description: "The binary field holding the applicant's selfie (PNG or JPEG): matched with the KTP's photo and checked for liveness, never read as a document",
			hint: optional,
		},
		{ role: 'kk', label: 'KK', document: kk, required: false, defaultBinaryField: 'kk', description: "The binary field holding the applicant's KK (family card): it must list the applicant, and tells the household", hint: optional },
		{ role: 'npwp', label: 'NPWP', document: npwp, required: false, defaultBinaryField: 'npwp', description: "The binary field holding the applicant's NPWP (tax ID card)", hint: optional },
		{ role: 'sim', label: 'SIM', document: sim, required: false, defaultBinaryField: 'sim', description: "The binary field holding the applicant's SIM (driving licence)", hint: optional },
		{
			role: 'bpkb',
			label: 'BPKB',
			document: bpkb,
			required: false,
			defaultBinaryField: 'bpkb',
			description:
				'The binary field(s) holding the BPKB of a vehicle pledged: a PDF, or one photo per page (a comma list, or * as a wildcard, e.g. bpkb_*). Its owner must be the applicant or a member of their household.',
			hint: optional,
		},
		{ role: 'stnk', label: 'STNK', document: stnk, required: false, defaultBinaryField: 'stnk', description: "The binary field(s) holding the pledged vehicle's STNK: checked against the BPKB as Verify Vehicle File does", hint: optional },
	],
	calls: [
		{ kind: 'faceMatch', name: 'face_match', label: 'Face Match', prefix: 'face_', stored: { role: 'ktp', image: 'foto' }, captured: { role: 'selfie' } },
		{ kind: 'passiveLiveness', name: 'liveness', label: 'Liveness', prefix: 'selfie_', picture: { role: 'selfie' }, option: CHECK_LIVENESS },
		{ kind: 'identity', name: 'dukcapil', label: 'Dukcapil', prefix: 'dukcapil_', person: 'ktp', face: { role: 'selfie' }, option: VERIFY_WITH_DUKCAPIL },
	],
	options: [
		{
			name: CHECK_KTP_QUALITY,
			displayName: 'Check KTP Image Quality',
			description: "Whether GLAIR also grades the KTP's picture (its quality endpoint): a photocopy or a photo of a screen goes to Needs Review",
			default: true,
		},
		{
			name: CHECK_LIVENESS,
			displayName: 'Check Liveness',
			description: 'Whether GLAIR judges how likely the selfie is a spoof (a photo of a screen or of a print): Passive Liveness, one call per selfie',
			default: true,
		},
		{
			name: VERIFY_WITH_DUKCAPIL,
			displayName: 'Verify With Dukcapil',
			description:
				"Whether to ask the population registry (Dukcapil) through GLAIR to confirm the KTP's NIK, name and date of birth, with the selfie's face when there is one. Needs GLAIR's Identity product on the account; each call is billed.",
			default: false,
		},
	],
	crossChecks: APPLICANT_FILE_CROSS_CHECKS,
	columnPrefix: 'check_',
	words: { match: 'pass', near: 'pass', mismatch: 'fail' },
	verdicts: { consistent: 'VERIFIED', mismatch: 'REVIEW', incomplete: 'REVIEW' },
	reasons: {
		consistent: 'Every check that ran passed',
		mismatch: 'A person should review',
		incomplete: 'A person should review',
	},
	keepsInputJson: true,
};
