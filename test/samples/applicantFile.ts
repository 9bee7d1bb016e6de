/**
 * The applicant file's samples (samples/applicant/README.md): the invented applicant DEWI
 * SPESIMEN FIKTIF's KTP, selfie, KK (with her husband and children), NPWP and SIM, her car's BPKB
 * and STNK, and the variants that differ from her verified file in one thing a person must catch
 * (or, for the spouse's car, one that is legitimate). Most files are the other samples'; the one of
 * its own is the BPKB of the same car in a stranger's name, with the sandbox's INVENTED answer.
 */
import { bpkbAnswer, specimenPage } from './answers';
import { writeSpecimenPdf } from './pdf';
import { CAR, OTHER_OWNER, OTHER_PERSON, OWNER, bpkbPages } from './vehicleFile';

export const APPLICANT_SAMPLE_NAMES = ['applicant/bpkb-stranger.pdf'] as const;

export type ApplicantSampleName = (typeof APPLICANT_SAMPLE_NAMES)[number];

/** Each sample's answer fixture (in test/sandbox/fixtures/). */
export const APPLICANT_FIXTURES = {
	'applicant/bpkb-stranger.pdf': 'bpkb-applicant-stranger-response.json',
} as const satisfies Record<ApplicantSampleName, string>;

/** A stranger to the applicant and her household: the vehicle file's other person, on no card of Dewi's family. */
const STRANGER_BPKB = bpkbPages(OTHER_PERSON, CAR);

/** The bytes of every applicant sample, keyed by its path under samples/. Pure: writes nothing. */
export function makeApplicantSamples(): Record<ApplicantSampleName, Buffer> {
	return { 'applicant/bpkb-stranger.pdf': writeSpecimenPdf(STRANGER_BPKB.map(specimenPage)) };
}

/** The sandbox's invented answers for the applicant samples, by fixture file name. */
export function makeApplicantAnswers(): Record<string, object> {
	return { [APPLICANT_FIXTURES['applicant/bpkb-stranger.pdf']]: bpkbAnswer(STRANGER_BPKB) };
}

export type ApplicantRole = 'ktp' | 'selfie' | 'kk' | 'npwp' | 'sim' | 'bpkb' | 'stnk';

export interface ApplicantSet {
	/** The file of each role given, under samples/ (a role not in the set is not given). */
	files: Partial<Record<ApplicantRole, string>>;
	/** The verdict Verify Applicant must give. */
	verdict: 'VERIFIED' | 'REVIEW';
	/** The check that must fail (none for a verified set). */
	fails?: string;
	/** Whose the pledged vehicle is, when one is pledged. */
	ownerRelation?: 'applicant' | 'household' | 'other';
	/** What differs from the verified file (nothing for it). */
	differs: string;
}

export type ApplicantVariant = 'verified' | 'otherPersonSelfie' | 'screenSelfie' | 'kkWithoutApplicant' | 'photocopiedKtp' | 'spouseCar' | 'strangerCar';

const DEWI: ApplicantSet['files'] = {
	ktp: 'ktp-sample.png',
	selfie: 'faces/selfie.jpg',
	kk: 'kk-sample.png',
	npwp: 'npwp-sample.png',
	sim: 'sim-sample.png',
	bpkb: 'vehicle-file/bpkb.pdf',
	stnk: 'stnk-sample.png',
};

/**
 * The applicant files of the samples, by variant. The spouse's and the stranger's cars come
 * without the STNK: the sample STNK is in Dewi's name, and a car's BPKB and STNK that name two
 * people are a matter for Verify Vehicle File.
 */
export const APPLICANT_SETS: Readonly<Record<ApplicantVariant, ApplicantSet>> = {
	verified: { files: DEWI, verdict: 'VERIFIED', ownerRelation: 'applicant', differs: '' },
	otherPersonSelfie: { files: { ...DEWI, selfie: 'faces/selfie-other-person.jpg' }, verdict: 'REVIEW', fails: 'check_face_match', ownerRelation: 'applicant', differs: "the selfie is another person's face (NOT_MATCH)" },
	screenSelfie: { files: { ...DEWI, selfie: 'faces/selfie-screen.jpg' }, verdict: 'REVIEW', fails: 'check_liveness', ownerRelation: 'applicant', differs: 'the selfie is a photo of a phone screen showing Dewi (spoof HIGH)' },
	kkWithoutApplicant: { files: { ...DEWI, kk: 'kk-other-family.png' }, verdict: 'REVIEW', fails: 'check_kk_member', ownerRelation: 'applicant', differs: "the KK is another family's (RINA CONTOH FIKTIF's): it does not list Dewi" },
	photocopiedKtp: { files: { ...DEWI, ktp: 'ktp-photocopy.png' }, verdict: 'REVIEW', fails: 'check_ktp_quality', ownerRelation: 'applicant', differs: 'the KTP is a photocopy (its quality grade photocopy is raised)' },
	spouseCar: {
		files: { ...DEWI, bpkb: 'vehicle-file/bpkb-other-owner.pdf', stnk: undefined },
		verdict: 'VERIFIED',
		ownerRelation: 'household',
		differs: `the BPKB is in her husband's name (${OTHER_OWNER.name}, NIK ${OTHER_OWNER.nik}, on her KK as KEPALA KELUARGA)`,
	},
	strangerCar: {
		files: { ...DEWI, bpkb: 'applicant/bpkb-stranger.pdf', stnk: undefined },
		verdict: 'REVIEW',
		fails: 'check_owner_relation',
		ownerRelation: 'other',
		differs: `the BPKB is in a stranger's name (${OTHER_PERSON.name}, NIK ${OTHER_PERSON.nik}; not ${OWNER.name}, not on her KK)`,
	},
};
