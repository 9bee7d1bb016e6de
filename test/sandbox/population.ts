import type { FaceAnswer, FaceScene, Person } from './faces';

/**
 * The population registry (Dukcapil) as the sandbox knows it, and GLAIR's identity answers
 * (../shared/GLAIR-API.md, "Identity"). INVENTED: two residents, the people of the sample KTPs, with
 * what their cards print and a family card number and mother's maiden name of our own; how a field
 * is compared; the reasons' wording; the 400 for missing or mis-formatted parts.
 */

/** The parts GLAIR judges, in the order the record lists them. */
export const IDENTITY_FIELDS = [
	'nik', 'name', 'date_of_birth', 'no_kk', 'mother_maiden_name', 'place_of_birth', 'address', 'gender',
	'marital_status', 'job_type', 'province', 'city', 'district', 'subdistrict', 'rt', 'rw',
] as const;

type IdentityField = (typeof IDENTITY_FIELDS)[number];
type Resident = Record<IdentityField, string> & { face: Person };

const residentOf = (face: Person, fields: Omit<Resident, 'face' | 'province' | 'city' | 'district' | 'subdistrict' | 'rt' | 'rw' | 'address'>): Resident => ({
	...fields,
	address: 'JL. CONTOH RAYA NO. 123',
	province: 'JAWA BARAT',
	city: 'KOTA CONTOH',
	district: 'SAMPEL',
	subdistrict: 'FIKTIF',
	rt: '001',
	rw: '002',
	face,
});

/** By NIK: the sample KTP's person (samples/ktp-sample.png) and the vehicle file's other person. */
export const RESIDENTS: Readonly<Record<string, Resident>> = {
	'3299994508900001': residentOf('applicant', {
		nik: '3299994508900001',
		name: 'DEWI SPESIMEN FIKTIF',
		date_of_birth: '05-08-1990',
		no_kk: '3299990101150001',
		mother_maiden_name: 'SITI CONTOH',
		place_of_birth: 'KOTA CONTOH',
		gender: 'PEREMPUAN',
		marital_status: 'KAWIN',
		job_type: 'KARYAWAN SWASTA',
	}),
	'3299995203920002': residentOf('other', {
		nik: '3299995203920002',
		name: 'RINA CONTOH FIKTIF',
		date_of_birth: '12-03-1992',
		no_kk: '3299990101150002',
		mother_maiden_name: 'ANI CONTOH',
		place_of_birth: 'KOTA CONTOH',
		gender: 'PEREMPUAN',
		marital_status: 'KAWIN',
		job_type: 'KARYAWAN SWASTA',
	}),
};

/** Which of the answer shapes on record the sandbox sends. */
export type IdentityShape = 'docs' | 'goSdk';

const DAY_FIRST_DATE = /^\d{2}-\d{2}-\d{4}$/;
/** Dukcapil compares what a clerk typed: case, spacing and an RT's leading zeros do not count. */
const normalise = (field: IdentityField, value: string) => {
	const text = value.trim().replace(/\s+/g, ' ').toUpperCase();
	return field === 'rt' || field === 'rw' ? text.replace(/^0+(?=\d)/, '') : text;
};

/** A face of the resident's own scores like this (the docs' sample, 82.04); someone else's much lower. */
const OWN_FACE_PERCENTAGE = 82.04;
const OTHER_FACE_PERCENTAGE = 18.37;
const FACE_THRESHOLD = 75;

function badRequest(reason: string, shape: IdentityShape): FaceAnswer {
	return { httpStatus: 400, body: { [statusKey(shape)]: shape === 'goSdk' ? 'false' : false, reason } };
}

const statusKey = (shape: IdentityShape) => (shape === 'goSdk' ? 'verification_result' : 'verification_status');

/**
 * POST /identity/v1/verification, and /identity/v1/face-verification when `face` is given (the
 * picture's scene, or 'missing'). The docs name the verdict `verification_status` (a boolean) and
 * the fields `data`, though their face-verification sample says `result`; the Go SDK reads
 * `verification_result` (typed as a string: sent here as "true" / "false") and `result`.
 */
export function identityAnswer(fields: Map<string, string>, shape: IdentityShape, faceImage?: FaceScene | 'missing'): FaceAnswer {
	const missing = ['nik', 'name', 'date_of_birth'].filter((name) => !fields.get(name)?.trim());
	if (faceImage === 'missing') missing.push('face_image');
	if (missing.length > 0 || faceImage === 'missing') return badRequest(`${missing.join(', ')} required`, shape);
	const face = faceImage;
	if (!DAY_FIRST_DATE.test(fields.get('date_of_birth')!.trim())) return badRequest('date_of_birth must be dd-mm-yyyy', shape);

	const resident = RESIDENTS[fields.get('nik')!.trim()];
	// The face endpoint judges only NIK, name and date of birth (the record lists no other part for it).
	const judged = face ? (['nik', 'name', 'date_of_birth'] as const) : IDENTITY_FIELDS;
	const data: Record<string, boolean | number | null> = {};
	for (const field of judged) {
		const given = fields.get(field);
		data[field] = field === 'nik' ? resident !== undefined : !resident || given === undefined || given.trim() === '' ? null : normalise(field, given) === normalise(field, resident[field]);
	}
	let faceMatches = true;
	let faceProblem = '';
	if (face) {
		const percentage = !resident || face.faces !== 1 ? null : face.person === resident.face ? OWN_FACE_PERCENTAGE : OTHER_FACE_PERCENTAGE;
		data.face_image_percentage = percentage;
		faceMatches = percentage !== null && percentage >= FACE_THRESHOLD;
		if (resident && face.faces !== 1) faceProblem = face.faces === 0 ? 'Face not detected' : 'Too many faces detected';
	}
	const verified = resident !== undefined && Object.values(data).every((value) => value !== false) && faceMatches;
	const reason = !resident ? 'NIK not found' : faceProblem || (verified ? 'Verification Success' : 'Data not match');
	const fieldsKey = shape === 'goSdk' || face ? 'result' : 'data';
	return { httpStatus: 200, body: { [statusKey(shape)]: shape === 'goSdk' ? String(verified) : verified, reason, [fieldsKey]: data } };
}
