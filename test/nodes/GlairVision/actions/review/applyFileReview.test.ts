import { tryToParseJsonToFormFields, type IDataObject, type INodePropertyOptions } from 'n8n-workflow';

import { GlairVision } from '../../../../../nodes/GlairVision/GlairVision.node';

import { runGlairVision } from '../../../../helpers/engine';
import { only } from '../../../../helpers/readParameters';
import type { ParsedFormField } from '../../../../helpers/reviewForm.node';
import { runReviewLoop } from '../../../../helpers/reviewLoop';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import { VEHICLE_FILE_SETS, vehicleFileItem } from '../../../../helpers/vehicleFile';
import { APPLICANT_SETS, applicantItem, type ApplicantSet } from '../../../../helpers/applicantFile';
import ktpAnswer from '../../../../sandbox/fixtures/ktp-sample-response.json';

const suite = useSandbox();

const BPKB_VIN = 'MHZSPX15ME0000123';
const STNK_VIN = 'MHZSPX15ME0000124';
const VERIFY = { resource: 'vehicleFile', operation: 'verify' };

/** A person at the file's form: types `answers` into the fields whose label starts with a key, leaves the rest as shown. */
const person = (answers: Record<string, string>) => (field: ParsedFormField) => {
	if (field.fieldLabel === 'Reviewed By') return 'Dewi';
	const typed = Object.entries(answers).find(([label]) => field.fieldLabel.startsWith(`${label} — `));
	return typed ? typed[1] : (field.defaultValue ?? '');
};

async function loop(answer: ReturnType<typeof person>, output = 'flattened') {
	return await runReviewLoop({
		read: { ...VERIFY, output },
		review: { resource: 'vehicleFile' },
		credentials: suite.credentials,
		documents: [vehicleFileItem(VEHICLE_FILE_SETS.stnkOtherChassis)],
		answer,
	});
}

describe('A vehicle file on Needs Review says what a person must look at', () => {
	it('the columns of the cross-check that differs, labelled with their document, prefilled with the values read', async () => {
		const result = await runGlairVision({ parameters: VERIFY, credentials: suite.credentials, documents: [vehicleFileItem(VEHICLE_FILE_SETS.stnkOtherChassis)] });
		const json = only(result.byOutput['Needs Review']).json;
		expect(json.verdict).toBe('MISMATCH');
		const fields = JSON.parse(String(json.review_fields)) as IDataObject[];
		expect(fields.map((field) => [field.column, field.value])).toEqual([
			['bpkb_nomor_rangka', BPKB_VIN],
			['stnk_nomor_rangka', STNK_VIN],
			['stnk_pajak_nomor_rangka', STNK_VIN],
		]);
		expect(fields[0]).toMatchObject({ label: 'BPKB: Chassis Number / VIN (Nomor Rangka)', confidence: expect.any(Number), reasons: [expect.stringMatching(/^nomor_rangka: BPKB "MHZSPX15ME0000123" vs STNK/)] });
		const form = tryToParseJsonToFormFields(String(json.review_form));
		expect(form.map((field) => field.defaultValue)).toEqual([BPKB_VIN, STNK_VIN, STNK_VIN, undefined]);
		expect(form[1].fieldLabel).toMatch(/^STNK: .* — nomor_rangka: BPKB/);
		// The file asks; its documents do not each carry a form of their own.
		expect(Object.keys(json).filter((key) => /_review_(fields|form)$/.test(key))).toEqual([]);
	});

	it('a consistent file has empty review columns; Output Summary has none', async () => {
		const consistent = await runGlairVision({ parameters: VERIFY, credentials: suite.credentials, documents: [vehicleFileItem(VEHICLE_FILE_SETS.consistent)] });
		expect(only(consistent.byOutput.Success).json).toMatchObject({ verdict: 'CONSISTENT', review_fields: '', review_form: '' });
		const summary = await runGlairVision({ parameters: { ...VERIFY, output: 'summary' }, credentials: suite.credentials, documents: [vehicleFileItem(VEHICLE_FILE_SETS.stnkOtherChassis)] });
		expect(only(summary.byOutput['Needs Review']).json).not.toHaveProperty('review_form');
	});
});

describe('Apply Review on a vehicle file: the corrections written into its documents, its cross-checks run again', () => {
	it('the misread chassis corrected: the file is consistent, on Success, the record naming the document’s column', async () => {
		const result = await loop(person({ 'BPKB: Chassis Number / VIN (Nomor Rangka)': STNK_VIN }));
		expect(result.error).toBeUndefined();
		expect(result.reviewOutputs).toEqual(['Success', 'Needs Review', 'Not Read']);
		const item = only(result.review.Success);
		expect(item.json).toMatchObject({
			outcome: 'SUCCESS',
			verdict: 'CONSISTENT',
			reason: 'Reviewed by Dewi: 1 corrected, 2 confirmed',
			review_corrected: `bpkb_nomor_rangka: "${BPKB_VIN}" -> "${STNK_VIN}"`,
			review_confirmed: 'stnk_nomor_rangka, stnk_pajak_nomor_rangka',
			mismatches: '',
			match_nomor_rangka: 'match',
			bpkb_nomor_rangka: STNK_VIN,
			review_fields: '',
			review_form: '',
		});
		expect(Object.keys(item.json).slice(0, 3)).toEqual(['outcome', 'verdict', 'reason']);
		// GLAIR was asked three times, by Verify; Apply Review sent nothing.
		expect(suite.sandbox.requests).toHaveLength(3);
	});

	it('every value confirmed: the documents still disagree, back on Needs Review with the same question', async () => {
		const result = await loop(person({}));
		const item = only(result.review['Needs Review']);
		expect(item.json).toMatchObject({ verdict: 'MISMATCH', match_nomor_rangka: 'mismatch', review_corrected: '' });
		expect(item.json.reason).toMatch(/^Reviewed by Dewi \(0 corrected, 3 confirmed\); The documents disagree: nomor_rangka: /);
		expect(JSON.parse(String(item.json.review_fields)).map((field: IDataObject) => field.column)).toEqual(['bpkb_nomor_rangka', 'stnk_nomor_rangka', 'stnk_pajak_nomor_rangka']);
	});

	it('nested: the value corrected in its document, the checks run again', async () => {
		const result = await loop(person({ 'BPKB: Chassis Number / VIN (Nomor Rangka)': STNK_VIN }), 'nested');
		const item = only(result.review.Success);
		const documents = item.json.documents as Record<string, { read: Record<string, Record<string, IDataObject>> }>;
		expect(documents.bpkb.read.identitas_kendaraan.nomor_rangka.value).toBe(STNK_VIN);
		expect(item.json).toMatchObject({ verdict: 'CONSISTENT', mismatches: [], review_corrected: [{ column: 'bpkb_nomor_rangka', old: BPKB_VIN, new: STNK_VIN }] });
		expect((item.json.checks as IDataObject[]).find((check) => check.field === 'nomor_rangka')).toMatchObject({ result: 'match' });
	});

	it('Output Summary, or a file with a document not read, goes to Not Read saying what to do', async () => {
		const result = await runReviewLoop({
			review: { resource: 'vehicleFile' },
			documents: [
				{ json: { verdict: 'MISMATCH', reason: 'x', bpkb_status: 'SUCCESS', bpkb_file_name: 'b.pdf', data: {} } },
				{ json: { verdict: 'NOT_READ', reason: 'STNK not read', data: {} } },
			],
		});
		const [summary, unread] = result.review['Not Read'];
		expect(summary.json.reason).toMatch(/Output Summary, which holds no document's columns/);
		expect(unread.json.reason).toMatch(/^This item is not a vehicle file to review \(verdict "NOT_READ"\)/);
	});
});

describe('Apply Review on an applicant: document columns corrected, the checks a person decides recorded, no call made again', () => {
	const KEEP = 'Keep as failed';
	const VERIFIED_IN_PERSON = 'A person verified it in person';
	const FACE_MATCH = "Face Match (the KTP's photo vs the selfie)";
	const verifyApplicant = (output = 'flattened', options: IDataObject = {}) => ({ resource: 'applicantFile', operation: 'verify', output, options: { retryDelay: 0.01, maxRetries: 0, includeBinary: false, ...options } });
	const applicantLoop = async (set: ApplicantSet, answer: ReturnType<typeof person>, output = 'flattened', options: IDataObject = {}) =>
		await runReviewLoop({ read: verifyApplicant(output, options), review: { resource: 'applicantFile' }, credentials: suite.credentials, documents: [applicantItem(set, { application: 'A-7' })], answer });

	it('is offered in the Operation list of both files', () => {
		const operationsOf = (resource: string) =>
			(new GlairVision().description.properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource))!.options as INodePropertyOptions[]).map((option) => option.value);
		expect(operationsOf('vehicleFile')).toEqual(['applyReview', 'verify']);
		expect(operationsOf('applicantFile')).toEqual(['applyReview', 'verify']);
	});

	it('on Needs Review, a failed call is a check to decide: a dropdown kept as failed unless the person says otherwise', async () => {
		const result = await runGlairVision({ parameters: verifyApplicant(), credentials: suite.credentials, documents: [applicantItem(APPLICANT_SETS.otherPersonSelfie)] });
		const json = only(result.byOutput['Needs Review']).json;
		expect(JSON.parse(String(json.review_fields))).toEqual([
			{ column: 'check_face_match', label: FACE_MATCH, value: KEEP, confidence: null, reasons: [expect.stringMatching(/^face_match: the faces do not match/)], options: [KEEP, VERIFIED_IN_PERSON] },
		]);
		const [decision, reviewedBy] = tryToParseJsonToFormFields(String(json.review_form));
		expect(decision).toMatchObject({ fieldType: 'dropdown', defaultValue: KEEP, requiredField: true, fieldOptions: { values: [{ option: KEEP }, { option: VERIFIED_IN_PERSON }] } });
		expect(decision.fieldLabel).toMatch(/^Face Match \(the KTP's photo vs the selfie\) — face_match: the faces do not match/);
		expect(reviewedBy.fieldLabel).toBe('Reviewed By');
	});

	it("another person's selfie verified in person: VERIFIED on Success, the decision recorded, the call's columns as they came", async () => {
		const result = await applicantLoop(APPLICANT_SETS.otherPersonSelfie, person({ [FACE_MATCH]: VERIFIED_IN_PERSON }));
		expect(result.error).toBeUndefined();
		const item = only(result.review.Success);
		expect(item.json).toMatchObject({
			outcome: 'SUCCESS',
			verdict: 'VERIFIED',
			reason: 'Reviewed by Dewi: 1 corrected, 0 confirmed',
			reviewed: true,
			review_corrected: `check_face_match: "${KEEP}" -> "${VERIFIED_IN_PERSON}"`,
			reviewed_by: 'Dewi',
			reviewed_at: '2026-12-07T03:04:05.000Z',
			reasons: '',
			check_face_match: 'pass',
			face_match_status_code: 'NOT_MATCH',
			check_liveness: 'pass',
			check_ktp_quality: 'pass',
			check_npwp_holder: 'pass',
			application: 'A-7',
			review_fields: '',
			review_form: '',
		});
		// GLAIR was asked by Verify only (the reads, the face match, liveness); Apply Review sent nothing.
		expect(suite.sandbox.requests.map((request) => request.path).filter((path) => path.startsWith('/face/'))).toEqual(expect.arrayContaining(['/face/v1/match', '/face/v1/passive-liveness']));
		expect(suite.sandbox.requests.filter((request) => request.path === '/face/v1/match')).toHaveLength(1);
	});

	it('the decision left as failed: still REVIEW on Needs Review, the decision confirmed, the same check asked again', async () => {
		const result = await applicantLoop(APPLICANT_SETS.otherPersonSelfie, person({}));
		const item = only(result.review['Needs Review']);
		expect(item.json).toMatchObject({ verdict: 'REVIEW', check_face_match: 'fail', review_corrected: '', review_confirmed: 'check_face_match', reviewed_by: 'Dewi' });
		expect(item.json.reason).toMatch(/^Reviewed by Dewi \(0 corrected, 1 confirmed\); A person should review: face_match: the faces do not match/);
		expect(item.json.reasons).toMatch(/^face_match: the faces do not match/);
		expect(JSON.parse(String(item.json.review_fields)).map((field: IDataObject) => [field.column, field.value])).toEqual([['check_face_match', KEEP]]);
	});

	it("a name misread on the KTP: the KK's and the SIM's checks fail; the name corrected, they pass, VERIFIED", async () => {
		const misread = { ...ktpAnswer, read: { ...ktpAnswer.read, nama: { ...ktpAnswer.read.nama, value: 'DEWA SUSANTO', value_original: 'DEWA SUSANTO' } } };
		suite.sandbox.script('ktp-sample.png', [{ kind: 'raw', status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(misread) }]);
		const set = { ...APPLICANT_SETS.verified, files: { ...APPLICANT_SETS.verified.files, bpkb: undefined, stnk: undefined } };
		const result = await applicantLoop(set, person({ 'KTP: Name (Nama)': 'DEWI SPESIMEN FIKTIF' }), 'flattened', { checkKtpQuality: false });
		expect(only(result.read['Needs Review']).json).toMatchObject({ verdict: 'REVIEW', check_kk_member: 'fail', check_sim_nama: 'fail' });
		const item = only(result.review.Success);
		expect(item.json).toMatchObject({ verdict: 'VERIFIED', check_kk_member: 'pass', check_sim_nama: 'pass', ktp_nama: 'DEWI SPESIMEN FIKTIF', review_corrected: 'ktp_nama: "DEWA SUSANTO" -> "DEWI SPESIMEN FIKTIF"' });
	});

	it('a KK without the applicant is a check a person may decide besides the columns it read', async () => {
		const result = await applicantLoop(APPLICANT_SETS.kkWithoutApplicant, person({ "The KK Lists the Applicant (NIK, name, date of birth)": VERIFIED_IN_PERSON }));
		const asked = JSON.parse(String(result.read['Needs Review'][0].json.review_fields)) as IDataObject[];
		expect(asked.map((field) => field.column)).toEqual(['ktp_nik', 'ktp_nama', 'ktp_tanggal_lahir', 'check_kk_member']);
		expect(only(result.review.Success).json).toMatchObject({ verdict: 'VERIFIED', check_kk_member: 'pass', review_confirmed: 'ktp_nik, ktp_nama, ktp_tanggal_lahir' });
	});

	it('a photocopied KTP seen as the card itself by a person: the quality check passes in their words', async () => {
		const result = await applicantLoop(APPLICANT_SETS.photocopiedKtp, person({ 'KTP Image Quality (not a photocopy, not a photo of a screen)': VERIFIED_IN_PERSON }));
		expect(only(result.review.Success).json).toMatchObject({ verdict: 'VERIFIED', check_ktp_quality: 'pass', ktp_quality_photocopy: true, review_corrected: `check_ktp_quality: "${KEEP}" -> "${VERIFIED_IN_PERSON}"` });
	});

	it('a second review asks only what is left: the first decision stands, in its reviewer\'s name', async () => {
		const QUALITY = 'KTP Image Quality (not a photocopy, not a photo of a screen)';
		const both = { ...APPLICANT_SETS.otherPersonSelfie, files: { ...APPLICANT_SETS.otherPersonSelfie.files, ktp: APPLICANT_SETS.photocopiedKtp.files.ktp } };
		const first = only((await applicantLoop(both, person({ [QUALITY]: VERIFIED_IN_PERSON }))).review['Needs Review']).json;
		expect(first).toMatchObject({ verdict: 'REVIEW', check_ktp_quality: 'pass', check_face_match: 'fail', review_confirmed: 'check_face_match' });
		const second = await runReviewLoop({ review: { resource: 'applicantFile' }, documents: [{ json: { ...first, data: { check_face_match: VERIFIED_IN_PERSON, 'Reviewed By': 'Ana' } } }] });
		expect(only(second.review.Success).json).toMatchObject({
			verdict: 'VERIFIED',
			check_ktp_quality: 'pass',
			check_face_match: 'pass',
			reviewed_by: 'Ana',
			review_corrected: `check_ktp_quality: "${KEEP}" -> "${VERIFIED_IN_PERSON}"; check_face_match: "${KEEP}" -> "${VERIFIED_IN_PERSON}"`,
		});
	});

	it("nested: the calls, the KTP's picture grades and the KK's members taken from the nested item; the decision in the check's detail", async () => {
		const result = await applicantLoop(APPLICANT_SETS.otherPersonSelfie, person({ [FACE_MATCH]: VERIFIED_IN_PERSON }), 'nested');
		const item = only(result.review.Success);
		expect(item.json).toMatchObject({ verdict: 'VERIFIED', reasons: [], review_corrected: [{ column: 'check_face_match', old: KEEP, new: VERIFIED_IN_PERSON }], calls: { face_match: { face_match_status_code: 'NOT_MATCH' } } });
		const checks = item.json.checks as IDataObject[];
		const check = (column: string) => checks.find((each) => each.column === column);
		expect(check('check_face_match')).toMatchObject({ result: 'pass', detail: 'face_match: a person verified it in person (Dewi)', values: { face_match: { match_status_code: 'NOT_MATCH' } } });
		expect(check('check_liveness')).toMatchObject({ result: 'pass', detail: 'liveness: Liveness: LOW' });
		expect(check('check_ktp_quality')).toMatchObject({ result: 'pass' });
		expect(check('check_kk_member')).toMatchObject({ result: 'pass' });
	});

	it('an answer that is neither choice, or Output Summary, goes to Not Read saying what to do', async () => {
		const maybe = await applicantLoop(APPLICANT_SETS.otherPersonSelfie, person({ [FACE_MATCH]: 'Maybe' }));
		expect(only(maybe.review['Not Read']).json.reason).toBe(`The answer for "${FACE_MATCH}" must be "${KEEP}" or "${VERIFIED_IN_PERSON}", but it is "Maybe".`);
		const summary = await runReviewLoop({ review: { resource: 'applicantFile' }, documents: [{ json: { verdict: 'REVIEW', reason: 'x', ktp_status: 'SUCCESS', ktp_file_name: 'k.png', data: {} } }] });
		expect(only(summary.review['Not Read']).json.reason).toMatch(/^This item is Verify Applicant's Output Summary/);
	});
});
