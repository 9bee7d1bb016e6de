/**
 * Whether a vehicle's owner is a company, for which the KTP is not compared: by the identity
 * number first (the name only when no number tells). The owner is a company when the number is a
 * NIB, or a company number such as a TDP (not 14-17 digits, so not a NIK with a digit lost or
 * doubled), or, without a NIK, when the name carries PT, CV, ...
 */
import type { DocumentRow, Exemption, RowsByRole } from '../../crossChecks/crossCheck';
import { cellText } from '../../crossChecks/line';
import { identityDigits, identityNumberKind } from '../../indonesia/identityNumber';
import { isCompanyName } from '../../indonesia/ownerName';

/** Where the owner's identity number is read, in the order trusted: role, column, the kind its Read's check gave. */
const IDENTITY_NUMBER: ReadonlyArray<readonly [string, string, string | undefined]> = [
	['bpkb', 'no_ktp_tdp', 'no_ktp_tdp_kind'],
	['stnk', 'nomor_identitas_pemilik', undefined],
];
const OWNER_NAME: ReadonlyArray<readonly [string, string]> = [
	['bpkb', 'nama_pemilik'],
	['stnk', 'nama_pemilik'],
];
const LABELS: Readonly<Record<string, string>> = { bpkb: 'BPKB', stnk: 'STNK' };
/** A NIK is 16 digits; one lost or doubled by OCR still is one, not a company's number. */
const NEAR_NIK_DIGITS = /^\d{14,17}$/;

function companyOwner(rows: RowsByRole): { exempt: boolean; because: string } {
	for (const [role, column, kindColumn] of IDENTITY_NUMBER) {
		const row: DocumentRow | undefined = rows[role];
		const number = row ? cellText(row, column) : '';
		if (number === '') continue;
		const kind = (kindColumn !== undefined && cellText(row!, kindColumn)) || identityNumberKind(number);
		const where = `the ${LABELS[role]}'s ${column} "${number}"`;
		if (kind === 'NIK') return { exempt: false, because: `${where} is a NIK` };
		if (kind === 'NIB') return { exempt: true, because: `${where} is a NIB` };
		if (!NEAR_NIK_DIGITS.test(identityDigits(number))) return { exempt: true, because: `${where} is a company number, not a NIK` };
	}
	for (const [role, column] of OWNER_NAME) {
		const row = rows[role];
		const name = row ? cellText(row, column) : '';
		if (name !== '' && isCompanyName(name)) return { exempt: true, because: `the ${LABELS[role]}'s ${column} "${name}" is a company's` };
	}
	return { exempt: false, because: 'no company number or company form was read' };
}

/** The owner's KTP is compared only when the owner is a person. */
export const COMPANY_OWNER: Exemption = {
	test: companyOwner,
	exempt: 'the owner is a company',
	needed: 'the owner is a person',
};
