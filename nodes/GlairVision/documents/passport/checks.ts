/**
 * THE list of passport field checks: the machine-readable zone's check digits as ICAO 9303 defines
 * them (mrz/), its dates with the century a reader chooses, and the expiry. A check digit GLAIR did
 * not give (an older answer, optional data not used) switches its check off, never fails it.
 */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';

/** Warn this many days before the passport ends, as for the SIM and the stay permit. */
const RENEWAL_NOTICE_DAYS = 30;

// prettier-ignore
export const PASSPORT_CHECKS: readonly FieldCheck[] = [
	fieldChecks.mrzCheckDigit('doc_number', 'doc_number_hash', { field: 'passportNumber', description: "the passport number matches its MRZ check digit (ICAO 9303: weights 7, 3, 1; A=10 ... Z=35, < = 0)" }),
	fieldChecks.mrzCheckDigit('birth_date', 'birth_date_hash', { field: 'birthDate', description: 'the date of birth (yymmdd) matches its MRZ check digit' }),
	fieldChecks.mrzCheckDigit('expiry_date', 'expiry_date_hash', { field: 'expiryDate', description: 'the date of expiry (yymmdd) matches its MRZ check digit' }),
	fieldChecks.mrzCheckDigit('optional_data', 'optional_data_hash', { field: 'optionalData', description: 'the optional data (personal number), when used, matches its MRZ check digit' }),
	fieldChecks.mrzComposite('final_hash', 'doc_number', 'doc_number_hash', {
		birthDate: 'birth_date', birthDateDigit: 'birth_date_hash', expiryDate: 'expiry_date', expiryDateDigit: 'expiry_date_hash', optionalData: 'optional_data', optionalDataDigit: 'optional_data_hash',
		description: 'the composite check digit matches the MRZ second line it covers (number, birth date, expiry, optional data, each with its digit)',
	}),
	fieldChecks.mrzDate('birth_date', { kind: 'birth', description: 'date of birth is a real date, not after today; adds yyyy-mm-dd (yymmdd: the latest century not after today)' }),
	fieldChecks.mrzDate('expiry_date', { kind: 'expiry', description: 'date of expiry is a real date; adds yyyy-mm-dd (yymmdd: the century within 50 years of today)' }),
	fieldChecks.mrzExpiry('expiry_date', { withinDays: RENEWAL_NOTICE_DAYS, what: 'the passport', description: `the passport has not expired and has more than ${RENEWAL_NOTICE_DAYS} days left` }),
];
