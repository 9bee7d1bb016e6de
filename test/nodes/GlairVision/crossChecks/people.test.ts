import type { CrossCheckedFile, DocumentRow, ListedLine, RelationLine, RowsByRole } from '../../../../nodes/GlairVision/crossChecks/crossCheck';
import { verifyFile } from '../../../../nodes/GlairVision/crossChecks/verifyFile';

/** A file of people: an identity card, a household's card with its members, and a thing someone owns. */
const LISTED: ListedLine = {
	field: 'listed',
	label: 'Listed',
	kind: 'listed',
	soft: false,
	person: { role: 'card', column: 'nik' },
	list: { role: 'family', table: 'members', column: 'nik', row: 'member' },
	same: [
		{ person: 'nama', row: 'nama_lengkap', kind: 'ownerName' },
		{ person: 'tanggal_lahir', row: 'tanggal_lahir', kind: 'date' },
	],
};

const RELATION: RelationLine = {
	field: 'whose',
	label: 'Whose',
	kind: 'relation',
	soft: false,
	owner: [
		{ role: 'deed', id: 'owner_id', name: 'owner_name' },
		{ role: 'paper', id: 'holder_id', name: 'holder_name' },
	],
	person: { role: 'card', id: 'nik', name: 'nama' },
	household: { role: 'family', table: 'members', id: 'nik', name: 'nama_lengkap' },
	relation: { column: 'relation', person: 'person', household: 'household', other: 'other' },
};

const FILE: CrossCheckedFile = {
	roles: ['card', 'family', 'deed', 'paper'].map((role) => ({ role, label: role.toUpperCase(), required: role === 'card' })),
	crossChecks: [LISTED, RELATION],
	columnPrefix: 'check_',
	verdicts: { consistent: 'OK', mismatch: 'LOOK', incomplete: 'LOOK' },
};

const CARD: DocumentRow = { nik: '3299994508900001', nama: 'DEWI SPESIMEN FIKTIF', tanggal_lahir: '05-08-1990' };
const HUSBAND = { nik: '3299991107850003', nama_lengkap: 'BUDI CONTOH FIKTIF', tanggal_lahir: '11-07-1985' };
const WIFE = { nik: '3299994508900001', nama_lengkap: 'DEWI SPESIMEN FIKTIF', tanggal_lahir: '05-08-1990' };
const FAMILY: DocumentRow = { nomor_kk: '3299991203150007', members: [HUSBAND, WIFE] };
const today = { year: 2026, month: 12, day: 1 };

const run = (rows: RowsByRole) => verifyFile(FILE, rows, { today });
const line = (rows: RowsByRole, column: string) => run(rows).checks.find((check) => check.column === column)!;

describe('a person listed in a household table', () => {
	it('finds the card NIK as a member with the same name and birth date', () => {
		const check = line({ card: CARD, family: FAMILY }, 'check_listed');
		expect(check.result).toBe('match');
		expect(check.detail).toBe('listed: the FAMILY\'s member 2 has the CARD\'s nik "3299994508900001", with the same nama and tanggal_lahir');
		expect(check.values).toEqual({
			card: { nik: '3299994508900001', nama: 'DEWI SPESIMEN FIKTIF', tanggal_lahir: '05-08-1990' },
			family: { 'members[1].nik': '3299994508900001', 'members[1].nama_lengkap': 'DEWI SPESIMEN FIKTIF', 'members[1].tanggal_lahir': '05-08-1990' },
		});
	});

	it('is a mismatch when no member has the NIK, listing the NIKs read', () => {
		const check = line({ card: CARD, family: { members: [HUSBAND] } }, 'check_listed');
		expect(check.result).toBe('mismatch');
		expect(check.detail).toBe('listed: the FAMILY does not list the CARD\'s nik "3299994508900001" (its 1 members: nik "3299991107850003")');
	});

	it('is a mismatch when the member found has another birth date, naming both', () => {
		const check = line({ card: CARD, family: { members: [HUSBAND, { ...WIFE, tanggal_lahir: '06-08-1990' }] } }, 'check_listed');
		expect(check.result).toBe('mismatch');
		expect(check.detail).toContain('CARD tanggal_lahir "05-08-1990" vs the FAMILY\'s member 2 tanggal_lahir "06-08-1990"');
	});

	it('reads a birth date printed another way and an OCR slip in the NIK as the same person, with a note', () => {
		const check = line({ card: CARD, family: { members: [{ ...WIFE, nik: '32999945O89O0001', tanggal_lahir: '5 AGUSTUS 1990' }] } }, 'check_listed');
		expect(check.result).toBe('near');
		expect(check.detail).toMatch(/^listed: the FAMILY's member 1 is nearly the CARD's nik "3299994508900001".*lookalike/);
	});

	it('is missing when the member found has no birth date read, or the card no NIK, or the family no member', () => {
		expect(line({ card: CARD, family: { members: [{ ...WIFE, tanggal_lahir: '' }] } }, 'check_listed')).toMatchObject({ result: 'missing', detail: expect.stringContaining('tanggal_lahir not read there') });
		expect(line({ card: { ...CARD, nik: '' }, family: FAMILY }, 'check_listed')).toMatchObject({ result: 'missing', detail: 'listed: nik not read on the CARD' });
		expect(line({ card: CARD, family: { members: [] } }, 'check_listed')).toMatchObject({ result: 'missing', detail: 'listed: no member was read on the FAMILY' });
	});

	it('is skipped without the household card', () => {
		expect(line({ card: CARD }, 'check_listed')).toMatchObject({ result: 'skipped', detail: 'listed: not compared (needs the CARD and the FAMILY; only CARD given)' });
	});

	it('makes the verdict a mismatch, or incomplete when it could not be made', () => {
		expect(run({ card: CARD, family: FAMILY }).verdict).toBe('OK');
		expect(run({ card: CARD, family: { members: [HUSBAND] } }).verdict).toBe('LOOK');
		expect(run({ card: CARD, family: { members: [HUSBAND] } }).mismatches).toHaveLength(1);
		expect(run({ card: CARD, family: { members: [] } }).missing).toEqual(['listed: no member was read on the FAMILY']);
	});
});

describe('whose a thing is', () => {
	const whose = (rows: RowsByRole) => line(rows, 'check_whose');

	it("is the person's when the deed's owner id is the card's NIK", () => {
		const check = whose({ card: CARD, family: FAMILY, deed: { owner_id: '3299994508900001', owner_name: 'DEWI S. FIKTIF' } });
		expect(check).toMatchObject({ result: 'match', named: { relation: 'person' } });
		expect(check.detail).toBe('whose: person: the DEED\'s owner_name "DEWI S. FIKTIF", owner_id "3299994508900001" is the CARD\'s');
	});

	it("is the household's when the owner is a member of the family (by NIK), naming the member", () => {
		const check = whose({ card: CARD, family: FAMILY, deed: { owner_id: '3299991107850003', owner_name: 'BUDI CONTOH FIKTIF' } });
		expect(check).toMatchObject({ result: 'match', named: { relation: 'household' } });
		expect(check.detail).toContain('is the FAMILY\'s members 1 ("BUDI CONTOH FIKTIF")');
		expect(check.values.family).toEqual({ 'members[0].nik': '3299991107850003', 'members[0].nama_lengkap': 'BUDI CONTOH FIKTIF' });
	});

	it('goes by name where the owner document holds no identity number', () => {
		expect(whose({ card: CARD, family: FAMILY, deed: { owner_id: '', owner_name: 'Budi Contoh Fiktif' } })).toMatchObject({ result: 'match', named: { relation: 'household' } });
		expect(whose({ card: CARD, family: FAMILY, deed: { owner_id: '', owner_name: 'DEWI SPESIMEN FIKTIF' } })).toMatchObject({ result: 'match', named: { relation: 'person' } });
	});

	it("goes by NIK where there is one: the person's name on another NIK is someone else", () => {
		const check = whose({ card: CARD, family: FAMILY, deed: { owner_id: '3299995203920002', owner_name: 'DEWI SPESIMEN FIKTIF' } });
		expect(check).toMatchObject({ result: 'mismatch', named: { relation: 'other' } });
	});

	it("is other for a stranger's, naming the owner, and says when no household card was given", () => {
		const stranger = { owner_id: '3299995203920002', owner_name: 'RINA CONTOH FIKTIF' };
		expect(whose({ card: CARD, family: FAMILY, deed: stranger }).detail).toBe(
			'whose: other: the DEED\'s owner_name "RINA CONTOH FIKTIF", owner_id "3299995203920002" is neither the CARD\'s nor a member of the FAMILY',
		);
		expect(whose({ card: CARD, deed: stranger }).detail).toContain('nor, with no FAMILY given, known to be of the household');
		expect(whose({ card: CARD, deed: { owner_id: '3299991107850003', owner_name: 'BUDI CONTOH FIKTIF' } })).toMatchObject({ result: 'mismatch', named: { relation: 'other' } });
	});

	it('reads the owner from the second owner document when the first is not given', () => {
		expect(whose({ card: CARD, family: FAMILY, paper: { holder_id: '3299991107850003', holder_name: 'BUDI CONTOH FIKTIF' } })).toMatchObject({ result: 'match', named: { relation: 'household' } });
	});

	it('is missing when the owner was not read, and skipped (its column empty) without an owner document', () => {
		expect(whose({ card: CARD, deed: { owner_id: '', owner_name: '' } })).toMatchObject({ result: 'missing', named: { relation: '' } });
		expect(whose({ card: CARD, family: FAMILY })).toMatchObject({ result: 'skipped', named: { relation: '' }, detail: 'whose: not compared (needs the DEED or PAPER; none given)' });
	});
});
