import { fieldChecks } from '../../../../nodes/GlairVision/checks/fieldChecks';
import { contextAt } from '../../../../nodes/GlairVision/checks/runChecks';
import { runTableChecks } from '../../../../nodes/GlairVision/checks/runTableChecks';

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
