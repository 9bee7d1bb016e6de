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
