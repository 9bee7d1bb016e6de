import fc from 'fast-check';

import { BPKB_FIELDS, BPKB_SECTIONS, fieldsOfSection, type BpkbPage } from '../../../../helpers/bpkbSpec';
import { bpkb } from '../../../../../nodes/GlairVision/documents/bpkb';
import type { DocumentOutcome } from '../../../../../nodes/GlairVision/engine/outcome';
import {
	pagesRead,
	shapeFailure,
	technicalColumns,
	shapeSuccess as shapeDocument,
	type DocumentAnnotations,
	type ShapeOptions,
} from '../../../../../nodes/GlairVision/engine/output/shape';
import { parseGlairAnswer } from '../../../../../nodes/GlairVision/engine/response/parseAnswer';
import type { DocumentReadings, FieldReading } from '../../../../../nodes/GlairVision/engine/response/readings';

const shapeSuccess = (outcome: DocumentOutcome, options: ShapeOptions, annotations?: DocumentAnnotations) =>
	shapeDocument(bpkb, outcome, options, annotations);
import sampleResponse from '../../../../sandbox/fixtures/bpkb-sample-response.json';

/** What comes last on every item: the file, GLAIR's status and how the read went. */
const TECHNICAL = ['status', 'file_name', 'file_sha256', 'binary_field', 'page', 'request_id', 'http_status', 'attempts'];
/** A flattened read of a document with pages ends with the pages it found. */
const READ_TAIL = [...TECHNICAL, 'pages_read'];
const FIELD_KEYS = BPKB_FIELDS.map((field) => field.key);

const PLAIN: ShapeOptions = { format: 'flattened', includeConfidence: false, includeOriginalValue: false };

/** A failed check of one column, as the field checks give it. */
const warning = (column: string, problem: string) => ({ columns: [column], problem, text: `${column}: ${problem}` });

function sampleRead(): DocumentReadings {
	const reading = parseGlairAnswer(bpkb, 200, 'application/json', JSON.stringify(sampleResponse));
	if (reading.kind !== 'document') throw new Error('the sample must read as a document');
	return reading.read;
}

function outcome(overrides: Partial<DocumentOutcome> = {}): DocumentOutcome {
	return {
		status: 'SUCCESS',
		reason: 'File Successfully Read',
		fileName: 'bpkb.pdf',
		binaryField: 'attachment_0',
		fileSha256: 'ab12',
		page: undefined,
		requestId: 'req-123',
		httpStatus: 200,
		attempts: 1,
		read: sampleRead(),
		body: structuredClone(sampleResponse),
		...overrides,
	};
}

function expectOnlyPrimitives(row: Record<string, unknown>): void {
	for (const [key, value] of Object.entries(row)) {
		const kind = value === null ? 'null' : typeof value;
		expect({ key, kind }).toEqual({ key, kind: expect.stringMatching(/^(string|number|boolean|null)$/) });
	}
}

describe('technicalColumns', () => {
	it('puts the technical columns in the documented order with the outcome values', () => {
		const columns = technicalColumns(bpkb, outcome({ page: 3 }));
		expect(Object.keys(columns)).toEqual(TECHNICAL);
		expect(columns).toEqual({
			status: 'SUCCESS',
			file_name: 'bpkb.pdf',
			file_sha256: 'ab12',
			binary_field: 'attachment_0',
			page: 3,
			request_id: 'req-123',
			http_status: 200,
			attempts: 1,
		});
	});

	it('writes "all" for no page, an empty request id for none, and keeps a missing HTTP status as null', () => {
		expect(technicalColumns(bpkb, outcome({ page: undefined, requestId: null, httpStatus: null }))).toMatchObject({
			page: 'all',
			request_id: '',
			http_status: null,
		});
	});

	it('has no page column for a document without pages', () => {
		expect(technicalColumns({ ...bpkb, pages: undefined }, outcome())).not.toHaveProperty('page');
	});
});

describe('pagesRead', () => {
	it('names every section with a field read, in page order', () => {
		expect(pagesRead(bpkb, sampleRead(), undefined)).toEqual([...BPKB_SECTIONS]);
	});

	it('leaves out a section whose fields are all empty or absent', () => {
		const read = sampleRead();
		delete read.dokumen_registrasi_pertama;
		for (const field of Object.values(read.halaman_terakhir)) field.value = '  ';
		expect(pagesRead(bpkb, read, undefined)).toEqual(['identitas_pemilik', 'identitas_kendaraan']);
	});

	it('looks only at the page asked for, and says nothing for a flat document', () => {
		expect(pagesRead(bpkb, sampleRead(), 2)).toEqual(['identitas_kendaraan']);
		expect(pagesRead({ ...bpkb, flat: true }, sampleRead(), undefined)).toEqual([]);
	});
});

describe('shapeSuccess: flattened', () => {
	it('gives metadata columns first, then the 30 fields in BPKB_FIELDS order', () => {
		const row = shapeSuccess(outcome(), PLAIN);
		expect(Object.keys(row)).toEqual(['reason', ...FIELD_KEYS, ...READ_TAIL]);
		expect(row).toMatchObject({ nama_pemilik: expect.any(String), tanggal_faktur: '11-06-2024' });
	});

	it('holds only strings, numbers, booleans and null', () => {
		const row = shapeSuccess(outcome({ httpStatus: null }), { ...PLAIN, includeConfidence: true, includeOriginalValue: true });
		expectOnlyPrimitives(row);
	});

	it('gives the same header when GLAIR left every field out', () => {
		const row = shapeSuccess(outcome({ read: {} }), PLAIN);
		expect(Object.keys(row)).toEqual(['reason', ...FIELD_KEYS, ...READ_TAIL]);
		for (const key of FIELD_KEYS) expect(row[key]).toBe('');
	});

	it.each([1, 2, 3, 4] as BpkbPage[])('with page %i, holds only that section’s fields', (page) => {
		const section = BPKB_SECTIONS[page - 1];
		const row = shapeSuccess(outcome({ page }), PLAIN);
		expect(Object.keys(row)).toEqual(['reason', ...fieldsOfSection(section).map((field) => field.key), ...READ_TAIL]);
		expect(row.page).toBe(page);
	});

	it('with page 2, holds the 14 vehicle fields and nothing of the owner page', () => {
		const row = shapeSuccess(outcome({ page: 2 }), PLAIN);
		expect(row).toHaveProperty('nomor_rangka');
		expect(row).not.toHaveProperty('nama_pemilik');
		expect(Object.keys(row)).toHaveLength(1 + 14 + READ_TAIL.length);
	});

	it('adds <field>_confidence right after each field when asked', () => {
		const row = shapeSuccess(outcome(), { ...PLAIN, includeConfidence: true });
		expect(Object.keys(row)).toEqual(['reason', ...FIELD_KEYS.flatMap((key) => [key, `${key}_confidence`]), ...READ_TAIL]);
		expect(row.tanggal_faktur_confidence).toBe(90.09);
	});

	it('adds <field>_original right after each field when asked', () => {
		const row = shapeSuccess(outcome(), { ...PLAIN, includeOriginalValue: true });
		expect(Object.keys(row)).toEqual(['reason', ...FIELD_KEYS.flatMap((key) => [key, `${key}_original`]), ...READ_TAIL]);
		expect(row.tanggal_faktur_original).toBe('11 JUNI 2024');
	});

	it('adds confidence, then original value, when both are asked for', () => {
		const row = shapeSuccess(outcome(), { ...PLAIN, includeConfidence: true, includeOriginalValue: true });
		expect(Object.keys(row)).toEqual([
			'reason',
			...FIELD_KEYS.flatMap((key) => [key, `${key}_confidence`, `${key}_original`]),
			...READ_TAIL,
		]);
	});

	it('fills a field GLAIR left out with an empty value, 0 confidence and an empty original', () => {
		const row = shapeSuccess(outcome({ read: { identitas_pemilik: {} } }), {
			...PLAIN,
			includeConfidence: true,
			includeOriginalValue: true,
		});
		expect(row).toMatchObject({ nama_pemilik: '', nama_pemilik_confidence: 0, nama_pemilik_original: '' });
	});

	it('puts the review columns and warnings right after the reason, and each companion right after its field', () => {
		const annotations: DocumentAnnotations = {
			companions: { pada_tanggal_iso: '2024-06-11', nomor_rangka_suggested: 'MHCPHR54CRJ000123' },
			warnings: [warning('nomor_rangka', 'bad'), warning('pada_tanggal', 'odd')],
			reviewReasons: [{ kind: 'nothingRead', text: 'only 3 of 30 fields were read', columns: [] }],
			reviewFields: [],
		};
		const row = shapeSuccess(outcome(), { ...PLAIN, includeConfidence: true }, annotations);
		const keys = Object.keys(row);
		expect(keys.slice(0, 5)).toEqual(['reason', 'review_reasons', 'review_fields', 'review_form', 'warnings']);
		expect(row.warnings).toBe('nomor_rangka: bad; pada_tanggal: odd');
		expect(row.review_reasons).toBe('only 3 of 30 fields were read');
		expect(keys.slice(keys.indexOf('pada_tanggal'), keys.indexOf('pada_tanggal') + 3)).toEqual([
			'pada_tanggal',
			'pada_tanggal_confidence',
			'pada_tanggal_iso',
		]);
		expect(keys[keys.indexOf('nomor_rangka_confidence') + 1]).toBe('nomor_rangka_suggested');
		expectOnlyPrimitives(row);
	});

	it('places a companion after its own field even when another field key is a prefix of it', () => {
		// `warna` is a prefix of `warna_tnkb`: a `warna_tnkb_*` companion belongs to warna_tnkb.
		const row = shapeSuccess(outcome(), PLAIN, { companions: { warna_tnkb_code: 'BLACK', alamat_email_valid: true }, warnings: [] });
		const keys = Object.keys(row);
		expect(keys[keys.indexOf('warna_tnkb') + 1]).toBe('warna_tnkb_code');
		expect(keys[keys.indexOf('alamat_email') + 1]).toBe('alamat_email_valid');
		expect(keys.filter((key) => key === 'warna_tnkb_code')).toHaveLength(1);
	});

	it('adds no warnings column without annotations', () => {
		expect(shapeSuccess(outcome(), PLAIN)).not.toHaveProperty('warnings');
	});

	it('only ever holds primitives, whatever GLAIR sent (property)', () => {
		const fieldValue = fc.oneof(
			fc.string(),
			fc.record(
				{
					value: fc.jsonValue({ maxDepth: 2 }),
					value_original: fc.jsonValue({ maxDepth: 2 }),
					confidence: fc.jsonValue({ maxDepth: 1 }),
					polygon: fc.jsonValue({ maxDepth: 2 }),
				},
				{ requiredKeys: [] },
			),
		);
		const section = fc.dictionary(fc.constantFrom(...FIELD_KEYS, 'extra'), fieldValue, { maxKeys: 8 });
		fc.assert(
			fc.property(
				fc.dictionary(fc.constantFrom(...BPKB_SECTIONS), section, { minKeys: 1 }),
				fc.constantFrom<BpkbPage | undefined>(undefined, 1, 2, 3, 4),
				fc.boolean(),
				fc.boolean(),
				(read, page, includeConfidence, includeOriginalValue) => {
					const reading = parseGlairAnswer(bpkb, 200, 'application/json', JSON.stringify({ status: 'SUCCESS', read }));
					if (reading.kind !== 'document') throw new Error(reading.reason);
					const row = shapeSuccess(outcome({ read: reading.read, page }), {
						format: 'flattened',
						includeConfidence,
						includeOriginalValue,
					});
					expectOnlyPrimitives(row);
					expect(Object.keys(row)[0]).toBe('reason');
					expect(Object.keys(row).slice(-READ_TAIL.length)).toEqual(READ_TAIL);
				},
			),
			{ numRuns: 300 },
		);
	});
});

describe('shapeSuccess: nested', () => {
	const sectionOf = (item: Record<string, unknown>, name: string) =>
		(item.read as Record<string, Record<string, FieldReading>>)[name];
	const NESTED: ShapeOptions = { ...PLAIN, format: 'nested' };

	it('holds the reason, then every section with every field of the sample, then the technical columns', () => {
		const item = shapeSuccess(outcome(), NESTED);
		expect(Object.keys(item)).toEqual(['reason', 'read', ...READ_TAIL]);
		const read = item.read as Record<string, Record<string, unknown>>;
		expect(Object.keys(read)).toEqual([...BPKB_SECTIONS]);
		for (const section of BPKB_SECTIONS) {
			expect(Object.keys(read[section])).toEqual(fieldsOfSection(section).map((field) => field.key));
		}
		expect(read.dokumen_registrasi_pertama.tanggal_faktur).toMatchObject({ value: '11-06-2024', page_index: 2 });
	});

	it('fills missing sections and fields with empty value, 0 and an empty polygon', () => {
		const item = shapeSuccess(outcome({ read: { identitas_pemilik: {} } }), NESTED);
		const read = item.read as Record<string, Record<string, unknown>>;
		expect(Object.keys(read)).toEqual([...BPKB_SECTIONS]);
		const empty = { value: '', value_original: '', confidence: 0, confidence_text: 0, polygon: [], page_index: 0 };
		expect(read.identitas_pemilik.nama_pemilik).toEqual(empty);
		expect(read.halaman_terakhir.no_register).toEqual(empty);
	});

	it('hands out copies: changing one item does not change another or the shared empty reading', () => {
		const first = shapeSuccess(outcome({ read: {} }), NESTED);
		sectionOf(first, 'identitas_pemilik').nama_pemilik.polygon.push([1, 2]);
		const second = shapeSuccess(outcome({ read: {} }), NESTED);
		expect(sectionOf(second, 'identitas_pemilik').nama_pemilik.polygon).toEqual([]);
	});

	it('does not share polygons with the reading it came from', () => {
		const source = sampleRead();
		const item = shapeSuccess(outcome({ read: source }), NESTED);
		sectionOf(item, 'halaman_terakhir').no_register.polygon[0].push(999);
		expect(source.halaman_terakhir?.no_register?.polygon[0]).not.toContain(999);
	});

	it('with a page, holds only that section', () => {
		const item = shapeSuccess(outcome({ page: 2 }), NESTED);
		expect(Object.keys(item.read as object)).toEqual(['identitas_kendaraan']);
	});

	it('keeps fields GLAIR sent that this version does not know, after the known ones', () => {
		const read = sampleRead();
		read.halaman_terakhir = { ...read.halaman_terakhir, catatan: { ...read.halaman_terakhir!.no_register, value: 'NEW' } };
		const item = shapeSuccess(outcome({ read }), NESTED);
		const section = sectionOf(item, 'halaman_terakhir');
		expect(Object.keys(section)).toEqual(['no_register', 'diterbitkan_oleh', 'catatan']);
		expect(section.catatan.value).toBe('NEW');
	});

	it('adds warnings, review reasons and the checked companions as they are', () => {
		const annotations: DocumentAnnotations = {
			companions: { pada_tanggal_iso: '2024-06-11' },
			warnings: [warning('w', '1')],
			reviewReasons: [{ kind: 'note', text: 'r1', columns: [] }],
		};
		const item = shapeSuccess(outcome(), NESTED, annotations);
		expect(Object.keys(item)).toEqual(['reason', 'review_reasons', 'review_fields', 'review_form', 'warnings', 'checked', 'read', ...READ_TAIL]);
		expect(item).toMatchObject({ warnings: ['w: 1'], review_reasons: ['r1'], review_fields: [], checked: { pada_tanggal_iso: '2024-06-11' } });
	});
});

describe('shapeSuccess: raw', () => {
	it("keeps GLAIR's body untouched under `response`, after the metadata", () => {
		const body = JSON.parse(JSON.stringify({ ...sampleResponse, extra: { nomor_ktp_tdp: 'x' } }));
		const before = JSON.stringify(body);
		const item = shapeSuccess(outcome({ body }), { ...PLAIN, format: 'raw' });
		expect(Object.keys(item)).toEqual(['reason', ...TECHNICAL, 'response']);
		expect(JSON.stringify(item.response)).toBe(before);
		expect(JSON.stringify(body)).toBe(before);
	});
});

describe('shapeFailure', () => {
	const failed = (overrides: Partial<DocumentOutcome> = {}) =>
		outcome({ status: 'FAILED', reason: '503 from GLAIR after 4 attempts', read: undefined, attempts: 4, httpStatus: 503, ...overrides });

	it('carries retryable after the technical columns', () => {
		const item = shapeFailure(bpkb, failed({ retryable: true }), 'flattened');
		expect(Object.keys(item)).toEqual(['reason', ...TECHNICAL, 'retryable']);
		expect(item).toMatchObject({ status: 'FAILED', attempts: 4, http_status: 503, retryable: true });
	});

	it('says not retryable when the outcome does not say', () => {
		expect(shapeFailure(bpkb, failed({ retryable: undefined }), 'nested').retryable).toBe(false);
		expect(shapeFailure(bpkb, failed({ retryable: false }), 'flattened').retryable).toBe(false);
	});

	it('invents no fields', () => {
		const item = shapeFailure(bpkb, failed(), 'flattened');
		for (const key of FIELD_KEYS) expect(item).not.toHaveProperty(key);
		expect(item).not.toHaveProperty('read');
		expectOnlyPrimitives(item);
	});

	it('adds the body only in raw format, and only when there was one', () => {
		const body = { status: 'NO_FILE', reason: 'No file in request body' };
		expect(shapeFailure(bpkb, failed({ status: 'NO_FILE', body }), 'raw').response).toEqual(body);
		expect(shapeFailure(bpkb, failed({ status: 'NO_FILE', body }), 'flattened')).not.toHaveProperty('response');
		expect(shapeFailure(bpkb, failed({ body: undefined }), 'raw')).not.toHaveProperty('response');
	});
});
