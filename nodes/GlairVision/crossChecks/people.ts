/**
 * Lines about people and households: a person listed in a household's table (the applicant on the
 * KK, with the same name and birth date), and whose a thing is (a pledged vehicle: the person's,
 * a member of the household's, or someone else's). People are told apart by identity number where
 * both documents carry one, else by name; an OCR slip (`near`) still finds them, with a note. Pure.
 */
import { compare, type Comparison } from './compare';
import type { CrossCheckResult, DocumentRow, ListedLine, PersonColumns, RelationLine } from './crossCheck';
import { cellText, lineBase, skippedCheck, tableRows, type LineInput } from './line';

/** How sure a search for one person is: found, found with an OCR slip, or not found. */
type Found = { result: 'match' | 'near'; why?: string } | { result: 'mismatch' | 'missing' };

function identityOf(row: DocumentRow, columns: { id: string; name: string }): { id: string; name: string } {
	return { id: cellText(row, columns.id), name: cellText(row, columns.name) };
}

/** Whether two people are one: by identity number when both have one, else by name; `missing` when neither can tell. */
function samePerson(a: { id: string; name: string }, b: { id: string; name: string }): Found {
	const byId = a.id !== '' && b.id !== '';
	const compared = byId ? compare('identityNumber', a.id, b.id) : compare('ownerName', a.name, b.name);
	if (compared.result === 'match' || compared.result === 'near') return { result: compared.result, why: compared.why };
	return { result: compared.result };
}

/** The worst of several results, a difference first: what a person must look at. */
function worst(results: readonly Comparison[]): Comparison {
	for (const result of ['mismatch', 'missing', 'near'] as const) if (results.includes(result)) return result;
	return 'match';
}

const quoted = (text: string) => `"${text}"`;

/** The applicant's NIK in the household's table, and the same name and birth date in that row. */
export function runListed(check: ListedLine, input: LineInput): CrossCheckResult {
	const { rows, compared, labelOf, column } = input;
	const { person, list } = check;
	const given = [person.role, list.role].filter((role) => compared.includes(role));
	if (given.length < 2) return skippedCheck(check, column, given, labelOf, `needs the ${labelOf(person.role)} and the ${labelOf(list.role)}`);
	const personRow = rows[person.role]!;
	const id = cellText(personRow, person.column);
	const members = tableRows(rows[list.role], list.table);
	const personValues = Object.fromEntries([person.column, ...check.same.map((same) => same.person)].map((name) => [name, cellText(personRow, name)]));
	const base = { ...lineBase(check, column), values: { [person.role]: personValues } as CrossCheckResult['values'] };
	const where = `the ${labelOf(list.role)}`;
	if (id === '') return { ...base, result: 'missing', detail: `${check.field}: ${person.column} not read on the ${labelOf(person.role)}` };
	if (members.length === 0) return { ...base, result: 'missing', detail: `${check.field}: no ${list.row} was read on ${where}` };

	const ids = members.map((member) => cellText(member, list.column));
	const byId = ids.map((memberId) => compare('identityNumber', id, memberId));
	const index = [byId.findIndex((found) => found.result === 'match'), byId.findIndex((found) => found.result === 'near')].find((at) => at >= 0);
	const personLabel = `the ${labelOf(person.role)}'s ${person.column} ${quoted(id)}`;
	if (index === undefined) {
		const listed = ids.map((memberId) => quoted(memberId)).join(', ');
		return { ...base, result: 'mismatch', detail: `${check.field}: ${where} does not list ${personLabel} (its ${members.length} ${list.row}s: ${list.column} ${listed})` };
	}
	const member = members[index];
	const rowLabel = `${where}'s ${list.row} ${index + 1}`;
	const values = { ...base.values, [list.role]: Object.fromEntries([list.column, ...check.same.map((same) => same.row)].map((name) => [`${list.table}[${index}].${name}`, cellText(member, name)])) };
	const pairs = check.same.map((same) => ({ same, compared: compare(same.kind, cellText(personRow, same.person), cellText(member, same.row)) }));
	const result = worst([byId[index].result, ...pairs.map((pair) => pair.compared.result)]);
	const done = { ...base, values, result };
	const differing = pairs.filter((pair) => pair.compared.result === result);
	const pairText = ({ same }: (typeof pairs)[number]) =>
		`${labelOf(person.role)} ${same.person} ${quoted(cellText(personRow, same.person))} vs ${rowLabel} ${same.row} ${quoted(cellText(member, same.row))}`;
	switch (result) {
		case 'mismatch':
			return { ...done, detail: `${check.field}: ${rowLabel} has ${personLabel}, but ${differing.map(pairText).join('; ')}` };
		case 'missing':
			return { ...done, detail: `${check.field}: ${rowLabel} has ${personLabel}; ${differing.map(({ same }) => `${same.row} not read there`).join(', ')}` };
		case 'near': {
			const whys = [byId[index], ...pairs.map((pair) => pair.compared)].filter((found) => found.result === 'near').map((found) => found.why);
			return { ...done, detail: `${check.field}: ${rowLabel} is nearly ${personLabel}, with the same ${check.same.map((same) => same.person).join(' and ')} (${whys.join('; ')})` };
		}
		default:
			return { ...done, detail: `${check.field}: ${rowLabel} has ${personLabel}, with the same ${check.same.map((same) => same.person).join(' and ')}` };
	}
}

function describePerson(label: string, columns: PersonColumns, who: { id: string; name: string }): string {
	const parts = [who.name !== '' ? `${columns.name} ${quoted(who.name)}` : '', who.id !== '' ? `${columns.id} ${quoted(who.id)}` : ''].filter(Boolean);
	return `the ${label}'s ${parts.join(', ')}`;
}

/**
 * Whose a thing is: its owner (read from the first owner role given) against the person, then
 * against each member of the household's table. The person's is `match`, a member's `match` too
 * (a spouse's or a parent's car is common and legitimate), anyone else's a `mismatch`.
 */
export function runRelation(check: RelationLine, input: LineInput): CrossCheckResult {
	const { rows, compared, labelOf, column } = input;
	const { relation } = check;
	const ownerColumns = check.owner.find((owner) => compared.includes(owner.role));
	if (!ownerColumns) {
		const needs = `needs the ${check.owner.map((owner) => labelOf(owner.role)).join(' or ')}`;
		return { ...skippedCheck(check, column, [], labelOf, needs), named: { [relation.column]: '' } };
	}
	const owner = identityOf(rows[ownerColumns.role]!, ownerColumns);
	const ownerLabel = labelOf(ownerColumns.role);
	const values: CrossCheckResult['values'] = { [ownerColumns.role]: { [ownerColumns.id]: owner.id, [ownerColumns.name]: owner.name } };
	const base = { ...lineBase(check, column), values };
	const named = (word: string) => ({ [relation.column]: word });
	if (owner.id === '' && owner.name === '') {
		return { ...base, result: 'missing', named: named(''), detail: `${check.field}: the owner was not read on the ${ownerLabel}` };
	}
	const ownerText = describePerson(ownerLabel, ownerColumns, owner);
	const noted = (found: Found, text: string) => (found.result === 'near' && found.why ? `${text} (nearly: ${found.why})` : text);

	if (compared.includes(check.person.role)) {
		const person = identityOf(rows[check.person.role]!, check.person);
		values[check.person.role] = { [check.person.id]: person.id, [check.person.name]: person.name };
		const found = samePerson(owner, person);
		if (found.result === 'match' || found.result === 'near') {
			return { ...base, result: found.result, named: named(relation.person), detail: noted(found, `${check.field}: ${relation.person}: ${ownerText} is the ${labelOf(check.person.role)}'s`) };
		}
	}
	const { household } = check;
	const householdLabel = labelOf(household.role);
	if (compared.includes(household.role)) {
		const members = tableRows(rows[household.role], household.table);
		for (const [index, member] of members.entries()) {
			const found = samePerson(owner, identityOf(member, household));
			if (found.result !== 'match' && found.result !== 'near') continue;
			values[household.role] = { [`${household.table}[${index}].${household.id}`]: cellText(member, household.id), [`${household.table}[${index}].${household.name}`]: cellText(member, household.name) };
			const memberText = `the ${householdLabel}'s ${household.table} ${index + 1} (${quoted(cellText(member, household.name))})`;
			return { ...base, result: found.result, named: named(relation.household), detail: noted(found, `${check.field}: ${relation.household}: ${ownerText} is ${memberText}`) };
		}
	}
	const notHousehold = compared.includes(household.role) ? `nor a member of the ${householdLabel}` : `nor, with no ${householdLabel} given, known to be of the household`;
	return { ...base, result: 'mismatch', named: named(relation.other), detail: `${check.field}: ${relation.other}: ${ownerText} is neither the ${labelOf(check.person.role)}'s ${notHousehold}` };
}
