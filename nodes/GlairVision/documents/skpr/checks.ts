/**
 * THE list of SKPR checks: the identity numbers (which kind), the amount and the signing date. To
 * add a check, add a line.
 */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';

// prettier-ignore
export const SKPR_CHECKS: readonly FieldCheck[] = [
	// The form asks for an identity card, which may be a foreigner's: the kind is said, never warned about.
	fieldChecks.identityNumberKind('id_card_number', { description: "says whether the account holder's number is a NIK (16 digits), a NIB (13) or another number (never warns)" }),
	fieldChecks.identityNumberKind('attorney_in_fact_id_card_number', { description: "says whether the attorney in fact's number is a NIK (16 digits), a NIB (13) or another number (never warns)" }),
	fieldChecks.amount('policy_amount', { description: 'the amount to debit is an amount (1.234.567,89, Rp 12.500.000, ...); adds it as a number' }),
	fieldChecks.date('signing_date', { description: 'the signing date is a real date (20-03-2026, 20 Maret 2026); adds yyyy-mm-dd' }),
];
