import { BPKB_FIELDS, fieldsForPage, type BpkbPage } from '../../../../helpers/bpkbSpec';
import { bpkb } from '../../../../../nodes/GlairVision/documents/bpkb';
import { NOT_THIS_DOCUMENT_REASON } from '../../../../../nodes/GlairVision/documents/spec';
import { readingsFor } from '../../../../../nodes/GlairVision/engine/output/shape';
import { parseGlairAnswer } from '../../../../../nodes/GlairVision/engine/response/parseAnswer';
import type { DocumentReadings } from '../../../../../nodes/GlairVision/engine/response/readings';
import { reviewEnabled, reviewReasons as reasonsOf, type ReviewSettings } from '../../../../../nodes/GlairVision/engine/review/reviewReasons';
import sampleResponse from '../../../../sandbox/fixtures/bpkb-sample-response.json';

const OFF: ReviewSettings = { reviewPoorReads: false, reviewBelowConfidence: 0, reviewOnWarnings: false };
/** The defaults: only poor reads are reviewed. */
const POOR: ReviewSettings = { ...OFF, reviewPoorReads: true };

/** A failed check of one column, as the field checks give it. */
const warning = (text: string) => ({ columns: [text.split(': ')[0]], problem: text.split(': ').slice(1).join(': '), text });

/** The reasons' words, as review_reasons shows them. */
function reviewReasons(reason: string, read: DocumentReadings, page: BpkbPage | undefined, warnings: string[], settings: ReviewSettings) {
	return reasonsFor(reason, read, page, warnings, settings).map((each) => each.text);
}

function reasonsFor(reason: string, read: DocumentReadings, page: BpkbPage | undefined, warnings: string[], settings: ReviewSettings, reviewed?: ReadonlySet<string>) {
	const readings = readingsFor(bpkb, read, page);
	const fields = fieldsForPage(page);
	const pages = bpkb.sections
		.filter((section) => fields.some((field) => field.section === section.key))
		.map((section) => ({ label: section.label, readings: readings.filter((_, index) => fields[index].section === section.key) }));
	return reasonsOf(
		{ reason, notThisDocumentReason: NOT_THIS_DOCUMENT_REASON, shortName: bpkb.shortName, readings, pages, warnings: warnings.map(warning), reviewed },
		settings,
	);
}

const OWNER_PAGE = 'Owner Identity (Identitas Pemilik)';
const VEHICLE_PAGE = 'Vehicle Identity (Identitas Kendaraan)';

function sampleRead(): DocumentReadings {
	const reading = parseGlairAnswer(bpkb, 200, 'application/json', JSON.stringify(sampleResponse));
	if (reading.kind !== 'document') throw new Error('the sample must read as a document');
	return reading.read;
}

/** A read where the first `count` fields of `page` have a value at `confidence`. */
function readWith(count: number, confidence = 95, page?: BpkbPage): DocumentReadings {
	const read: DocumentReadings = {};
	fieldsForPage(page).forEach((field, index) => {
		const section = (read[field.section] ??= {});
		const value = index < count ? `V${index}` : '';
		section[field.key] = {
			value,
			value_original: value,
			confidence: index < count ? confidence : 0,
			confidence_text: 0,
			polygon: [],
			page_index: 0,
		};
	});
	return read;
}

describe('reviewEnabled', () => {
	it('is off only when poor reads, confidence and warnings are all off', () => {
		expect(reviewEnabled(OFF)).toBe(false);
	});

	it('is on at the defaults (poor reads), with a confidence above 0, or with review on warnings', () => {
		expect(reviewEnabled(POOR)).toBe(true);
		expect(reviewEnabled({ ...OFF, reviewBelowConfidence: 50 })).toBe(true);
		expect(reviewEnabled({ ...OFF, reviewOnWarnings: true })).toBe(true);
	});
});

describe('reviewReasons', () => {
	it('has nothing to say about a full, confident read', () => {
		expect(reviewReasons('File Successfully Read', readWith(30), undefined, [], POOR)).toEqual([]);
	});

	it("passes the vendor's sample with a modest confidence bar", () => {
		expect(reviewReasons('File Successfully Read', sampleRead(), undefined, [], { ...POOR, reviewBelowConfidence: 1 })).toEqual(
			[],
		);
	});

	it('flags "Some fields are invalid" (a picture that is not a BPKB), whatever its case', () => {
		const reason = 'File successfully read. Some fields are invalid.';
		expect(reviewReasons(reason, readWith(30), undefined, [], POOR)).toEqual([
			`GLAIR said "${reason}": this may not be a BPKB`,
		]);
		expect(reviewReasons('SOME FIELDS ARE INVALID', readWith(30), undefined, [], POOR)).toHaveLength(1);
	});

	it('flags each page read with fewer than half of its fields, naming the page', () => {
		// The owner page (10 fields) whole, then 4 of the vehicle page's 14.
		expect(reviewReasons('ok', readWith(14), undefined, [], POOR)).toEqual([`only 4 of 14 fields were read on the page ${VEHICLE_PAGE}`]);
		expect(reviewReasons('ok', readWith(1), undefined, [], POOR)).toEqual([`only 1 of 10 fields were read on the page ${OWNER_PAGE}`]);
	});

	it('takes a page with nothing read for a page that was not in the picture, not for a poor read', () => {
		// One page of the book photographed alone: its fields all read, the other pages empty.
		const vehiclePageOnly: DocumentReadings = { identitas_kendaraan: readWith(14, 95, 2).identitas_kendaraan };
		expect(reviewReasons('ok', vehiclePageOnly, undefined, [], POOR)).toEqual([]);
	});

	it('says so when no field at all was read', () => {
		expect(reviewReasons('ok', {}, undefined, [], POOR)).toEqual(['no field was read (0 of 30)']);
	});

	it('says nothing of poor reads when Review Poor Reads is off', () => {
		expect(reviewReasons('Some fields are invalid.', {}, undefined, [], OFF)).toEqual([]);
		expect(reviewReasons('ok', readWith(1), undefined, [], OFF)).toEqual([]);
	});

	it('does not flag a page with exactly half of its fields', () => {
		// The owner page whole, then 7 of the vehicle page's 14.
		expect(reviewReasons('ok', readWith(17), undefined, [], POOR)).toEqual([]);
	});

	it('counts a value of only spaces as not read', () => {
		const read = readWith(30);
		for (const field of BPKB_FIELDS.filter((each) => each.section === 'identitas_kendaraan').slice(0, 9)) read[field.section]![field.key].value = '  ';
		expect(reviewReasons('ok', read, undefined, [], POOR)).toEqual([`only 5 of 14 fields were read on the page ${VEHICLE_PAGE}`]);
	});

	it('counts only the requested page’s fields', () => {
		const page2 = readWith(7, 95, 2);
		expect(reviewReasons('ok', page2, 2, [], POOR)).toEqual([]);
		expect(reviewReasons('ok', readWith(1, 95, 4), 4, [], POOR)).toEqual([]);
		expect(reviewReasons('ok', readWith(0, 95, 4), 4, [], POOR)).toEqual(['no field was read (0 of 2)']);
	});

	it('does not add a field-count reason on top of "Some fields are invalid"', () => {
		expect(reviewReasons('Some fields are invalid.', {}, undefined, [], POOR)).toHaveLength(1);
	});

	it('lists the read fields below the confidence bar, with their confidence', () => {
		const read = readWith(30, 95);
		read.identitas_pemilik!.nama_pemilik.confidence = 42.5;
		read.halaman_terakhir!.no_register.confidence = 79.99;
		read.halaman_terakhir!.diterbitkan_oleh.confidence = 80;
		expect(reviewReasons('ok', read, undefined, [], { ...POOR, reviewBelowConfidence: 80 })).toEqual([
			'confidence below 80%: nama_pemilik (42.5%), no_register (79.99%)',
		]);
	});

	it('ignores the confidence of fields that were not read at all', () => {
		const read = readWith(30, 95);
		read.identitas_pemilik!.alamat_email = { ...read.identitas_pemilik!.alamat_email, value: '', confidence: 0 };
		expect(reviewReasons('ok', read, undefined, [], { ...POOR, reviewBelowConfidence: 50 })).toEqual([]);
	});

	it('checks no confidence when the bar is 0', () => {
		expect(reviewReasons('ok', readWith(30, 1), undefined, [], POOR)).toEqual([]);
	});

	it('adds the warnings only when review on warnings is on', () => {
		const warnings = ['nomor_rangka: a VIN has 17 characters', 'pada_tanggal: not a date'];
		expect(reviewReasons('ok', readWith(30), undefined, warnings, POOR)).toEqual([]);
		expect(reviewReasons('ok', readWith(30), undefined, warnings, { ...POOR, reviewOnWarnings: true })).toEqual(warnings);
	});

	it('gives every reason together, in a fixed order: page doubt, confidence, warnings', () => {
		const read = readWith(3, 30);
		expect(
			reviewReasons('ok', read, undefined, ['w'], { reviewPoorReads: true, reviewBelowConfidence: 50, reviewOnWarnings: true }),
		).toEqual([
			`only 3 of 10 fields were read on the page ${OWNER_PAGE}`,
			expect.stringMatching(/^confidence below 50%: nama_pemilik \(30%\), /),
			'w',
		]);
	});
});

describe('reviewReasons: the columns each reason names', () => {
	const ALL: ReviewSettings = { reviewPoorReads: true, reviewBelowConfidence: 90, reviewOnWarnings: true };
	const columnsOf = (reasons: ReturnType<typeof reasonsFor>) => reasons.map((reason) => [reason.kind, reason.columns.map((each) => each.column)]);

	it('"Some fields are invalid" names the fields not read: none when all were', () => {
		expect(columnsOf(reasonsFor('Some fields are invalid.', readWith(30), undefined, [], POOR))).toEqual([['notThisDocument', []]]);
		const [invalid] = reasonsFor('Some fields are invalid.', readWith(28), undefined, [], POOR);
		expect(invalid.columns.map((each) => each.column)).toEqual(BPKB_FIELDS.slice(28).map((field) => field.key));
		expect(invalid.columns[0].words).toBe('not read: GLAIR said "Some fields are invalid.": this may not be a BPKB');
	});

	it('a poor page names its fields that were not read, a read with nothing names every field', () => {
		const [poor] = reasonsFor('ok', readWith(14), undefined, [], POOR);
		const vehicleFields = BPKB_FIELDS.filter((field) => field.section === 'identitas_kendaraan').map((field) => field.key);
		expect(poor.kind).toBe('poorRead');
		expect(poor.columns.map((each) => each.column)).toEqual(vehicleFields.slice(4));
		expect(poor.columns[0].words).toBe(`not read: only 4 of 14 fields were read on the page ${VEHICLE_PAGE}`);
		const [nothing] = reasonsFor('ok', {}, undefined, [], POOR);
		expect(nothing.columns).toHaveLength(30);
	});

	it('a low confidence names each doubtful column with its own confidence', () => {
		const read = readWith(30, 95);
		read.identitas_pemilik!.nama_pemilik.confidence = 42.5;
		const [low] = reasonsFor('ok', read, undefined, [], { ...OFF, reviewBelowConfidence: 80 });
		expect(low.columns).toEqual([{ column: 'nama_pemilik', words: 'read with 42.5% confidence, below 80%' }]);
	});

	it('a failed check names every column it read: the first with the problem, the other with the whole line', () => {
		const stamp = { columns: ['stempel_nomor_bpkb', 'nomor_bpkb'], problem: 'differs', text: 'stempel_nomor_bpkb: differs' };
		const [failed] = reasonsOf(
			{ reason: 'ok', notThisDocumentReason: /x/, shortName: 'BPKB', readings: [], pages: [], warnings: [stamp] },
			{ ...OFF, reviewOnWarnings: true },
		);
		expect(failed).toEqual({
			kind: 'fieldCheck',
			text: 'stempel_nomor_bpkb: differs',
			columns: [
				{ column: 'stempel_nomor_bpkb', words: 'differs' },
				{ column: 'nomor_bpkb', words: 'stempel_nomor_bpkb: differs' },
			],
		});
	});

	describe('once a person reviewed the item', () => {
		it('an answered column counts as read and is no longer doubtful; an unanswered one still is', () => {
			const read = readWith(30, 95);
			read.identitas_pemilik!.nama_pemilik.confidence = 42.5;
			read.identitas_pemilik!.alamat.confidence = 50;
			expect(columnsOf(reasonsFor('ok', read, undefined, [], ALL, new Set(['nama_pemilik'])))).toEqual([['lowConfidence', ['alamat']]]);
			expect(reasonsFor('ok', readWith(14), undefined, [], POOR, new Set(BPKB_FIELDS.slice(10).map((field) => field.key)))).toEqual([]);
		});

		it('what concerns the whole document was seen; a failed check still stands', () => {
			expect(reasonsFor('Some fields are invalid.', readWith(30), undefined, ['nomor_rangka: bad'], ALL, new Set())).toEqual([
				{ kind: 'fieldCheck', text: 'nomor_rangka: bad', columns: [{ column: 'nomor_rangka', words: 'bad' }] },
			]);
		});

		it('another reason goes when the person answered for all its columns', () => {
			const photocopy = { kind: 'quality' as const, text: 'image quality: photocopy', columns: [{ column: 'quality_photocopy', words: 'photocopy' }] };
			const note = { kind: 'note' as const, text: 'a file could not be read', columns: [] };
			const input = { reason: 'ok', notThisDocumentReason: /x/, shortName: 'KTP', readings: [], pages: [], warnings: [], otherReasons: [photocopy, note] };
			expect(reasonsOf(input, OFF)).toEqual([photocopy, note]);
			expect(reasonsOf({ ...input, reviewed: new Set<string>() }, OFF)).toEqual([photocopy]);
			expect(reasonsOf({ ...input, reviewed: new Set(['quality_photocopy']) }, OFF)).toEqual([]);
		});
	});
});
