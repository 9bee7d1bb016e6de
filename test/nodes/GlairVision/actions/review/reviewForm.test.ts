import { tryToParseJsonToFormFields, type IDataObject, type INodeExecutionData } from 'n8n-workflow';

import { BPKB_FIELDS } from '../../../../helpers/bpkbSpec';
import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { only, readParameters } from '../../../../helpers/readParameters';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import sampleAnswer from '../../../../sandbox/fixtures/bpkb-sample-response.json';

const suite = useSandbox();

type Answer = typeof sampleAnswer;
const REVIEWED_BY = { fieldLabel: 'Reviewed By', fieldType: 'text', placeholder: 'Your name', requiredField: false };

/** The vendor's sample, changed, as GLAIR's answer to the next upload of `file`. */
function answerWith(change: (body: Answer) => void, file = 'bpkb-sample.pdf') {
	const body = JSON.parse(JSON.stringify(sampleAnswer)) as Answer;
	change(body);
	suite.sandbox.script(file, [{ kind: 'raw', status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }]);
}

async function needsReview(parameters: IDataObject, file = 'bpkb-sample.pdf', resource = 'bpkb'): Promise<INodeExecutionData['json']> {
	const result = await runGlairVision({ parameters: readParameters(resource, parameters), credentials: suite.credentials, documents: [itemWith(sample(file))] });
	return only(result.byOutput['Needs Review']).json;
}

/** The item's review_fields and the form as n8n's Form node parses its JSON. */
function reviewOf(json: INodeExecutionData['json']) {
	return { fields: JSON.parse(String(json.review_fields || '[]')) as IDataObject[], form: tryToParseJsonToFormFields(String(json.review_form)) };
}

describe('A Needs Review item says what a person must look at: review_fields and review_form', () => {
	it('a low confidence: each doubtful column with its label, value, confidence and why; the form prefilled with the value read', async () => {
		const json = await needsReview({ options: { reviewBelowConfidence: 87 } });
		const { fields, form } = reviewOf(json);
		expect(fields).toEqual([
			{ column: 'nama_apm', label: 'Importer / Assembler (Nama APM)', value: 'PT ISUZU ASTRA MOTOR INDONESIA', confidence: 84.31, reasons: ['read with 84.31% confidence, below 87%'] },
			{ column: 'diterbitkan_oleh', label: 'Issued By (Diterbitkan Oleh)', value: 'SATLANTAS POLRES TEGAL KOTA', confidence: 86.09, reasons: ['read with 86.09% confidence, below 87%'] },
		]);
		expect(form).toEqual([
			{
				fieldLabel: 'Importer / Assembler (Nama APM) — read with 84.31% confidence, below 87%',
				fieldType: 'text',
				defaultValue: 'PT ISUZU ASTRA MOTOR INDONESIA',
				placeholder: 'PT ISUZU ASTRA MOTOR INDONESIA',
				requiredField: false,
			},
			{
				fieldLabel: 'Issued By (Diterbitkan Oleh) — read with 86.09% confidence, below 87%',
				fieldType: 'text',
				defaultValue: 'SATLANTAS POLRES TEGAL KOTA',
				placeholder: 'SATLANTAS POLRES TEGAL KOTA',
				requiredField: false,
			},
			REVIEWED_BY,
		]);
		// Only the doubtful columns: no other value of the document is in the form.
		expect(JSON.stringify(form)).not.toContain('CV. SAHABAT ANUGERAH SEJAHTERA');
		expect(Object.keys(json).slice(0, 6)).toEqual(['outcome', 'reason', 'review_reasons', 'review_fields', 'review_form', 'warnings']);
	});

	it('a failed field check: the column it names, with the check’s words', async () => {
		answerWith((body) => (body.read.identitas_kendaraan.nomor_rangka.value = 'MHCPHR54CRJ54O957'));
		const { fields, form } = reviewOf(await needsReview({ options: { reviewOnWarnings: true } }));
		expect(fields).toEqual([
			expect.objectContaining({ column: 'nomor_rangka', value: 'MHCPHR54CRJ54O957', reasons: [expect.stringMatching(/^a VIN .*O.*/)] }),
		]);
		expect(form[0]).toMatchObject({ fieldLabel: expect.stringMatching(/^Chassis Number \/ VIN \(Nomor Rangka\) — a VIN /), defaultValue: 'MHCPHR54CRJ54O957' });
	});

	it('a page read poorly: its fields that were not read, empty, "not read" as placeholder', async () => {
		const vehicle = BPKB_FIELDS.filter((field) => field.section === 'identitas_kendaraan').map((field) => field.key);
		answerWith((body) => {
			const page = body.read.identitas_kendaraan as Record<string, { value: string }>;
			for (const key of vehicle.slice(3)) page[key].value = '';
		});
		const { fields, form } = reviewOf(await needsReview({}));
		expect(fields.map((field) => field.column)).toEqual(vehicle.slice(3));
		expect(fields[0]).toMatchObject({ value: '', reasons: ['not read: only 3 of 14 fields were read on the page Vehicle Identity (Identitas Kendaraan)'] });
		expect(form[0]).toMatchObject({ defaultValue: '', placeholder: 'not read' });
		expect(form).toHaveLength(vehicle.length - 3 + 1);
	});

	it('nothing read: every field, to be typed in', async () => {
		answerWith((body) => {
			for (const page of Object.values(body.read)) for (const reading of Object.values(page as Record<string, { value: string }>)) reading.value = '';
		});
		const { fields, form } = reviewOf(await needsReview({}));
		expect(fields.map((field) => field.column)).toEqual(BPKB_FIELDS.map((field) => field.key));
		expect(form).toHaveLength(BPKB_FIELDS.length + 1);
	});

	it('GLAIR doubts the picture is a BPKB: the fields not read, and the reason in words', async () => {
		const json = await needsReview({}, 'not-a-bpkb.png');
		expect(json.review_reasons).toMatch(/may not be a BPKB/);
		expect(reviewOf(json).fields[0].reasons).toEqual([expect.stringMatching(/^not read: GLAIR said ".*": this may not be a BPKB$/)]);
	});

	it('a quality flag: a Yes / No field, Yes as read', async () => {
		const { fields, form } = reviewOf(await needsReview({ options: { checkImageQuality: true } }, 'ktp-photocopy.png', 'ktp'));
		expect(fields).toEqual([
			{ column: 'quality_photocopy', label: 'Image Quality: photocopy', value: true, confidence: null, reasons: ['the picture is a photocopy, not the card itself'] },
		]);
		expect(form).toEqual([
			{
				fieldLabel: 'Image Quality: photocopy — the picture is a photocopy, not the card itself. Is that right?',
				fieldType: 'dropdown',
				fieldOptions: { values: [{ option: 'Yes' }, { option: 'No' }] },
				defaultValue: 'Yes',
				requiredField: true,
			},
			REVIEWED_BY,
		]);
	});

	it('a note of the read (a file of the book not read) concerns the whole book: no field, only who reviewed', async () => {
		suite.sandbox.script('bpkb-sample.pdf', [{ kind: 'envelope', status: 'FAILED' }]);
		const result = await runGlairVision({
			parameters: readParameters('bpkb', { binaryPropertyName: 'attachment_*', options: { combineFiles: true } }),
			credentials: suite.credentials,
			documents: [{ files: { attachment_0: sample('bpkb-photo-1.jpg'), attachment_1: sample('bpkb-sample.pdf') } }],
		});
		const json = only(result.byOutput['Needs Review']).json;
		expect(json.review_reasons).toMatch(/bpkb-sample\.pdf could not be read/);
		expect(json.review_fields).not.toContain('bpkb-sample.pdf');
		expect(reviewOf(json).form.at(-1)).toEqual(REVIEWED_BY);
	});

	it('two files of one book that disagree on what identifies it: that column, with both values, prefilled with the one merged', async () => {
		const result = await runGlairVision({
			parameters: readParameters('bpkb', { binaryPropertyName: 'attachment_*', options: { combineFiles: true } }),
			credentials: suite.credentials,
			documents: [{ files: { attachment_0: sample('vehicle-file/bpkb.pdf', { fileName: 'book-a.pdf' }), attachment_1: sample('vehicle-file/bpkb-other-owner.pdf', { fileName: 'book-b.pdf' }) } }],
		});
		const json = only(result.byOutput['Needs Review']).json;
		const { fields, form } = reviewOf(json);
		expect(fields).toEqual([
			{
				column: 'no_ktp_tdp',
				label: expect.any(String),
				value: json.no_ktp_tdp,
				confidence: expect.any(Number),
				reasons: ['the files disagree: "3299994508900001" vs "3299991107850003"'],
			},
		]);
		expect(form[0]).toMatchObject({ fieldLabel: `${String(fields[0].label)} — the files disagree: "3299994508900001" vs "3299991107850003"`, defaultValue: json.no_ktp_tdp });
		expect(form.at(-1)).toEqual(REVIEWED_BY);
	});

	it('nested output: review_fields and review_form are lists; Success leaves them empty', async () => {
		const json = await needsReview({ output: 'nested', options: { reviewBelowConfidence: 87 } });
		expect(json.review_fields).toEqual([expect.objectContaining({ column: 'nama_apm', confidence: 84.31 }), expect.objectContaining({ column: 'diterbitkan_oleh' })]);
		expect(tryToParseJsonToFormFields(JSON.stringify(json.review_form))).toHaveLength(3);
		const success = await runGlairVision({ parameters: readParameters('bpkb'), credentials: suite.credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });
		expect(only(success.byOutput.Success).json).toMatchObject({ review_reasons: '', review_fields: '', review_form: '' });
	});
});
