import { bpkb } from '../../../../nodes/GlairVision/documents/bpkb';
import { invoice } from '../../../../nodes/GlairVision/documents/invoice';
import { kk } from '../../../../nodes/GlairVision/documents/kk';
import type { TableSpec } from '../../../../nodes/GlairVision/documents/spec';
import { specProblems } from '../../../helpers/specProblems';

/** A table's rows sit beside the document's fields: the registry refuses a spec where they would collide. */

const members = kk.tables![0];
const withMembers = (table: Partial<TableSpec>) => ({ ...kk, tables: [{ ...members, ...table }] });

describe('specProblems of a document with tables', () => {
	it('finds none in the documents with tables', () => {
		expect(specProblems(kk)).toEqual([]);
		expect(specProblems(invoice)).toEqual([]);
	});

	it.each([
		['a row column the document has too', withMembers({ fields: [...members.fields, { key: 'nomor_kk', label: 'x' }] }), 'kk: "members" has a column "nomor_kk", which the document has too'],
		['a row column named as a list', withMembers({ fields: [...members.fields, { key: 'members', label: 'x' }] }), 'kk: "members" has a column "members", which the document has too'],
		['a list named as a column', withMembers({ list: 'alamat' }), 'kk: the list "alamat" is also a column'],
		['a table key that is a field', withMembers({ key: 'provinsi' }), 'kk: the table "provinsi" is also a field'],
		['two row columns alike', withMembers({ fields: [...members.fields, members.fields[0]] }), 'kk: two fields of "members" share a column'],
		['two lists alike', { ...invoice, tables: [invoice.tables![0], { ...invoice.tables![1], list: 'line_items' }] }, 'invoice: two tables share a list name'],
		['a table on a sectioned document', { ...bpkb, tables: [members] }, 'bpkb: only a flat document has tables'],
	])('refuses %s', (_what, spec, problem) => {
		expect(specProblems(spec)).toContain(problem);
	});
});
