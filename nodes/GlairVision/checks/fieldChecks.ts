/**
 * THE rules a document's field-check table can use, each declared once: its name, how many columns
 * it reads, the companion columns it adds (named `<first column><suffix>` by default) and the pure
 * function of indonesia/ that judges the values.
 *
 * A document declares a check as a line of its table (documents/<type>/checks.ts):
 *
 *     fieldChecks.date('pada_tanggal', { description: 'issue date is a real date; adds yyyy-mm-dd' })
 *     fieldChecks.sameValue('nomor_rangka', 'pajak_nomor_rangka', { description: '...' })
 *     fieldChecks.date('tanggal_lahir', { description: '...', iso: 'birth_date_iso' }) // another companion name
 *     fieldChecks.expiry('berlaku_sampai', { description: '...', withinDays: 30, what: 'the registration' })
 *
 * the columns first (as many as the rule reads), then the description, the rule's options, and any
 * companion named otherwise than by default. A new rule is its function in indonesia/ (with a test
 * there) and one entry below; every document can then use it.
 */
import {
	checkBpkbNumberShape,
	checkDate,
	checkDeadline,
	checkEngineSize,
	checkIdentityNumberKind,
	checkLifetimeOrDate,
	checkNikBirthDate,
	checkNikMatchesBirthDate,
	checkNikMatchesProvince,
	checkNikMatchesSex,
	checkNikProvince,
	checkNikSerial,
	checkNikShape,
	checkNpwpShape,
	checkPlateColour,
	checkPlateRegion,
	checkPlateShape,
	checkSameValue,
	checkStampMatchesBpkbNumber,
	checkVinCharacters,
	checkVinLength,
	checkWheelCount,
	checkWheelsMatchKind,
	checkYearFormat,
	checkYearInRange,
	checkYearNotAfterIssue,
	checkSimNumberShape,
	checkGpa,
	PASSED,
	adjustmentAddends,
	alternativeColumns,
	checkAddsUp,
	checkAmount,
	checkKkNumber,
	checkWithinPeriod,
	columnAddend,
	type Alternatives,
} from '../indonesia';
import { MRZ_FIELDS, checkMrzCheckDigit, checkMrzComposite, checkMrzDate, checkMrzExpiry, type MrzDateKind, type MrzFieldName } from '../mrz';
import { checkImeis } from '../phone';
import { checkSingaporeNumber, type SingaporeNumberKind } from '../singapore';
import { buildersOf, defineRule, type CompanionDeclaration } from './rule';

const text = (suffix: string): CompanionDeclaration => ({ suffix, type: 'string' });
const number = (suffix: string): CompanionDeclaration => ({ suffix, type: 'number' });

/** The columns of the MRZ's second line a composite check digit covers beyond the passport number. */
interface MrzCompositeColumns {
	birthDate: string;
	birthDateDigit: string;
	expiryDate: string;
	expiryDateDigit: string;
	optionalData: string;
	optionalDataDigit: string;
}

/** A date something is valid until: `what` names it in the warning ("the registration"). */
interface Deadline {
	what: string;
	/** Warn this many days before the end too (0: only once it passed). */
	withinDays: number;
}

/** What a total is made of beyond its base: amounts added (a tax) and taken away (a discount). */
interface Adjustments {
	plus?: readonly Alternatives[];
	minus?: readonly Alternatives[];
}

// prettier-ignore
const RULES = {
	// ---- dates
	date: defineRule({ name: 'date', reads: 1, companions: { iso: text('_iso') }, check: ({ values: [date], companions }) => checkDate(date, companions.iso) }),
	lifetimeOrDate: defineRule({ name: 'lifetime-or-date', reads: 1, companions: { iso: text('_iso') }, check: ({ values: [date], companions }) => checkLifetimeOrDate(date, companions.iso) }),
	/** Valid until a date: a warning once it passed, and `withinDays` before. */
	expiry: defineRule<1, never, Deadline>({ name: 'expiry', reads: 1, check: ({ values: [date], options, context }) => checkDeadline(date, context.today, options.withinDays, options.what) }),
	/** Paid or done until a date: a warning once it passed. */
	overdue: defineRule<1, never, Pick<Deadline, 'what'>>({ name: 'overdue', reads: 1, check: ({ values: [date], options, context }) => checkDeadline(date, context.today, 0, options.what) }),
	/** A date within a period, both ends included (a transaction within its statement's period). */
	withinPeriod: defineRule({ name: 'within-period', reads: 3, check: ({ values: [date, start, end], columns: [, startColumn, endColumn] }) => checkWithinPeriod(date, start, end, startColumn, endColumn) }),

	// ---- amounts
	amount: defineRule({ name: 'amount', reads: 1, companions: { number: number('_number') }, check: ({ values: [amount], companions }) => checkAmount(amount, companions.number) }),
	/** A total is its base plus and minus the other amounts read: an invoice's subtotal less the discount plus the tax. */
	totalAddsUp: defineRule<2, never, Adjustments>({
		name: 'total-adds-up', reads: 2,
		optionalColumns: ({ plus = [], minus = [] }) => alternativeColumns([...plus, ...minus]),
		check: ({ values: [total, base], columns: [totalColumn, baseColumn], optional, options: { plus = [], minus = [] } }) => {
			const first = columnAddend(baseColumn, base);
			const others = adjustmentAddends(plus, minus, (column) => optional[column] ?? '');
			return first && others ? checkAddsUp([first, ...others], total, totalColumn) : PASSED;
		},
	}),

	// ---- identity numbers (NIK, NIB, NPWP)
	identityNumberKind: defineRule({ name: 'identity-number-kind', reads: 1, companions: { kind: text('_kind') }, check: ({ values: [number], companions }) => checkIdentityNumberKind(number, companions.kind) }),
	nikShape: defineRule({ name: 'nik-shape', reads: 1, check: ({ values: [nik] }) => checkNikShape(nik) }),
	nikProvince: defineRule({ name: 'nik-province', reads: 1, check: ({ values: [nik] }) => checkNikProvince(nik) }),
	nikBirthDate: defineRule({ name: 'nik-birth-date', reads: 1, check: ({ values: [nik] }) => checkNikBirthDate(nik) }),
	nikSerial: defineRule({ name: 'nik-serial', reads: 1, check: ({ values: [nik] }) => checkNikSerial(nik) }),
	nikMatchesProvince: defineRule({ name: 'nik-matches-province', reads: 2, check: ({ values: [nik, province], columns: [, provinceColumn] }) => checkNikMatchesProvince(nik, province, provinceColumn) }),
	nikMatchesBirthDate: defineRule({ name: 'nik-matches-birth-date', reads: 2, check: ({ values: [nik, birthDate], columns: [, birthDateColumn] }) => checkNikMatchesBirthDate(nik, birthDate, birthDateColumn) }),
	nikMatchesSex: defineRule({ name: 'nik-matches-sex', reads: 2, check: ({ values: [nik, sex], columns: [, sexColumn] }) => checkNikMatchesSex(nik, sex, sexColumn) }),
	kkNumber: defineRule({ name: 'kk-number', reads: 1, check: ({ values: [kk] }) => checkKkNumber(kk) }),
	npwpShape: defineRule({ name: 'npwp-shape', reads: 1, companions: { normalized: text('_normalized') }, check: ({ values: [npwp], companions }) => checkNpwpShape(npwp, companions.normalized) }),

	// ---- the vehicle
	plateShape: defineRule({ name: 'plate-shape', reads: 1, companions: { normalized: text('_normalized') }, check: ({ values: [plate], companions }) => checkPlateShape(plate, companions.normalized) }),
	plateRegion: defineRule({ name: 'plate-region', reads: 1, check: ({ values: [plate] }) => checkPlateRegion(plate) }),
	plateColour: defineRule({ name: 'plate-colour', reads: 1, check: ({ values: [colour] }) => checkPlateColour(colour) }),
	vinLength: defineRule({ name: 'vin-length', reads: 1, check: ({ values: [vin] }) => checkVinLength(vin) }),
	vinCharacters: defineRule({ name: 'vin-characters', reads: 1, companions: { suggested: text('_suggested') }, check: ({ values: [vin], companions }) => checkVinCharacters(vin, companions.suggested) }),
	yearFormat: defineRule({ name: 'year-format', reads: 1, check: ({ values: [year] }) => checkYearFormat(year) }),
	yearInRange: defineRule({ name: 'year-range', reads: 1, check: ({ values: [year], context }) => checkYearInRange(year, context.currentYear) }),
	yearNotAfterIssue: defineRule({ name: 'year-not-after-issue', reads: 2, check: ({ values: [year, issueDate], columns: [, issueDateColumn] }) => checkYearNotAfterIssue(year, issueDate, issueDateColumn) }),
	engineSize: defineRule({ name: 'engine-size', reads: 1, companions: { cc: number('_cc') }, check: ({ values: [size], companions }) => checkEngineSize(size, companions.cc) }),
	wheelCount: defineRule({ name: 'wheel-count', reads: 1, check: ({ values: [wheels] }) => checkWheelCount(wheels) }),
	wheelsMatchKind: defineRule({ name: 'wheels-match-kind', reads: 2, check: ({ values: [wheels, kind] }) => checkWheelsMatchKind(wheels, kind) }),

	// ---- the BPKB number
	bpkbNumberShape: defineRule({ name: 'bpkb-number-shape', reads: 1, check: ({ values: [bpkbNumber] }) => checkBpkbNumberShape(bpkbNumber) }),
	stampMatches: defineRule({ name: 'bpkb-stamp-matches', reads: 2, check: ({ values: [stamp, printed] }) => checkStampMatchesBpkbNumber(stamp, printed) }),

	// ---- one value printed twice
	sameValue: defineRule({ name: 'same-value', reads: 2, check: ({ values: [value, other], columns: [, otherColumn] }) => checkSameValue(value, other, otherColumn) }),

	// ---- the SIM, a passport's machine-readable zone (ICAO 9303: mrz/), Singapore's numbers (singapore/), a phone's IMEIs (phone/)
	simNumberShape: defineRule({ name: 'sim-number-shape', reads: 1, check: ({ values: [number] }) => checkSimNumberShape(number) }),
	/** A field of the MRZ against its check digit; `field` says which (its width, whether it is a date). */
	mrzCheckDigit: defineRule<2, never, { field: MrzFieldName }>({ name: 'mrz-check-digit', reads: 2, check: ({ values: [value, digit], options, context }) => checkMrzCheckDigit(value, digit, MRZ_FIELDS[options.field], context.today) }),
	/**
	 * The composite check digit against the passport number and its digit, and the other fields it
	 * covers named in the options: a part not read passes (its own check says why), the optional data
	 * may be empty (unused).
	 */
	mrzComposite: defineRule<3, never, MrzCompositeColumns>({
		name: 'mrz-composite', reads: 3,
		optionalColumns: (parts) => [parts.birthDate, parts.birthDateDigit, parts.expiryDate, parts.expiryDateDigit, parts.optionalData, parts.optionalDataDigit],
		check: ({ values: [final, docNumber, docNumberDigit], optional, options: parts, context }) =>
			checkMrzComposite({
				docNumber, docNumberDigit,
				birthDate: optional[parts.birthDate], birthDateDigit: optional[parts.birthDateDigit],
				expiryDate: optional[parts.expiryDate], expiryDateDigit: optional[parts.expiryDateDigit],
				optionalData: optional[parts.optionalData], optionalDataDigit: optional[parts.optionalDataDigit],
			}, final, context.today),
	}),
	mrzDate: defineRule<1, 'iso', { kind: MrzDateKind }>({ name: 'mrz-date', reads: 1, companions: { iso: text('_iso') }, check: ({ values: [date], companions, options, context }) => checkMrzDate(date, options.kind, companions.iso, context.today) }),
	mrzExpiry: defineRule<1, never, Deadline>({ name: 'mrz-expiry', reads: 1, check: ({ values: [date], options, context }) => checkMrzExpiry(date, context.today, options.withinDays, options.what) }),
	gpa: defineRule({ name: 'gpa', reads: 1, companions: { number: number('_number') }, check: ({ values: [gpa], companions }) => checkGpa(gpa, companions.number) }),
	imei: defineRule({ name: 'imei', reads: 1, check: ({ values: [imeis] }) => checkImeis(imeis) }),
	singaporeNumber: defineRule<1, never, { kind: SingaporeNumberKind }>({ name: 'singapore-number', reads: 1, check: ({ values: [number], options }) => checkSingaporeNumber(number, options.kind) }),
};

/** The builders of a document's field-check table, one per rule: `fieldChecks.<rule>(columns..., { description, ... })`. */
export const fieldChecks = buildersOf(RULES);

/** Every rule, for tests that walk them all. */
export const FIELD_CHECK_RULES = RULES;
