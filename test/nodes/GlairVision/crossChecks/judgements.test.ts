import {
	linesAmong,
	type CrossCheck,
	type CrossCheckedFile,
	type RowsByRole,
} from '../../../../nodes/GlairVision/crossChecks/crossCheck';
import { verifyFile } from '../../../../nodes/GlairVision/crossChecks/verifyFile';

const LINES: readonly CrossCheck[] = [
	{ field: 'quality', label: 'Quality', kind: 'flags', soft: false, option: 'grade', role: 'card', flags: { quality_photocopy: 'the picture is a photocopy', quality_screen: 'the picture was taken of a screen' } },
	{ field: 'face', label: 'Face', kind: 'judged', soft: false, source: 'face_call' },
	{ field: 'number', label: 'Number', kind: 'firstOf', soft: false, alternatives: [
		{ kind: 'identityNumber', reads: { card: 'nik', tax: 'nik' } },
		{ kind: 'identityNumber', reads: { card: 'nik', tax: { columns: ['number_16'], label: 'tax number', only: 'nik' } } },
		{ kind: 'ownerName', reads: { card: 'nama', tax: 'nama' } },
	] },
];

const FILE: CrossCheckedFile = {
	roles: [
		{ role: 'card', label: 'CARD', required: true },
		{ role: 'tax', label: 'TAX', required: false },
	],
	crossChecks: LINES,
	columnPrefix: 'check_',
	verdicts: { consistent: 'OK', mismatch: 'LOOK', incomplete: 'LOOK' },
	options: [{ name: 'grade', displayName: 'Grade the Card' }],
};

const CARD = { nik: '3299994508900001', nama: 'DEWI SPESIMEN FIKTIF', quality_photocopy: false, quality_screen: false };
const today = { year: 2026, month: 12, day: 1 };
const graded = new Set(['grade']);
const line = (rows: RowsByRole, column: string, options: ReadonlySet<string> = graded) => verifyFile(FILE, rows, { today, options }).checks.find((check) => check.column === column)!;

describe('a line of flags', () => {
	it('passes while no flag is raised', () => {
		expect(line({ card: CARD }, 'check_quality')).toMatchObject({ result: 'match', values: { card: { quality_photocopy: 'false', quality_screen: 'false' } } });
	});

	it('fails naming each raised flag in its words', () => {
		expect(line({ card: { ...CARD, quality_photocopy: true, quality_screen: 'true' } }, 'check_quality')).toMatchObject({
			result: 'mismatch',
			detail: 'quality: CARD: the picture is a photocopy; the picture was taken of a screen',
		});
	});

	it('is missing when a flag was not graded (empty), never a pass', () => {
		expect(line({ card: { ...CARD, quality_screen: null } }, 'check_quality')).toMatchObject({ result: 'missing', detail: "quality: the CARD's picture was not graded (quality_screen)" });
		expect(line({ card: { nik: CARD.nik } }, 'check_quality').result).toBe('missing');
	});

	it('is skipped while its option is off, naming the option, whatever the flags say', () => {
		expect(line({ card: { ...CARD, quality_photocopy: true } }, 'check_quality', new Set())).toMatchObject({ result: 'skipped', detail: 'quality: not checked (Grade the Card is off)' });
		expect(verifyFile(FILE, { card: { ...CARD, quality_photocopy: true } }, { today }).verdict).toBe('OK');
	});
});

describe('a judged line', () => {
	it('takes its result and detail from the judged row, and its other values as the values', () => {
		const check = line({ card: CARD, face_call: { result: 'mismatch', detail: 'the faces do not match', match_score: 12.87 } }, 'check_face');
		expect(check).toMatchObject({ result: 'mismatch', detail: 'face: the faces do not match', values: { face_call: { match_score: '12.87' } } });
	});

	it('is skipped when there is no judged row, and missing for a result in words it does not know', () => {
		expect(line({ card: CARD }, 'check_face')).toMatchObject({ result: 'skipped', detail: 'face: not asked for' });
		expect(line({ card: CARD, face_call: { result: 'great', detail: '?' } }, 'check_face').result).toBe('missing');
	});

	it('makes the verdict wait for a person on a fail or a missing result, and not on a skipped one', () => {
		const verdict = (row: Record<string, string>) => verifyFile(FILE, { card: CARD, face_call: row }, { today, options: graded }).verdict;
		expect(verdict({ result: 'match', detail: 'MATCH' })).toBe('OK');
		expect(verdict({ result: 'skipped', detail: 'not made: no selfie given' })).toBe('OK');
		expect(verdict({ result: 'mismatch', detail: 'no match' })).toBe('LOOK');
		expect(verdict({ result: 'missing', detail: 'no face in the captured image' })).toBe('LOOK');
	});
});

describe('a check a person decided (Apply Review)', () => {
	const decided = new Map([['check_face', 'a person verified it in person (Dewi)']]);
	const verify = (row: Record<string, string>) => verifyFile(FILE, { card: CARD, face_call: row }, { today, options: graded, decided });

	it('passes a failed or missing hard check in the words of the decision, and the verdict with it', () => {
		for (const result of ['mismatch', 'missing']) {
			const verification = verify({ result, detail: 'the faces do not match' });
			expect(verification.checks.find((check) => check.column === 'check_face')).toMatchObject({ result: 'match', detail: 'face: a person verified it in person (Dewi)' });
			expect(verification).toMatchObject({ verdict: 'OK', mismatches: [], missing: [] });
		}
	});

	it('leaves a check it does not name, and a skipped one, as they are', () => {
		expect(verify({ result: 'skipped', detail: 'not made: no selfie given' }).checks.find((check) => check.column === 'check_face')?.result).toBe('skipped');
		const other = verifyFile(FILE, { card: { ...CARD, quality_photocopy: true }, face_call: { result: 'match', detail: 'MATCH' } }, { today, options: graded, decided });
		expect(other).toMatchObject({ verdict: 'LOOK', mismatches: ['quality: CARD: the picture is a photocopy'] });
	});
});

describe('a line of alternatives', () => {
	it('decides by the first way whose values were all read: the NIK before the name', () => {
		expect(line({ card: CARD, tax: { nik: '3299994508900001', nama: 'SOMEONE ELSE' } }, 'check_number').result).toBe('match');
		expect(line({ card: CARD, tax: { nik: '3299995203920002', nama: CARD.nama } }, 'check_number').result).toBe('mismatch');
	});

	it('takes a 16-digit number only when it is a NIK, then falls back to the name', () => {
		expect(line({ card: CARD, tax: { nik: '', number_16: '3299994508900001', nama: 'X' } }, 'check_number').result).toBe('match');
		// An old 15-digit number with a 0 before it is no NIK: the name decides.
		const old = line({ card: CARD, tax: { nik: '', number_16: '0091234567999000', nama: 'DEWI SPESIMEN FIKTIF' } }, 'check_number');
		expect(old).toMatchObject({ result: 'match', detail: 'number: CARD, TAX agree ("DEWI SPESIMEN FIKTIF")' });
		expect(line({ card: CARD, tax: { nik: '', number_16: '0091234567999000', nama: 'RINA CONTOH' } }, 'check_number').result).toBe('mismatch');
	});

	it('is missing when no way could be compared, and skipped without the second document', () => {
		expect(line({ card: CARD, tax: { nik: '', nama: '' } }, 'check_number').result).toBe('missing');
		expect(line({ card: CARD }, 'check_number')).toMatchObject({ result: 'skipped', detail: 'number: not compared (needs two of CARD, TAX; only CARD given)' });
	});
});

describe('linesAmong', () => {
	const vehicle: readonly CrossCheck[] = [
		{ field: 'name', label: 'Name', kind: 'ownerName', soft: false, reads: { deed: 'owner', paper: 'owner', card: 'nama' } },
		{ field: 'plate', label: 'Plate', kind: 'plate', soft: false, reads: { deed: 'plate', card: 'plate' } },
		{ field: 'until', label: 'Until', kind: 'validUntil', soft: false, reads: { paper: 'until' }, validUntil: { what: 'it', noticeDays: 0 } },
	];

	it("keeps the lines between the roles given, reading only theirs, and a one-document date's line", () => {
		expect(linesAmong(vehicle, ['deed', 'paper'])).toEqual([
			{ field: 'name', label: 'Name', kind: 'ownerName', soft: false, reads: { deed: 'owner', paper: 'owner' } },
			{ field: 'until', label: 'Until', kind: 'validUntil', soft: false, reads: { paper: 'until' }, validUntil: { what: 'it', noticeDays: 0 } },
		]);
	});
});
