/**
 * The comparison kinds of the vehicle-file cross-checks: each normalises two values the way a clerk
 * reads them side by side, then says whether they agree. Pure, and naming no document or column:
 * crossCheckTable.ts binds them to columns.
 *
 * Results: `match` (the same after normalising), `near` (a difference of the size OCR makes, worth
 * a note but not a stop), `mismatch`, `missing` (a value is empty).
 */
import { comparableBpkbNumber } from '../indonesia/bpkbNumber';
import { readDate, toIsoDate, type CalendarDate } from '../indonesia/dates';
import { daysBetween } from '../indonesia/deadline';
import { identityDigits } from '../indonesia/identityNumber';
import { normalizedPlate, readPlate } from '../indonesia/plate';
import { readEngineSizeCc } from '../indonesia/vehicle';
import { suggestVin } from '../indonesia/vin';

export type Comparison = 'match' | 'near' | 'mismatch' | 'missing';

export type CompareKind =
	| 'vin'
	| 'engineNumber'
	| 'plate'
	| 'bpkbNumber'
	| 'identityNumber'
	| 'ownerName'
	| 'text'
	| 'year'
	| 'colour'
	| 'engineSize'
	| 'address';

export interface Compared {
	result: Comparison;
	/** For `near`: what the difference is, in words. */
	why?: string;
}

const MATCH: Compared = Object.freeze({ result: 'match' });
const MISMATCH: Compared = Object.freeze({ result: 'mismatch' });
const MISSING: Compared = Object.freeze({ result: 'missing' });
const near = (why: string): Compared => ({ result: 'near', why });

// ---- Edit distance ---------------------------------------------------------------------------

/** Levenshtein distance (insert, delete, substitute one character), two rows of the table at a time. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
		}
		previous = current;
	}
	return previous[b.length];
}

// ---- Identifiers (chassis, engine, plate, BPKB number, NIK) ----------------------------------

/** Below this length one character more or less is another identifier, not a slip (plates, years). */
const NEAR_MIN_LENGTH = 8;
/** More lookalike swaps than this is more likely another number than a bad scan. */
const MOST_LOOKALIKE_SWAPS = 2;

/**
 * Letters and digits OCR mistakes for each other. Only letter-for-digit pairs: a digit read for
 * another digit (3 for 8) is exactly how two vehicles of one production run differ, so it stays a
 * mismatch; a letter for a digit cannot be both right.
 */
const LOOKALIKES = new Set(['0O', '0D', '0Q', '1I', '1L', '2Z', '4A', '5S', '6G', '8B'].flatMap((pair) => [pair, `${pair[1]}${pair[0]}`]));

function lookalikeSwaps(a: string, b: string): number | undefined {
	if (a.length !== b.length) return undefined;
	let swaps = 0;
	for (let index = 0; index < a.length; index++) {
		if (a[index] === b[index]) continue;
		if (!LOOKALIKES.has(`${a[index]}${b[index]}`)) return undefined;
		swaps++;
	}
	return swaps;
}

/**
 * Two identifiers already normalised: `near` for a letter/digit lookalike (5/S, 8/B, ...), or one
 * character dropped or doubled on an identifier long enough that this cannot be another one.
 */
function compareIdentifiers(a: string, b: string): Compared {
	if (a === b) return MATCH;
	const swaps = lookalikeSwaps(a, b);
	if (swaps !== undefined && swaps <= MOST_LOOKALIKE_SWAPS) return near(`${swaps === 1 ? 'a letter/digit lookalike' : `${swaps} letter/digit lookalikes`} (like 5/S, 8/B)`);
	if (a.length !== b.length && Math.min(a.length, b.length) >= NEAR_MIN_LENGTH && editDistance(a, b) === 1) {
		return near('one character more or less');
	}
	return MISMATCH;
}

/** Letters and digits only: case, spaces, dashes, dots and slashes are how it is printed, not what it is. */
function alphanumeric(text: string): string {
	return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** I, O and Q never appear in a VIN (ISO 3779), so they are the digits 1, 0, 0 misread. */
function comparableVin(text: string): string {
	const compact = alphanumeric(text);
	return suggestVin(compact) ?? compact.replace(/I/g, '1').replace(/[OQ]/g, '0');
}

/** A series of 1-2 letters, then digits only: there a letter is its lookalike digit ("Z-OOO54321"). */
function comparableBpkbDigits(text: string): string {
	const compact = comparableBpkbNumber(text);
	// A second series letter that looks like a digit is taken for the digit.
	const series = /^[A-Z][A-HJKMNPR-Z]?/.exec(compact)?.[0] ?? '';
	return series + compact.slice(series.length).replace(/[OQ]/g, '0').replace(/[IL]/g, '1');
}

/** Engine numbers follow no public standard, but are read with the same I/1, O/0, Q/0 slips. */
function comparableEngineNumber(text: string): string {
	return alphanumeric(text).replace(/I/g, '1').replace(/[OQ]/g, '0');
}

/** "B1234ABC", "b-1234-abc" and "B 1234 ABC" are one plate; a plate of another shape is compared as printed. */
function comparablePlate(text: string): string {
	const parts = readPlate(text);
	return alphanumeric(parts ? normalizedPlate(parts) : text);
}

// ---- Owner names -----------------------------------------------------------------------------

/** Forms of address and titles written before a name ("BPK. H. AHMAD", "NY. DEWI"). */
const HONORIFICS = new Set([
	'BAPAK', 'BPK', 'BP', 'IBU', 'SDR', 'SDRI', 'SAUDARA', 'SAUDARI', 'TN', 'TUAN', 'NY', 'NYONYA', 'NN', 'NONA',
	'H', 'HJ', 'HAJI', 'HAJJAH', 'KH', 'DR', 'DRS', 'DRA', 'IR', 'PROF',
]);
/** Academic degrees written after a name ("DEWI, S.E.", "AHMAD ST MT"). */
const DEGREES = new Set([
	'SE', 'ST', 'SH', 'SKOM', 'SPD', 'SSOS', 'SIP', 'SP', 'SPSI', 'SKED', 'SAK', 'SS', 'SHI', 'SAG', 'SFARM', 'SKM', 'SIKOM', 'STP', 'SPT', 'SSI',
	'MM', 'MH', 'MT', 'MSI', 'MKOM', 'MPD', 'MBA', 'MSC', 'MAK', 'MKES', 'AMD', 'AMK', 'BSC', 'BA', 'PHD', 'SPOG', 'SPA', 'SPB',
]);
/** Legal forms of a company, wherever they stand: "PT. X", "X, PT", "PT X TBK". */
const COMPANY_FORMS = new Set(['PT', 'CV', 'UD', 'TBK', 'KOPERASI', 'KOP', 'YAYASAN', 'PERSERO', 'FA', 'PD']);
/** TBK (listed) and PERSERO (state-owned) qualify a PT; they do not make another kind of company. */
const FORM_QUALIFIERS = new Set(['TBK', 'PERSERO']);

export interface OwnerName {
	/** The name's own words, in order, without forms of address, degrees and company forms. */
	words: string[];
	/** The company forms it carries (PT, CV ...), sorted; empty for a person. */
	companyForms: string[];
}

/** Punctuation goes; dots inside a token go without splitting it, so "P.T." is PT and "S.KOM" is SKOM. */
function nameTokens(text: string): string[] {
	return text
		.toUpperCase()
		.split(/[\s,;:/()&-]+/)
		.map((token) => token.replace(/[^A-Z0-9]/g, ''))
		.filter((token) => token !== '');
}

export function readOwnerName(text: string): OwnerName {
	const tokens = nameTokens(text);
	const companyForms = [...new Set(tokens.filter((token) => COMPANY_FORMS.has(token)))].sort();
	let words = tokens.filter((token) => !COMPANY_FORMS.has(token));
	if (companyForms.length === 0) {
		// Titles only at the start, degrees only at the end, and never the last word left.
		let start = 0;
		while (start < words.length - 1 && HONORIFICS.has(words[start])) start++;
		let end = words.length;
		while (end > start + 1 && DEGREES.has(words[end - 1])) end--;
		words = words.slice(start, end);
	}
	return { words, companyForms };
}

export function isCompanyName(text: string): boolean {
	return readOwnerName(text).companyForms.length > 0;
}

/** "DEWI S. FIKTIF" for "DEWI SPESIMEN FIKTIF": the same words, some as initials. */
function sameWithInitials(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	return a.every((word, index) => {
		const other = b[index];
		if (word === other) return true;
		return (word.length === 1 && other.startsWith(word)) || (other.length === 1 && word.startsWith(other));
	});
}

function compareOwnerNames(aText: string, bText: string): Compared {
	const a = readOwnerName(aText);
	const b = readOwnerName(bText);
	const formsA = a.companyForms.filter((form) => !FORM_QUALIFIERS.has(form));
	const formsB = b.companyForms.filter((form) => !FORM_QUALIFIERS.has(form));
	// A PT and a CV of one name are two companies; a name without a form may just have lost it.
	if (formsA.length > 0 && formsB.length > 0 && formsA.join() !== formsB.join()) return MISMATCH;
	const joinedA = a.words.join(' ');
	const joinedB = b.words.join(' ');
	if (joinedA === joinedB || joinedA.replace(/ /g, '') === joinedB.replace(/ /g, '')) return MATCH;
	if ([...a.words].sort().join(' ') === [...b.words].sort().join(' ')) return near('the same words in another order');
	if (sameWithInitials(a.words, b.words)) return near('some words written as initials');
	if (Math.min(joinedA.length, joinedB.length) >= NEAR_MIN_LENGTH && editDistance(joinedA, joinedB) === 1) {
		return near('one letter different');
	}
	return MISMATCH;
}

// ---- Descriptions: make, type, colour --------------------------------------------------------

function words(text: string): string[] {
	// "ABU2" is the common short way to write the doubled word ABU-ABU.
	return text
		.toUpperCase()
		.split(/[^A-Z0-9]+/)
		.filter((word) => word !== '')
		.flatMap((word) => (/^[A-Z]{2,}2$/.test(word) ? [word.slice(0, -1), word.slice(0, -1)] : [word]));
}

function contains(longer: readonly string[], shorter: readonly string[]): boolean {
	const set = new Set(longer);
	return shorter.length > 0 && shorter.every((word) => set.has(word));
}

/** Make and type: punctuation and spacing ignored ("SPX-1500 (4X2) A/T" = "SPX1500 4X2 AT"). */
function compareText(aText: string, bText: string): Compared {
	const a = alphanumeric(aText);
	const b = alphanumeric(bText);
	if (a === b) return MATCH;
	const wordsA = words(aText);
	const wordsB = words(bText);
	if (contains(wordsA, wordsB) || contains(wordsB, wordsA)) return near('one says more than the other');
	// Only a lookalike is near: one other letter in a type is often another variant (A/T vs M/T).
	const swaps = lookalikeSwaps(a, b);
	if (swaps !== undefined && swaps <= MOST_LOOKALIKE_SWAPS) return near('a letter/digit lookalike (like 0/O, 5/S)');
	return MISMATCH;
}

/**
 * Colours are compared as sets of words: "ABU-ABU METALIK" = "ABU ABU METALIK" = "METALIK ABU2". One
 * colour adding words to the other ("PUTIH SILVER" vs "PUTIH") is near at most: offices describe a
 * two-tone or metallic paint more or less fully, but the basic colour must be there on both.
 */
function compareColours(aText: string, bText: string): Compared {
	const a = [...new Set(words(aText))].sort();
	const b = [...new Set(words(bText))].sort();
	if (a.join(' ') === b.join(' ')) return MATCH;
	if (contains(a, b) || contains(b, a)) return near('one colour has words the other has not');
	const compactA = a.join('');
	const compactB = b.join('');
	if (Math.min(compactA.length, compactB.length) >= NEAR_MIN_LENGTH && editDistance(compactA, compactB) === 1) return near('one letter different');
	return MISMATCH;
}

// ---- Numbers: year, engine size --------------------------------------------------------------

/** A year of manufacture has no near: one year apart is another model year. */
function compareYears(aText: string, bText: string): Compared {
	return alphanumeric(aText) === alphanumeric(bText) ? MATCH : MISMATCH;
}

/** "2.499 CC" = "2499 CC" = "2,499cc"; electric vehicles ("LISTRIK") are compared as text. */
function compareEngineSizes(aText: string, bText: string): Compared {
	const a = readEngineSizeCc(aText);
	const b = readEngineSizeCc(bText);
	if (a !== undefined && b !== undefined) return a === b ? MATCH : MISMATCH;
	return alphanumeric(aText) === alphanumeric(bText) ? MATCH : MISMATCH;
}

// ---- Address (soft) --------------------------------------------------------------------------

/** The words an address uses to label its parts; what is left are the names and numbers. */
const ADDRESS_LABELS = new Set([
	'JL', 'JLN', 'JALAN', 'NO', 'NOMOR', 'NOMER', 'RT', 'RW', 'KEL', 'KELURAHAN', 'DESA', 'DS', 'KEC', 'KECAMATAN',
	'KOTA', 'KAB', 'KABUPATEN', 'KOTAMADYA', 'GG', 'GANG', 'BLOK', 'BLK', 'KOMP', 'KOMPLEK', 'KOMPLEKS', 'PERUM', 'DUSUN', 'DSN', 'PROV', 'PROVINSI',
]);

/** Numbers lose their leading zeros: "RT 001" on the STNK is "001/002" -> 1 on the KTP. */
function addressTokens(text: string): Set<string> {
	return new Set(
		words(text)
			.filter((word) => !ADDRESS_LABELS.has(word))
			.map((word) => (/^\d+$/.test(word) ? String(Number(word)) : word)),
	);
}

/** Share of the shorter address's words found in the other at and above which it is the same address. */
const ADDRESS_SAME_SHARE = 0.8;

/**
 * An address is written in each document's own way (the KTP over five fields, the STNK in one line),
 * so this only measures word overlap: most words shared is a match, some a near, none a mismatch.
 * The table marks it soft: it becomes a note, never a verdict.
 */
function compareAddresses(aText: string, bText: string): Compared {
	const a = addressTokens(aText);
	const b = addressTokens(bText);
	const shared = [...a].filter((token) => b.has(token)).length;
	const share = shared / Math.max(1, Math.min(a.size, b.size));
	if (share >= ADDRESS_SAME_SHARE) return MATCH;
	if (shared > 0) return near(`${shared} of ${Math.min(a.size, b.size)} words shared`);
	return MISMATCH;
}

// ---- All kinds -------------------------------------------------------------------------------

const COMPARE_BY_KIND: Readonly<Record<CompareKind, (a: string, b: string) => Compared>> = {
	vin: (a, b) => compareIdentifiers(comparableVin(a), comparableVin(b)),
	engineNumber: (a, b) => compareIdentifiers(comparableEngineNumber(a), comparableEngineNumber(b)),
	plate: (a, b) => compareIdentifiers(comparablePlate(a), comparablePlate(b)),
	bpkbNumber: (a, b) => compareIdentifiers(comparableBpkbDigits(a), comparableBpkbDigits(b)),
	// identityDigits drops the grouping; a letter left in is an OCR lookalike of a digit.
	identityNumber: (a, b) => compareIdentifiers(identityDigits(a).toUpperCase(), identityDigits(b).toUpperCase()),
	ownerName: compareOwnerNames,
	text: compareText,
	year: compareYears,
	colour: compareColours,
	engineSize: compareEngineSizes,
	address: compareAddresses,
};

/** Two values of one field; an empty value (after trimming) is `missing`. */
export function compare(kind: CompareKind, a: string, b: string): Compared {
	if (a.trim() === '' || b.trim() === '') return MISSING;
	return COMPARE_BY_KIND[kind](a, b);
}

// ---- Valid until -----------------------------------------------------------------------------

/**
 * A date something is valid until, against today: `match` while valid, `near` within `noticeDays`
 * of the end (a note), `mismatch` once passed (the day itself still counts), `missing` when empty
 * or not a date (its own date check says why).
 */
export function compareValidUntil(text: string, today: CalendarDate, noticeDays: number): Compared {
	const reading = readDate(text);
	if (reading.kind !== 'date') return MISSING;
	const left = daysBetween(today, reading.date);
	if (left < 0) return { result: 'mismatch', why: `ended on ${toIsoDate(reading.date)}, ${-left} day${left === -1 ? '' : 's'} ago` };
	if (left <= noticeDays) return near(`ends on ${toIsoDate(reading.date)}, in ${left} day${left === 1 ? '' : 's'}`);
	return MATCH;
}
