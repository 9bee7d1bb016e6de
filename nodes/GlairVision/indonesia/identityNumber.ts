import type { CheckOutcome } from './checkOutcome';
import { withoutGroupingMarks } from './words';

/**
 * The "No. KTP/TDP" box holds either a person's NIK (16 digits, from the KTP identity card),
 * a company's NIB (13 digits, Nomor Induk Berusaha), or an older company number such as a TDP
 * ("S120112190871" in the vendor sample). Only the NIK has a structure that can be checked (nik.ts).
 */
export type IdentityNumberKind = 'NIK' | 'NIB' | 'other';

/** The number as printed, without the spaces, dots and dashes used to group digits. */
export function identityDigits(text: string): string {
	return withoutGroupingMarks(text);
}

/** Why a 16-digit number (a NIK, a KK number) is not one, for its check's message: its length, and the characters that are no digits. */
export function notSixteenDigits(what: string, text: string): string {
	const compact = identityDigits(text);
	const letters = [...new Set(compact.replace(/\d/g, ''))];
	const others = letters.length > 0 ? `; it has ${letters.map((letter) => `"${letter}"`).join(', ')} where digits belong` : '';
	return `${what} has 16 digits; this has ${compact.length} characters${others}`;
}

export function identityNumberKind(text: string): IdentityNumberKind {
	const compact = identityDigits(text);
	if (/^\d{16}$/.test(compact)) return 'NIK';
	if (/^\d{13}$/.test(compact)) return 'NIB';
	return 'other';
}

/** Never a problem: says which kind of number this is so later steps can route it. */
export function checkIdentityNumberKind(text: string, kindCompanion: string): CheckOutcome {
	return { companions: { [kindCompanion]: identityNumberKind(text) } };
}
