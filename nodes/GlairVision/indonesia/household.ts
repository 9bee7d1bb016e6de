import { PASSED, failed, quoted, type CheckOutcome } from './checkOutcome';
import { parseOwnerName } from './ownerName';
import { printedWords } from './words';

/**
 * A KK's household: each member's relationship to the head of the family (Status Hubungan Dalam
 * Keluarga: KEPALA KELUARGA, ISTRI, SUAMI, ANAK, ...). A card has exactly one head, whose name is
 * printed above the table too.
 */

/** Whether a member's relationship is the head of the family, however it is spaced or cased. */
export function isHeadOfFamily(relation: string): boolean {
	return printedWords(relation).join(' ') === 'KEPALA KELUARGA';
}

/** A member as the household checks see it: its place in the list, its name and its relationship. */
export interface HouseholdMember {
	/** How a message names it, e.g. "members[0]". */
	label: string;
	name: string;
	relation: string;
}

/** Exactly one member is KEPALA KELUARGA. A list with no relationship read says nothing either way. */
export function checkOneHeadOfFamily(members: readonly HouseholdMember[]): CheckOutcome {
	const related = members.filter((member) => member.relation.trim() !== '');
	if (related.length === 0) return PASSED;
	const heads = related.filter((member) => isHeadOfFamily(member.relation));
	if (heads.length === 1) return PASSED;
	if (heads.length === 0) return failed('no member is KEPALA KELUARGA (head of the family); a KK has exactly one');
	return failed(`${heads.map((head) => head.label).join(', ')} are each KEPALA KELUARGA (head of the family); a KK has exactly one`);
}

/** Two printings of a person's name agree, titles, degrees, case and spacing aside. */
function sameName(a: string, b: string): boolean {
	return parseOwnerName(a).words.join(' ') === parseOwnerName(b).words.join(' ');
}

/**
 * The head of the family named above the table is the member who is KEPALA KELUARGA. Said only when
 * there is exactly one (checkOneHeadOfFamily speaks of the others) and both names were read.
 */
export function checkHeadOfFamilyNamed(name: string, members: readonly HouseholdMember[]): CheckOutcome {
	const heads = members.filter((member) => isHeadOfFamily(member.relation));
	if (heads.length !== 1 || heads[0].name.trim() === '') return PASSED;
	const [head] = heads;
	if (sameName(name, head.name)) return PASSED;
	return failed(`${quoted(name.trim())} here, but the KEPALA KELUARGA of the table (${head.label}) is ${quoted(head.name.trim())}`);
}
