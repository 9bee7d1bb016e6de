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
		expect(runChecks(table, new Map([['nama', 'Dewi']]), CONTEXT)).toEqual({ companions: {}, warnings: ['nama: nama is not in capitals'] });
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
