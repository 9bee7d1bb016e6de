import { tryToParseJsonToFormFields, type IDataObject, type INodePropertyOptions } from 'n8n-workflow';

import { GlairVision } from '../../../../../nodes/GlairVision/GlairVision.node';

import { runGlairVision } from '../../../../helpers/engine';
import { only } from '../../../../helpers/readParameters';
import type { ParsedFormField } from '../../../../helpers/reviewForm.node';
import { runReviewLoop } from '../../../../helpers/reviewLoop';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import { VEHICLE_FILE_SETS, vehicleFileItem } from '../../../../helpers/vehicleFile';

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

	it('is offered in the Operation list of the vehicle file, not of the applicant file (not taken yet)', () => {
		const operationsOf = (resource: string) =>
			(new GlairVision().description.properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource))!.options as INodePropertyOptions[]).map((option) => option.value);
		expect(operationsOf('vehicleFile')).toEqual(['applyReview', 'verify']);
		expect(operationsOf('applicantFile')).toEqual(['verify']);
	});

	it('an applicant file, whose verdict rests on calls and a selfie besides its documents, is not taken yet: Not Read saying so', async () => {
		const result = await runReviewLoop({
			review: { resource: 'applicantFile' },
			documents: [{ json: { verdict: 'REVIEW', reason: 'x', ktp_status: 'SUCCESS', ktp_reason: '', data: { 'Reviewed By': 'Dewi' } } }],
		});
		expect(only(result.review['Not Read']).json.reason).toMatch(/^Apply Review does not correct a .* yet: its verdict rests on calls and pictures besides its documents\./);
	});
});
