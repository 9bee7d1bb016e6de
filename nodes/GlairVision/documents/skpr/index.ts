import type { DocumentSpec } from '../spec';
import { SKPR_CHECKS } from './checks';
import { SKPR_BANK_ACCOUNTS, SKPR_POLICIES, SKPR_SECTIONS } from './fields';

/** An SKPR (Surat Kuasa Pendebetan Rekening): a standing order to debit an account, read flat with its tables. */
export const skpr: DocumentSpec = {
	resource: 'skpr',
	displayName: 'SKPR (Account Debit Authorisation)',
	shortName: 'SKPR',
	description: 'Read the account holder, the account to debit, the policies and the amount of an SKPR (account debit authorisation)',
	path: '/ocr/v1/skpr',
	sections: SKPR_SECTIONS,
	tables: [SKPR_POLICIES, SKPR_BANK_ACCOUNTS],
	flat: true,
	// A signed form, scanned or photographed; the record gives no list: the BPKB's.
	fileTypes: ['png', 'jpeg', 'tiff', 'pdf'],
	multiPage: false,
	checks: SKPR_CHECKS,
};
