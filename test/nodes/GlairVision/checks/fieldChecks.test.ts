import { FIELD_CHECK_RULES, fieldChecks } from '../../../../nodes/GlairVision/checks/fieldChecks';
import { defineRule, fieldCheckBuilder } from '../../../../nodes/GlairVision/checks/rule';
import { runChecks } from '../../../../nodes/GlairVision/checks/runChecks';

const CONTEXT = { currentYear: 2026, today: { year: 2026, month: 12, day: 1 } };

describe('a rule declared once', () => {
	test('has a builder under its key, and a name no other rule has', () => {
		expect(Object.keys(fieldChecks).sort()).toEqual(Object.keys(FIELD_CHECK_RULES).sort());
		const names = Object.values(FIELD_CHECK_RULES).map((rule) => rule.name);
		expect(new Set(names).size).toBe(names.length);
	});

	test('names its companion after the first column by default', () => {
		const fieldCheck = fieldChecks.date('pada_tanggal', { description: 'issue date' });
		expect(fieldCheck).toMatchObject({ columns: ['pada_tanggal'], rule: 'date', description: 'issue date', companions: [{ column: 'pada_tanggal_iso', type: 'string' }] });
		expect(fieldCheck.check({ pada_tanggal: '19 JUNI 2024' }, CONTEXT)).toEqual({ companions: { pada_tanggal_iso: '2024-06-19' } });
	});

	test('adds a companion under the name the table line gives', () => {
		const fieldCheck = fieldChecks.date('tanggal_lahir', { description: 'birth date', iso: 'birth_date' });
		expect(fieldCheck.companions).toEqual([{ column: 'birth_date', type: 'string' }]);
		expect(fieldCheck.check({ tanggal_lahir: '05-08-1990' }, CONTEXT)).toEqual({ companions: { birth_date: '1990-08-05' } });
	});

	test('types a numeric companion as a number', () => {
		expect(fieldChecks.engineSize('isi_silinder', { description: 'cc' }).companions).toEqual([{ column: 'isi_silinder_cc', type: 'number' }]);
	});

	test('reads its columns in the order the line names them, and names the other column in its message', () => {
		const fieldCheck = fieldChecks.yearNotAfterIssue('tahun_pembuatan', 'pada_tanggal', { description: 'year vs issue' });
		expect(fieldCheck.columns).toEqual(['tahun_pembuatan', 'pada_tanggal']);
		expect(fieldCheck.companions).toEqual([]);
		expect(fieldCheck.check({ tahun_pembuatan: '2026', pada_tanggal: '19-06-2024' }, CONTEXT).problem).toBe(
			'built in 2026, but the book was issued in 2024 (pada_tanggal 19-06-2024)',
		);
	});

	test('passes the line\'s options and the context to the rule', () => {
		const expiry = fieldChecks.expiry('berlaku_sampai', { description: 'not expired', withinDays: 30, what: 'the registration' });
		expect(expiry.check({ berlaku_sampai: '20-12-2026' }, CONTEXT).problem).toBe('the registration ends on 2026-12-20, in 19 days (less than 30 days left)');
		expect(expiry.check({ berlaku_sampai: '20-12-2026' }, { ...CONTEXT, today: { year: 2026, month: 10, day: 1 } }).problem).toBeUndefined();
	});

	test('a new rule is a declaration and its builder', () => {
		const shouting = defineRule({
			name: 'upper-case',
			reads: 1,
			companions: { lower: { suffix: '_lower', type: 'string' } },
			check: ({ values: [value], columns: [column], companions }) =>
				value === value.toUpperCase() ? { companions: { [companions.lower]: value.toLowerCase() } } : { problem: `${column} is not in capitals` },
		});
		const table = [fieldCheckBuilder(shouting)('nama', { description: 'capitals' })];
		expect(runChecks(table, new Map([['nama', 'DEWI']]), CONTEXT)).toEqual({ companions: { nama_lower: 'dewi' }, warnings: [] });
		expect(runChecks(table, new Map([['nama', 'Dewi']]), CONTEXT)).toEqual({
			companions: {},
			warnings: [{ columns: ['nama'], problem: 'nama is not in capitals', text: 'nama: nama is not in capitals' }],
		});
	});

	test("a rule's optional columns are read when they are there, and the check runs without them", () => {
		const composite = fieldChecks.mrzComposite('final_hash', 'doc_number', 'doc_number_hash', {
			birthDate: 'birth_date', birthDateDigit: 'birth_date_hash', expiryDate: 'expiry_date', expiryDateDigit: 'expiry_date_hash', optionalData: 'optional_data', optionalDataDigit: 'optional_data_hash',
			description: 'composite',
		});
		expect(composite.columns).toEqual(['final_hash', 'doc_number', 'doc_number_hash']);
		expect(composite.optionalColumns).toEqual(['birth_date', 'birth_date_hash', 'expiry_date', 'expiry_date_hash', 'optional_data', 'optional_data_hash']);
		// ICAO 9303's worked example: L898902C36UTO7408122F1204159ZE184226B<<<<<10
		const line = new Map([['final_hash', '0'], ['doc_number', 'L898902C3'], ['doc_number_hash', '6'], ['birth_date', '740812'], ['birth_date_hash', '2'], ['expiry_date', '120415'], ['expiry_date_hash', '9']]);
		const withOptionalData = new Map([...line, ['optional_data', 'ZE184226B'], ['optional_data_hash', '1']]);
		expect(runChecks([composite], withOptionalData, CONTEXT).warnings).toEqual([]);
		// Without the optional data the same digits no longer add up: the check ran, with the empty columns.
		expect(runChecks([composite], line, CONTEXT).warnings).toEqual([
			// What a person must look at: every column the digit covers that was read, the dates among them.
			{ columns: ['final_hash', 'doc_number', 'doc_number_hash', 'birth_date', 'birth_date_hash', 'expiry_date', 'expiry_date_hash'], problem: expect.stringMatching(/^the MRZ's composite check digit is \d/), text: expect.stringMatching(/^final_hash: the MRZ's composite check digit is \d/) },
		]);
		expect(runChecks([composite], new Map([...line].filter(([column]) => column !== 'birth_date')), CONTEXT).warnings).toEqual([]);
	});

	test('a table line is type-checked against its rule', () => {
		// Each line below would not compile; the test only runs them to keep them from being unused.
		const lines = [
			// @ts-expect-error date reads one column
			() => fieldChecks.date('a', 'b', { description: '' }),
			// @ts-expect-error sameValue reads two
			() => fieldChecks.sameValue('a', { description: '' }),
			// @ts-expect-error expiry needs withinDays and what
			() => fieldChecks.expiry('a', { description: '' }),
			// @ts-expect-error every line is described
			() => fieldChecks.vinLength('a', {}),
		];
		expect(lines).toHaveLength(4);
	});
});
