import type { IDataObject } from 'n8n-workflow';

import { itemWith, sample } from '../../../../helpers/documents';
import { only, readParameters } from '../../../../helpers/readParameters';
import type { ParsedFormField } from '../../../../helpers/reviewForm.node';
import { runReviewLoop } from '../../../../helpers/reviewLoop';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import sampleAnswer from '../../../../sandbox/fixtures/bpkb-sample-response.json';

const suite = useSandbox();

const APM = 'PT ISUZU ASTRA MOTOR INDONESIA';
const ISSUER = 'SATLANTAS POLRES TEGAL KOTA';
const MISREAD_VIN = 'MHCPHR54CRJ54O957';

/** A person at the form: types `answers` into the fields whose label starts with a key, leaves the rest as shown. */
const person =
	(answers: Record<string, string>, name = 'Dewi') =>
	(field: ParsedFormField) => {
		if (field.fieldLabel === 'Reviewed By') return name;
		const typed = Object.entries(answers).find(([label]) => field.fieldLabel.startsWith(`${label} — `));
		return typed ? typed[1] : (field.defaultValue ?? '');
	};

function misreadVin() {
	const body = JSON.parse(JSON.stringify(sampleAnswer)) as typeof sampleAnswer;
	body.read.identitas_kendaraan.nomor_rangka.value = MISREAD_VIN;
	suite.sandbox.script('bpkb-sample.pdf', [{ kind: 'raw', status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }]);
}

async function loop(read: IDataObject, review: IDataObject, answer: ReturnType<typeof person>, file = 'bpkb-sample.pdf', resource = 'bpkb') {
	return await runReviewLoop({
		read: readParameters(resource, read),
		review: { resource, correctionsField: 'data', ...review },
		credentials: suite.credentials,
		documents: [itemWith(sample(file))],
		answer,
	});
}

describe('Apply Review: the person’s answers written into the read, checked and routed again', () => {
	it('corrects a column whose answer differs, confirms one left as shown, records who and when, and lands on Success', async () => {
		const result = await loop({ options: { reviewBelowConfidence: 87 } }, { options: { reviewBelowConfidence: 87 } }, person({ 'Importer / Assembler (Nama APM)': 'PT ISUZU ASTRA MOTOR INDONESIA TBK' }));
		expect(result.error).toBeUndefined();
		const read = only(result.read['Needs Review']);
		expect(result.reviewOutputs).toEqual(['Success', 'Needs Review', 'Not Read']);
		const item = only(result.review.Success);
		expect(item.json).toMatchObject({
			outcome: 'SUCCESS',
			reason: 'Reviewed by Dewi: 1 corrected, 1 confirmed',
			reviewed: true,
			review_corrected: `nama_apm: "${APM}" -> "PT ISUZU ASTRA MOTOR INDONESIA TBK"`,
			review_confirmed: 'diterbitkan_oleh',
			reviewed_by: 'Dewi',
			reviewed_at: '2026-12-07T03:04:05.000Z',
			review_reasons: '',
			review_fields: '',
			review_form: '',
			nama_apm: 'PT ISUZU ASTRA MOTOR INDONESIA TBK',
			diterbitkan_oleh: ISSUER,
			file_sha256: read.json.file_sha256,
			status: 'SUCCESS',
		});
		expect(Object.keys(item.json).slice(0, 7)).toEqual(['outcome', 'reason', 'reviewed', 'review_corrected', 'review_confirmed', 'reviewed_by', 'reviewed_at']);
		// The answers are in the record, not left on the row; the scan goes on; GLAIR was asked once, by Read.
		expect(item.json).not.toHaveProperty('data');
		expect(Object.keys(item.binary ?? {})).toEqual(['data']);
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(suite.sandbox.requests).toHaveLength(1);
		// Every other column is the read's, in the read's order.
		const rest = (json: IDataObject) => Object.keys(json).filter((key) => !key.startsWith('review') && !['outcome', 'reason', 'nama_apm'].includes(key));
		expect(rest(item.json)).toEqual(rest(read.json));
	});

	it('confirms every column left as shown: nothing corrected, on Success', async () => {
		const result = await loop({ options: { reviewBelowConfidence: 87 } }, { options: { reviewBelowConfidence: 87 } }, person({}, ''));
		expect(only(result.review.Success).json).toMatchObject({
			reason: 'Reviewed: 0 corrected, 2 confirmed',
			review_corrected: '',
			review_confirmed: 'nama_apm, diterbitkan_oleh',
			reviewed_by: '',
			nama_apm: APM,
		});
	});

	it('a correction that still fails a check goes back to Needs Review with the new reason, a new form and the companions of the new value', async () => {
		misreadVin();
		const result = await loop({ options: { reviewOnWarnings: true } }, { options: { reviewOnWarnings: true } }, person({ 'Chassis Number / VIN (Nomor Rangka)': 'MHCPHR54CRJ54095' }));
		const item = only(result.review['Needs Review']);
		expect(result.review.Success).toHaveLength(0);
		expect(item.json).toMatchObject({
			outcome: 'NEEDS_REVIEW',
			reason: 'Reviewed by Dewi (1 corrected, 0 confirmed); still needs review',
			review_corrected: `nomor_rangka: "${MISREAD_VIN}" -> "MHCPHR54CRJ54095"`,
			nomor_rangka: 'MHCPHR54CRJ54095',
			// The read's suggestion was for the misread value; the new one has no letter to fix.
			nomor_rangka_suggested: '',
		});
		expect(item.json.review_reasons).toMatch(/^nomor_rangka: a VIN has 17 characters, this has 16/);
		expect(item.json.warnings).toBe(item.json.review_reasons);
		const form = JSON.parse(String(item.json.review_form)) as IDataObject[];
		expect(form[0]).toMatchObject({ fieldLabel: expect.stringMatching(/^Chassis Number \/ VIN \(Nomor Rangka\) — a VIN has 17 characters/), defaultValue: 'MHCPHR54CRJ54095' });

		// The second round, on the item as it is: corrected right, it lands on Success, the record keeping both rounds.
		const second = await runReviewLoop({
			review: { options: { reviewOnWarnings: true } },
			documents: [{ json: { ...item.json, data: { [String(form[0].fieldLabel)]: 'MHCPHR54CRJ540957', 'Reviewed By': 'Budi' } } }],
		});
		expect(only(second.review.Success).json).toMatchObject({
			reason: 'Reviewed by Budi: 1 corrected, 0 confirmed',
			review_corrected: `nomor_rangka: "${MISREAD_VIN}" -> "MHCPHR54CRJ54095"; nomor_rangka: "MHCPHR54CRJ54095" -> "MHCPHR54CRJ540957"`,
			reviewed_by: 'Budi',
			nomor_rangka: 'MHCPHR54CRJ540957',
			warnings: '',
		});
	});

	it('nested output: the value corrected in place, the record as lists', async () => {
		const result = await loop(
			{ output: 'nested', options: { reviewBelowConfidence: 87 } },
			{ options: { reviewBelowConfidence: 87 } },
			person({ 'Issued By (Diterbitkan Oleh)': 'SATLANTAS POLRES TEGAL' }),
		);
		const item = only(result.review.Success);
		const read = item.json.read as Record<string, Record<string, IDataObject>>;
		expect(read.halaman_terakhir.diterbitkan_oleh).toMatchObject({ value: 'SATLANTAS POLRES TEGAL', confidence: 86.09 });
		expect(item.json).toMatchObject({
			review_corrected: [{ column: 'diterbitkan_oleh', old: ISSUER, new: 'SATLANTAS POLRES TEGAL' }],
			review_confirmed: ['nama_apm'],
			review_reasons: [],
			review_fields: [],
			review_form: [],
		});
	});

	it('a quality flag the person says is wrong is corrected to false, and the read goes on', async () => {
		const result = await loop(
			{ options: { checkImageQuality: true } },
			{},
			(field) => (field.fieldLabel.startsWith('Image Quality: photocopy') ? 'No' : ''),
			'ktp-photocopy.png',
			'ktp',
		);
		expect(only(result.review.Success).json).toMatchObject({ quality_photocopy: false, review_corrected: 'quality_photocopy: true -> false' });
	});

	it('two files of one book that disagree: the person says which NIK is right, and the book lands on Success', async () => {
		const result = await runReviewLoop({
			read: readParameters('bpkb', { binaryPropertyName: 'attachment_*', options: { combineFiles: true } }),
			review: { correctionsField: 'data' },
			credentials: suite.credentials,
			documents: [{ files: { attachment_0: sample('vehicle-file/bpkb.pdf', { fileName: 'book-a.pdf' }), attachment_1: sample('vehicle-file/bpkb-other-owner.pdf', { fileName: 'book-b.pdf' }) } }],
			answer: (field) => (field.fieldLabel.includes('the files disagree') ? '3299991107850003' : ''),
		});
		const read = only(result.read['Needs Review']).json;
		expect(read).toMatchObject({ no_ktp_tdp: '3299994508900001', review_reasons: expect.stringMatching(/^no_ktp_tdp: the files disagree/) });
		expect(only(result.review.Success).json).toMatchObject({
			outcome: 'SUCCESS',
			no_ktp_tdp: '3299991107850003',
			review_reasons: '',
			// The merge kept the first file's NIK; the person chose the second's.
			review_corrected: 'no_ktp_tdp: "3299994508900001" -> "3299991107850003"',
		});
	});

	it('an unanswered doubtful column stays doubtful, with the confidence the read recorded', async () => {
		const result = await loop({ options: { reviewBelowConfidence: 87 } }, { options: { reviewBelowConfidence: 87 } }, (field) =>
			field.fieldLabel.startsWith('Issued By') ? ISSUER : (null as unknown as string),
		);
		const item = only(result.review['Needs Review']);
		expect(item.json.review_reasons).toBe('confidence below 87%: nama_apm (84.31%)');
		expect(item.json.review_confirmed).toBe('diterbitkan_oleh');
	});
});

describe('Apply Review: an item it cannot take goes to Not Read, saying what to do, and the others still run', () => {
	it('no answers, no read, raw output: each its own message; a good item beside them is applied', async () => {
		const first = await loop({ options: { reviewBelowConfidence: 87 } }, { options: { reviewBelowConfidence: 87 } }, person({}));
		const good = only(first.read['Needs Review']).json;
		const result = await runReviewLoop({
			review: {},
			documents: [
				{ json: good },
				{ json: { ...good, data: { 'Importer / Assembler (Nama APM) — read with 84.31% confidence, below 87%': APM } } },
				{ json: { reason: 'x', status: 'FAILED', data: {} } },
				{ json: { ...good, response: {}, data: {} } },
				{ json: { ...good, data: { 'Some other form': 'x' } } },
			],
		});
		expect(result.error).toBeUndefined();
		expect(result.review.Success.map((item) => item.pairedItem)).toEqual([{ item: 1 }]);
		const refused = result.review['Not Read'];
		expect(refused.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 2 }, { item: 3 }, { item: 4 }]);
		expect(refused[0].json.reason).toMatch(/^This item has no answers under "data"\. .*Merge node/);
		expect(refused[1].json.reason).toMatch(/^This item is not a BPKB read to review \(status "FAILED"\)/);
		expect(refused[2].json.reason).toMatch(/Output Raw/);
		expect(refused[3].json.reason).toMatch(/^None of the answers under "data" names a column this item's review asked about \(nama_apm, diterbitkan_oleh\)/);
		// The item goes on as it came, so nothing of it is lost.
		expect(refused[0].json).toMatchObject({ outcome: 'NOT_READ', file_sha256: good.file_sha256, nama_apm: APM });
	});

	it('an item of another document says which', async () => {
		const result = await runReviewLoop({ review: { resource: 'stnk' }, documents: [{ json: { status: 'SUCCESS', nama_apm: 'x', data: {} } }] });
		expect(only(result.review['Not Read']).json.reason).toMatch(/^This item has no nomor_stnk, polda_penerbitan, nomor_registrasi column: it is not a STNK read/);
	});
});
