import fc from 'fast-check';

import { BPKB_FIELDS, BPKB_SECTIONS } from '../../../../helpers/bpkbSpec';
import { bpkb } from '../../../../../nodes/GlairVision/documents/bpkb';
import { generalDocument } from '../../../../../nodes/GlairVision/documents/generalDocument';
import { kitasKitap } from '../../../../../nodes/GlairVision/documents/kitasKitap';
import { ktp } from '../../../../../nodes/GlairVision/documents/ktp';
import { plate } from '../../../../../nodes/GlairVision/documents/plate';
import { sim } from '../../../../../nodes/GlairVision/documents/sim';
import {
	DOCUMENT_STATUSES,
	MAX_REASON_CHARS,
	MAX_UNREADABLE_BODY_CHARS,
	parseGlairAnswer,
	type GlairReading,
} from '../../../../../nodes/GlairVision/engine/response/parseAnswer';
import { normaliseField, type FieldReading } from '../../../../../nodes/GlairVision/engine/response/readings';
import sampleResponse from '../../../../sandbox/fixtures/bpkb-sample-response.json';

const SAMPLE_TEXT = JSON.stringify(sampleResponse);
const SAMPLE_TEXT_PRETTY = JSON.stringify(sampleResponse, null, 2);
const JSON_TYPE = 'application/json';

function expectDocument(reading: GlairReading): Extract<GlairReading, { kind: 'document' }> {
	if (reading.kind !== 'document') throw new Error(`expected a document, got: ${reading.reason}`);
	return reading;
}

function expectUnreadable(reading: GlairReading): Extract<GlairReading, { kind: 'unreadable' }> {
	if (reading.kind !== 'unreadable') throw new Error(`expected unreadable, got a ${reading.status} document`);
	return reading;
}

const answer = (body: unknown, httpStatus = 200) => parseGlairAnswer(bpkb, httpStatus, JSON_TYPE, JSON.stringify(body));

describe('parseGlairAnswer: examples', () => {
	it("reads the vendor's sample as SUCCESS with all 30 BPKB fields in their sections", () => {
		const reading = expectDocument(parseGlairAnswer(bpkb, 200, JSON_TYPE, SAMPLE_TEXT_PRETTY));
		expect(reading.status).toBe('SUCCESS');
		expect(reading.reason).toBe('File Successfully Read');
		expect(Object.keys(reading.read).sort()).toEqual([...BPKB_SECTIONS].sort());
		const fieldCount = Object.values(reading.read).reduce((sum, section) => sum + Object.keys(section).length, 0);
		expect(fieldCount).toBe(30);
		for (const field of BPKB_FIELDS) {
			expect(reading.read[field.section]?.[field.key]).toBeDefined();
		}
		expect(reading.read.dokumen_registrasi_pertama?.tanggal_faktur).toEqual({
			value: '11-06-2024',
			value_original: '11 JUNI 2024',
			confidence: 90.09,
			confidence_text: 98.14,
			polygon: [
				[542, 657],
				[717, 657],
				[717, 691],
				[542, 691],
			],
			page_index: 2,
		});
		expect(reading.body).toEqual(sampleResponse);
	});

	it.each([
		['NO_FILE', 400, 'No file in request body'],
		['FILE_INVALID_FORMAT', 415, 'Failed to process invalid file format. Please upload the correct file format'],
		['FAILED', 200, 'Failed to read the document'],
	] as const)('reads a %s envelope (HTTP %i) as a document with that status and no fields', (status, http, reason) => {
		const reading = expectDocument(answer({ status, reason }, http));
		expect(reading).toMatchObject({ status, reason, read: {} });
	});

	it('reads a FAILED envelope with read: null as a document without fields', () => {
		expect(expectDocument(answer({ status: 'FAILED', reason: 'x', read: null })).read).toEqual({});
	});

	it('keeps sections of a non-SUCCESS envelope if GLAIR sent some', () => {
		const reading = expectDocument(
			answer({ status: 'FAILED', reason: '', read: { identitas_pemilik: { nama_pemilik: { value: 'BUDI' } } } }),
		);
		expect(reading.read.identitas_pemilik?.nama_pemilik?.value).toBe('BUDI');
	});

	it('explains an HTML 502 from a gateway in plain words, with a hint that it is on GLAIR\'s side', () => {
		const html = '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>';
		const reading = expectUnreadable(parseGlairAnswer(bpkb, 502, 'text/html; charset=utf-8', html));
		expect(reading.reason).toBe(
			"GLAIR answered HTTP 502 with an HTML page instead of JSON (usually a proxy or gateway error). This is on GLAIR's side; try again later or quote the request id to GLAIR support.",
		);
		expect(reading.body).toBe(html);
	});

	it('spots an HTML page even when it is labelled as JSON', () => {
		const reading = expectUnreadable(parseGlairAnswer(bpkb, 504, JSON_TYPE, '  <html><head></head></html>'));
		expect(reading.reason).toContain('an HTML page instead of JSON');
	});

	it('explains an empty body', () => {
		expect(expectUnreadable(parseGlairAnswer(bpkb, 200, JSON_TYPE, '')).reason).toBe('GLAIR answered HTTP 200 with an empty body.');
		expect(expectUnreadable(parseGlairAnswer(bpkb, 200, '', '  \n')).reason).toContain('an empty body');
	});

	it('explains a text body that is not JSON', () => {
		expect(expectUnreadable(parseGlairAnswer(bpkb, 500, 'text/plain', 'Internal Server Error')).reason).toMatch(
			/^GLAIR answered HTTP 500 with a body that is not JSON\. This is on GLAIR's side/,
		);
	});

	it('points at the Base URL for a 404 or 405', () => {
		expect(expectUnreadable(parseGlairAnswer(bpkb, 404, 'text/plain', 'Not Found')).reason).toContain(
			'Check the Base URL in the GLAIR Vision credential.',
		);
		expect(expectUnreadable(answer({ message: 'Method Not Allowed' }, 405)).reason).toContain('Check the Base URL');
	});

	it("explains JSON without a status (the gateway's 403 shape) and keeps the body", () => {
		const body = { error: 'Access to this API has been disallowed' };
		const reading = expectUnreadable(answer(body, 403));
		expect(reading.reason).toBe('GLAIR answered HTTP 403 without a status.');
		expect(reading.body).toEqual(body);
	});

	it.each([null, [], ['SUCCESS'], 42, 'SUCCESS', true])('explains the JSON value %p as an answer without a status', (body) => {
		expect(expectUnreadable(answer(body)).reason).toBe('GLAIR answered HTTP 200 without a status.');
	});

	it('names an unknown status', () => {
		expect(expectUnreadable(answer({ status: 'PENDING', reason: 'wait' })).reason).toBe(
			'GLAIR answered HTTP 200 with an unknown status "PENDING".',
		);
		expect(expectUnreadable(answer({ status: 'success' })).reason).toContain('unknown status "success"');
		expect(expectUnreadable(answer({ status: 7 })).reason).toContain('unknown status "7"');
		expect(expectUnreadable(answer({ status: { nested: true } })).reason).toContain('unknown status ""');
		expect(expectUnreadable(answer({ status: null })).reason).toContain('unknown status ""');
	});

	it('reads a bare string in place of a field object as its value', () => {
		const reading = expectDocument(answer({ status: 'SUCCESS', reason: 'ok', read: { identitas_pemilik: { nama_pemilik: 'BUDI' } } }));
		expect(reading.read.identitas_pemilik?.nama_pemilik).toEqual({
			value: 'BUDI',
			value_original: 'BUDI',
			confidence: 0,
			confidence_text: 0,
			polygon: [],
			page_index: 0,
		});
	});

	it('fills what an older API version left out (only value and confidence)', () => {
		const reading = expectDocument(
			answer({ status: 'SUCCESS', read: { identitas_kendaraan: { merk: { value: 'ISUZU', confidence: 91.5 } } } }),
		);
		expect(reading.reason).toBe('');
		expect(reading.read.identitas_kendaraan?.merk).toEqual({
			value: 'ISUZU',
			value_original: 'ISUZU',
			confidence: 91.5,
			confidence_text: 0,
			polygon: [],
			page_index: 0,
		});
	});

	it('maps the nomor_ktp_tdp spelling of one SDK to no_ktp_tdp', () => {
		const reading = expectDocument(
			answer({ status: 'SUCCESS', read: { identitas_pemilik: { nomor_ktp_tdp: { value: '3171234567890001' } } } }),
		);
		expect(reading.read.identitas_pemilik?.no_ktp_tdp?.value).toBe('3171234567890001');
		expect(reading.read.identitas_pemilik).not.toHaveProperty('nomor_ktp_tdp');
	});

	it('does not pass a SUCCESS without `read` off as a read document', () => {
		const reading = expectUnreadable(answer({ status: 'SUCCESS', reason: 'File Successfully Read' }));
		expect(reading.reason).toBe('GLAIR said SUCCESS but sent no BPKB fields ("File Successfully Read").');
		expect(expectUnreadable(answer({ status: 'SUCCESS' })).reason).toBe('GLAIR said SUCCESS but sent no BPKB fields.');
	});

	it('does not pass a SUCCESS whose `read` holds no BPKB section off as a read document', () => {
		expectUnreadable(answer({ status: 'SUCCESS', read: {} }));
		expectUnreadable(answer({ status: 'SUCCESS', read: { ktp: { nik: { value: '1' } } } }));
		expectUnreadable(answer({ status: 'SUCCESS', read: { identitas_pemilik: 'BUDI' } }));
		expectUnreadable(answer({ status: 'SUCCESS', read: [{ identitas_pemilik: {} }] }));
	});

	it('reads numbers given as strings, and anything unreadable as 0', () => {
		const reading = expectDocument(
			answer({
				status: 'SUCCESS',
				read: {
					identitas_kendaraan: {
						warna: {
							value: 'HITAM',
							value_original: 'HITAM',
							confidence: '87.5',
							confidence_text: 'high',
							polygon: [
								['10', '20'],
								[30, 'x'],
								'not a point',
							],
							page_index: '1',
						},
						jumlah_roda: { value: 4, value_original: null, confidence: '1e400', page_index: {} },
					},
				},
			}),
		);
		expect(reading.read.identitas_kendaraan?.warna).toEqual({
			value: 'HITAM',
			value_original: 'HITAM',
			confidence: 87.5,
			confidence_text: 0,
			polygon: [
				[10, 20],
				[30, 0],
			],
			page_index: 1,
		});
		expect(reading.read.identitas_kendaraan?.jumlah_roda).toEqual({
			value: '4',
			value_original: '',
			confidence: 0,
			confidence_text: 0,
			polygon: [],
			page_index: 0,
		});
	});

	it('ignores "__proto__" keys instead of letting them stand in for sections or fields', () => {
		// Written as text: in an object literal `__proto__:` would set the prototype, not a key.
		const text =
			'{"status":"SUCCESS","read":{"__proto__":{"identitas_pemilik":"x"},' +
			'"identitas_kendaraan":{"__proto__":{"value":"y"},"merk":"ISUZU"}}}';
		const reading = parseGlairAnswer(bpkb, 200, JSON_TYPE, text);
		const document = expectDocument(reading);
		expect(Object.keys(document.read)).toEqual(['identitas_kendaraan']);
		expect(Object.getPrototypeOf(document.read)).toBe(Object.prototype);
		expect(document.read.identitas_pemilik).toBeUndefined();
		expect(Object.getPrototypeOf(document.read.identitas_kendaraan)).toBe(Object.prototype);
		expect(Object.keys(document.read.identitas_kendaraan ?? {})).toEqual(['merk']);
	});

	it('does not read a SUCCESS whose only section is "__proto__" as a document', () => {
		const text = '{"status":"SUCCESS","read":{"__proto__":{"identitas_pemilik":{"nama_pemilik":"x"}}}}';
		expect(parseGlairAnswer(bpkb, 200, JSON_TYPE, text).kind).toBe('unreadable');
	});

	it('keeps fields and sections it does not know yet', () => {
		const reading = expectDocument(
			answer({ status: 'SUCCESS', read: { identitas_pemilik: { kode_pos: 'X' }, halaman_5: { catatan: 'Y' } } }),
		);
		expect(reading.read.identitas_pemilik?.kode_pos?.value).toBe('X');
		expect(reading.read.halaman_5?.catatan?.value).toBe('Y');
	});
});

describe('parseGlairAnswer: text taken from the answer is bounded', () => {
	it("cuts a 2 MB reason to 500 characters with an ellipsis, in the reason and in the Raw answer", () => {
		const long = `Document rejected: ${'x'.repeat(2 * 1024 * 1024)}`;
		const reading = expectDocument(answer({ status: 'FAILED', reason: long, read: null }));
		expect(reading.reason).toHaveLength(MAX_REASON_CHARS);
		expect(reading.reason).toBe(`${long.slice(0, MAX_REASON_CHARS - 1)}…`);
		expect((reading.body as { reason: string }).reason).toBe(reading.reason);
	});

	it('bounds the reason quoted when a SUCCESS has no fields', () => {
		const reading = expectUnreadable(answer({ status: 'SUCCESS', reason: 'y'.repeat(10_000), read: {} }));
		expect(reading.reason.length).toBeLessThan(MAX_REASON_CHARS + 100);
		expect((reading.body as { reason: string }).reason).toHaveLength(MAX_REASON_CHARS);
	});

	it('keeps a reason of normal length, and the answer itself, as they came', () => {
		const body = { status: 'FAILED', reason: 'r'.repeat(MAX_REASON_CHARS), read: null };
		const reading = expectDocument(answer(body));
		expect(reading.reason).toBe(body.reason);
		expect(reading.body).toEqual(body);
	});

	it('keeps only the start of an answer that is not JSON', () => {
		const page = `<html><body>${'z'.repeat(1024 * 1024)}</body></html>`;
		const reading = expectUnreadable(parseGlairAnswer(bpkb, 502, 'text/html', page));
		expect(reading.body).toHaveLength(MAX_UNREADABLE_BODY_CHARS);
		expect(reading.body).toBe(`${page.slice(0, MAX_UNREADABLE_BODY_CHARS - 1)}…`);
	});
});

describe('normaliseField', () => {
	it('returns a fresh polygon for every bare value, never a shared one', () => {
		const first = normaliseField('a');
		const second = normaliseField(null);
		first.polygon.push([1, 2]);
		expect(second.polygon).toEqual([]);
		expect(normaliseField(undefined).polygon).toEqual([]);
	});
});

// ---- property test: whatever comes back, the reader answers with a well-formed reading

const FIELD_KEYS = BPKB_FIELDS.map((field) => field.key);
const AWKWARD_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', ''];

const anything = fc.jsonValue({ maxDepth: 3 });
const numberish = fc.oneof(
	fc.double(),
	fc.integer(),
	fc.constantFrom('87.5', '0', '-1', '1e400', 'NaN', 'Infinity', '', ' 12 ', '0x10'),
	anything,
);
const polygon = fc.oneof(
	fc.array(fc.array(numberish, { maxLength: 3 }), { maxLength: 5 }),
	fc.array(fc.oneof(fc.array(numberish, { maxLength: 2 }), anything), { maxLength: 4 }),
	anything,
);
const fieldObject = fc.record(
	{
		value: fc.oneof(fc.string(), anything),
		value_original: fc.oneof(fc.string(), anything),
		confidence: numberish,
		confidence_text: numberish,
		polygon,
		page_index: numberish,
	},
	{ requiredKeys: [] },
);
// Section names among the field keys: a `__proto__` section holding them must not pass for a BPKB section.
const fieldKey = fc.oneof(
	fc.constantFrom(...FIELD_KEYS, 'nomor_ktp_tdp', ...AWKWARD_KEYS, ...BPKB_SECTIONS),
	fc.string({ maxLength: 8 }),
);
const sectionKey = fc.oneof(fc.constantFrom(...BPKB_SECTIONS, ...AWKWARD_KEYS), fc.string({ maxLength: 8 }));
const section = fc.oneof(
	{ weight: 4, arbitrary: fc.dictionary(fieldKey, fc.oneof(fieldObject, fc.string(), anything), { maxKeys: 6 }) },
	{ weight: 1, arbitrary: anything },
);
const read = fc.oneof(
	{ weight: 4, arbitrary: fc.dictionary(sectionKey, section, { maxKeys: 5 }) },
	{ weight: 1, arbitrary: anything },
);
const envelope = fc.record(
	{
		status: fc.oneof(
			{ weight: 4, arbitrary: fc.constantFrom(...DOCUMENT_STATUSES) },
			{ weight: 1, arbitrary: fc.oneof(fc.string(), anything) },
		),
		reason: fc.oneof(fc.string(), anything),
		read,
	},
	{ requiredKeys: [] },
);
const bodyText = fc.oneof(
	envelope.map((body) => JSON.stringify(body)),
	anything.map((body) => JSON.stringify(body)),
	fc.string(),
	fc.string({ unit: 'binary' }),
	fc.nat(SAMPLE_TEXT.length).map((length) => SAMPLE_TEXT.slice(0, length)),
	fc.nat(SAMPLE_TEXT_PRETTY.length).map((length) => SAMPLE_TEXT_PRETTY.slice(0, length)),
);
const httpStatus = fc.oneof(fc.constantFrom(200, 400, 403, 404, 415, 429, 500, 502, 504), fc.integer({ min: 100, max: 599 }));
const contentType = fc.oneof(fc.constantFrom('application/json', 'text/html', 'text/plain', ''), fc.string({ maxLength: 20 }));

function wellFormedProblems(reading: FieldReading): string[] {
	const problems: string[] = [];
	if (typeof reading !== 'object' || reading === null) return ['not an object'];
	if (typeof reading.value !== 'string') problems.push('value is not a string');
	if (typeof reading.value_original !== 'string') problems.push('value_original is not a string');
	for (const key of ['confidence', 'confidence_text', 'page_index'] as const) {
		if (!Number.isFinite(reading[key])) problems.push(`${key} is not a finite number`);
	}
	if (!Array.isArray(reading.polygon)) problems.push('polygon is not an array');
	else
		for (const point of reading.polygon) {
			if (!Array.isArray(point) || !point.every((coordinate) => Number.isFinite(coordinate)))
				problems.push('polygon has a point that is not an array of finite numbers');
		}
	return problems;
}

/** Every way the rest of the node reaches into a reading: own entries, and BPKB sections/fields by name. */
function checkReading(reading: GlairReading): void {
	expect(['document', 'unreadable']).toContain(reading.kind);
	if (reading.kind === 'unreadable') {
		expect(typeof reading.reason).toBe('string');
		expect(reading.reason.trim()).not.toBe('');
		return;
	}
	expect(DOCUMENT_STATUSES).toContain(reading.status);
	expect(typeof reading.reason).toBe('string');
	if (reading.status === 'SUCCESS') {
		expect(BPKB_SECTIONS.some((name) => Object.prototype.hasOwnProperty.call(reading.read, name))).toBe(true);
	}
	const sections = new Set<string>([...Object.keys(reading.read), ...BPKB_SECTIONS]);
	for (const name of sections) {
		const sectionReadings = reading.read[name];
		if (sectionReadings === undefined) continue;
		expect(typeof sectionReadings).toBe('object');
		const fields = new Set<string>([...Object.keys(sectionReadings), ...FIELD_KEYS]);
		for (const key of fields) {
			const field = sectionReadings[key];
			if (field === undefined) continue;
			expect({ section: name, field: key, problems: wellFormedProblems(field) }).toEqual({
				section: name,
				field: key,
				problems: [],
			});
		}
	}
}

describe('parseGlairAnswer: properties', () => {
	it('never throws and always answers with a well-formed document or a reason', () => {
		fc.assert(
			fc.property(httpStatus, contentType, bodyText, (status, type, text) => {
				checkReading(parseGlairAnswer(bpkb, status, type, text));
			}),
			{ numRuns: 3000 },
		);
	});

	it('reads generated envelopes that carry a known status and a BPKB section as documents', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...DOCUMENT_STATUSES),
				fc.constantFrom(...BPKB_SECTIONS),
				fc.dictionary(fieldKey, fc.oneof(fieldObject, fc.string()), { maxKeys: 6 }),
				(status, sectionName, fields) => {
					const reading = parseGlairAnswer(bpkb, 200, JSON_TYPE, JSON.stringify({ status, read: { [sectionName]: fields } }));
					expect(reading).toMatchObject({ kind: 'document', status });
					checkReading(reading);
				},
			),
			{ numRuns: 500 },
		);
	});

	it.each([
		['compact', SAMPLE_TEXT],
		['pretty-printed', SAMPLE_TEXT_PRETTY],
	])('answers sensibly for the %s sample cut off at every length', (_, text) => {
		for (let length = 0; length <= text.length; length++) {
			const reading = parseGlairAnswer(bpkb, 200, JSON_TYPE, text.slice(0, length));
			checkReading(reading);
			if (length < text.length && reading.kind !== 'unreadable') {
				throw new Error(`a sample cut at ${length} of ${text.length} characters was read as a document`);
			}
		}
		expect(parseGlairAnswer(bpkb, 200, JSON_TYPE, text).kind).toBe('document');
	});
});

describe('parseGlairAnswer: a document with images and a quality endpoint (the KTP spec)', () => {
	const photo = Buffer.from('a photo').toString('base64');
	const upright = Buffer.from('the card turned upright').toString('base64');
	const grades = { photocopy: { value: true, confidence: 91 }, rotate: { value: '90', confidence: 99, fixed_image: upright } };
	const read = (body: unknown) => expectDocument(parseGlairAnswer(ktp, 200, JSON_TYPE, JSON.stringify(body)));

	it('takes the images out of read and the picture turned upright out of the grades, everywhere', () => {
		const reading = read({ status: 'SUCCESS', reason: 'ok', read: { nik: '3299994508900001', foto: { value: photo, confidence: 99 } }, qualities: grades });
		expect(reading.images).toEqual({ foto: photo });
		expect(reading.read.ktp).not.toHaveProperty('foto');
		expect(reading.qualities).toEqual({ photocopy: grades.photocopy, rotate: { value: '90', confidence: 99 } });
		expect(JSON.stringify(reading.body)).not.toContain(photo);
		expect(JSON.stringify(reading.body)).not.toContain(upright);
	});

	it('reads an older answer: images under images.photo/sign, grades under condition', () => {
		const reading = read({ status: 'SUCCESS', reason: 'ok', read: { tanggalLahir: '05-08-1990' }, images: { photo, sign: photo }, condition: grades });
		expect(reading.images).toEqual({ foto: photo, tanda_tangan: photo });
		expect(reading.read.ktp?.tanggal_lahir?.value).toBe('05-08-1990');
		expect(reading.qualities?.photocopy).toEqual(grades.photocopy);
		expect(reading.body).toEqual({ status: 'SUCCESS', reason: 'ok', read: { tanggalLahir: '05-08-1990' }, condition: { photocopy: grades.photocopy, rotate: { value: '90', confidence: 99 } } });
	});

	it('takes the images out under their camelCase spellings too (read.tandaTangan, rotate.fixedImage): none reaches the JSON', () => {
		const body = { status: 'SUCCESS', reason: 'ok', read: { nik: '3299994508900001', tandaTangan: { value: photo }, foto: photo }, qualities: { rotate: { value: '90', fixedImage: upright } } };
		const reading = read(body);
		expect(reading.images).toEqual({ foto: photo, tanda_tangan: photo });
		expect(Object.keys(reading.read.ktp ?? {})).toEqual(['nik']);
		expect(reading.qualities).toEqual({ rotate: { value: '90' } });
		expect(JSON.stringify(reading.body)).not.toContain(photo);
		expect(JSON.stringify(reading.body)).not.toContain(upright);
	});

	it('leaves a BPKB answer as it came: it has neither images nor grades to take out', () => {
		const body = { ...sampleResponse, images: { photo }, qualities: grades };
		expect(expectDocument(answer(body)).body).toEqual(body);
	});
});

describe('parseGlairAnswer: images under other keys (the SIM and KITAS specs)', () => {
	const photo = Buffer.from('a face').toString('base64');
	const signature = Buffer.from('a signature').toString('base64');
	const readSim = (body: unknown) => expectDocument(parseGlairAnswer(sim, 200, JSON_TYPE, JSON.stringify(body)));

	it.each([
		['read.foto / read.tanda_tangan (the Go SDK, 2026)', { read: { nama: 'DEWI', foto: { value: photo }, tanda_tangan: { value: signature } } }],
		['images.photo / images.sign (the docs)', { read: { nama: 'DEWI' }, images: { photo, sign: signature } }],
		['images.foto / images.tandaTangan (a Node SDK)', { read: { nama: 'DEWI' }, images: { foto: photo, tandaTangan: signature } }],
	])('finds the SIM\'s images under %s, and leaves every copy out of the body', (_where, answer) => {
		const reading = readSim({ status: 'SUCCESS', reason: 'ok', ...answer });
		expect(reading.images).toEqual({ foto: photo, tanda_tangan: signature });
		expect(reading.read.sim).toEqual({ nama: expect.objectContaining({ value: 'DEWI' }) });
		expect(JSON.stringify(reading.body)).not.toContain(photo);
		expect(JSON.stringify(reading.body)).not.toContain(signature);
	});

	it("takes the KITAS's signature given as a bare string in read, as its newest docs type it", () => {
		const reading = expectDocument(
			parseGlairAnswer(kitasKitap, 200, JSON_TYPE, JSON.stringify({ status: 'SUCCESS', reason: 'ok', read: { full_name: 'ANNA', photo: { value: photo }, sign: signature } })),
		);
		expect(reading.images).toEqual({ photo, sign: signature });
		expect(Object.keys(reading.read.kitas_kitap ?? {})).toEqual(['full_name']);
	});
});

describe('parseGlairAnswer: a field GLAIR sends as a list (the plate and general document specs)', () => {
	const readPlates = (plates: unknown) =>
		expectDocument(parseGlairAnswer(plate, 200, JSON_TYPE, JSON.stringify({ status: 'SUCCESS', reason: 'ok', read: { plates } }))).read.plate?.plates;

	it('joins the entries, keeps the lowest confidence and the first entry\'s place', () => {
		const first = { value: 'D 1234 SPX', value_original: 'D1234SPX', confidence: 97.5, confidence_text: 99, polygon: [[1, 2]], page_index: 0 };
		const second = { value: 'B 1717 SPX', value_original: 'B1717SPX', confidence: 88.25, confidence_text: 98, polygon: [[3, 4]], page_index: 0 };
		expect(readPlates([first, second])).toEqual({
			value: 'D 1234 SPX, B 1717 SPX',
			value_original: 'D1234SPX, B1717SPX',
			confidence: 88.25,
			confidence_text: 98,
			polygon: [[1, 2]],
			page_index: 0,
		});
	});

	it.each([
		['bare strings', ['D 1234 SPX', 'B 1717 SPX']],
		['{text: string}', [{ text: 'D 1234 SPX' }, { text: 'B 1717 SPX' }]],
		['{text: reading}', [{ text: { value: 'D 1234 SPX' } }, { text: { value: 'B 1717 SPX' } }]],
	])('reads entries given as %s', (_shape, plates) => {
		expect(readPlates(plates)?.value).toBe('D 1234 SPX, B 1717 SPX');
	});

	it('an entry without a confidence does not lower the others\'; empty entries are left out; no entry is the empty reading', () => {
		expect(readPlates([{ value: 'D 1234 SPX', confidence: 90 }, { value: '' }, 'B 1717 SPX'])).toMatchObject({ value: 'D 1234 SPX, B 1717 SPX', confidence: 90 });
		expect(readPlates([])).toEqual({ value: '', value_original: '', confidence: 0, confidence_text: 0, polygon: [], page_index: 0 });
	});

	it('reads a general document\'s lines into one text, a line each, on the first line\'s page', () => {
		const lines = [{ value: 'SURAT', page_index: 1, polygon: [[0, 0]] }, { value: 'KETERANGAN', page_index: 1 }];
		const reading = expectDocument(parseGlairAnswer(generalDocument, 200, JSON_TYPE, JSON.stringify({ status: 'SUCCESS', reason: 'ok', read: { all_texts: lines } })));
		expect(reading.read.general_document?.all_texts).toMatchObject({ value: 'SURAT\nKETERANGAN', page_index: 1, confidence: 0 });
	});
});
