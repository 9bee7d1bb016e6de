import { fieldChecks } from '../../../../nodes/GlairVision/checks/fieldChecks';
import { contextAt } from '../../../../nodes/GlairVision/checks/runChecks';
import { checkDocument, parseRowColumn, rowColumn, runTableChecks } from '../../../../nodes/GlairVision/checks/runTableChecks';
import { tableChecks } from '../../../../nodes/GlairVision/checks/tableChecks';

const CONTEXT = contextAt(new Date('2026-12-07T03:00:00Z'));

describe('runTableChecks: a warning names the columns a person must look at', () => {
	it("a row check names its row's columns by the row, a document column it reads as it is", () => {
		const members = { list: 'members', checks: [fieldChecks.nikMatchesBirthDate('nik', 'tanggal_lahir', { description: 'NIK vs birth date' })] };
		const rows = {
			members: [
				new Map([['nik', '3299994508900001'], ['tanggal_lahir', '05-08-1990']]),
				new Map([['nik', '3299994508900001'], ['tanggal_lahir', '06-08-1990']]),
				// A row without the column reads the document's (a transaction's date against the statement's period).
				new Map([['nik', '3299994508900001']]),
			],
		};
		const { warnings } = runTableChecks({ tables: [members] }, new Map([['tanggal_lahir', '07-08-1990']]), rows, CONTEXT);
		expect(warnings.map((warning) => warning.columns)).toEqual([
			['members[1].nik', 'members[1].tanggal_lahir'],
			['members[2].nik', 'tanggal_lahir'],
		]);
		for (const [index, warning] of warnings.entries()) expect(warning.text).toBe(`members[${index + 1}].nik: ${warning.problem}`);
	});
});

describe('rowColumn and parseRowColumn: how a row’s column is named, and read back', () => {
	it('names a row by its list and 0-based index, and takes the name apart again', () => {
		expect(rowColumn('members', 2, 'nik')).toBe('members[2].nik');
		expect(parseRowColumn('members[2].nik')).toEqual({ list: 'members', index: 2, column: 'nik' });
		expect(parseRowColumn('line_items[10].item_name')).toEqual({ list: 'line_items', index: 10, column: 'item_name' });
	});

	it('is undefined for a document column, a quality flag or a name cut short', () => {
		for (const column of ['nik', 'quality_photocopy', 'members[2]', 'members[].nik', 'members[x].nik']) expect(parseRowColumn(column)).toBeUndefined();
	});
});

describe('checkDocument: a document’s field checks, then its table checks', () => {
	const amount = fieldChecks.amount('credit', { description: 'an amount' });
	const spec = {
		checks: [fieldChecks.amount('total', { description: 'an amount' })],
		tables: [{ list: 'rows', checks: [amount] }],
		tableChecks: [tableChecks.rowsAddUp('rows', 'credit', 'total', { description: 'adds up' })],
	};
	const rows = (...credits: string[]) => ({ rows: credits.map((credit) => new Map([['credit', credit]])) });

	it('warns of the document’s own columns first, then of its rows and tables; the rows’ companions apart', () => {
		const checked = checkDocument(spec, new Map([['total', 'x']]), rows('1.000', 'y'), CONTEXT);
		expect(checked.warnings.map((warning) => warning.columns[0])).toEqual(['total', 'rows[1].credit']);
		expect(checked.rowCompanions?.rows).toHaveLength(2);
		expect(checked.rowCompanions?.rows[0]).toHaveProperty('credit_number', 1000);
	});

	it('runs the sums: rows that do not add up to the total warn of the total, and pass once they do', () => {
		expect(checkDocument(spec, new Map([['total', '3.000']]), rows('1.000', '1.500'), CONTEXT).warnings.map((warning) => warning.columns)).toEqual([['total']]);
		expect(checkDocument(spec, new Map([['total', '3.000']]), rows('1.000', '2.000'), CONTEXT).warnings).toEqual([]);
	});

	it('a document without tables: its field checks only, no row companions', () => {
		const checked = checkDocument({ checks: spec.checks }, new Map([['total', '3.000']]), {}, CONTEXT);
		expect(checked).toEqual({ companions: { total_number: 3000 }, warnings: [] });
	});
});
