/**
 * The comparison kinds of the vehicle-file cross-checks: each normalises two values the way a clerk
 * reads them side by side, then says whether they agree. Pure, and naming no document or column:
 * crossCheckTable.ts binds them to columns. What a value means (a plate's parts, an owner's titles,
 * an address's labels, a date's days left) is indonesia/'s; here is only how near two readings are.
 *
 * Results: `match` (the same after normalising), `near` (a difference of the size OCR makes, worth
 * a note but not a stop), `mismatch`, `missing` (a value is empty).
 */
import {
	addressWords,
	bpkbNumberWithDigitsRestored,
	comparablePlate,
	companyKinds,
	dayCount,
	daysLeftUntil,
	isLifetime,
	digitsForLookalikeLetters,
	identityDigits,
	lettersAndDigits,
	parseEngineSizeCc,
	parseDate,
	parseOwnerName,
	printedWords,
	toIsoDate,
	type CalendarDate,
} from '../indonesia';

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
	| 'address'
	| 'date';

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

/** A VIN's or an engine number's letters and digits, I/O/Q taken for the digits they were mistaken for. */
function comparableChassisOrEngineNumber(text: string): string {
	return digitsForLookalikeLetters(lettersAndDigits(text));
}

// ---- Owner names -----------------------------------------------------------------------------

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
	const a = parseOwnerName(aText);
	const b = parseOwnerName(bText);
	const formsA = companyKinds(a);
	const formsB = companyKinds(b);
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

function contains(longer: readonly string[], shorter: readonly string[]): boolean {
	const set = new Set(longer);
	return shorter.length > 0 && shorter.every((word) => set.has(word));
}

/** Make and type: punctuation and spacing ignored ("SPX-1500 (4X2) A/T" = "SPX1500 4X2 AT"). */
function compareText(aText: string, bText: string): Compared {
	const a = lettersAndDigits(aText);
	const b = lettersAndDigits(bText);
	if (a === b) return MATCH;
	const wordsA = printedWords(aText);
	const wordsB = printedWords(bText);
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
	const a = [...new Set(printedWords(aText))].sort();
	const b = [...new Set(printedWords(bText))].sort();
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
	return lettersAndDigits(aText) === lettersAndDigits(bText) ? MATCH : MISMATCH;
}

/** "2.499 CC" = "2499 CC" = "2,499cc"; electric vehicles ("LISTRIK") are compared as text. */
function compareEngineSizes(aText: string, bText: string): Compared {
	const a = parseEngineSizeCc(aText);
	const b = parseEngineSizeCc(bText);
	if (a !== undefined && b !== undefined) return a === b ? MATCH : MISMATCH;
	return lettersAndDigits(aText) === lettersAndDigits(bText) ? MATCH : MISMATCH;
}

// ---- Address (soft) --------------------------------------------------------------------------

/** Share of the shorter address's words found in the other at and above which it is the same address. */
const ADDRESS_SAME_SHARE = 0.8;

/**
 * An address is written in each document's own way (the KTP over five fields, the STNK in one line),
 * so this only measures word overlap: most words shared is a match, some a near, none a mismatch.
 * The table marks it soft: it becomes a note, never a verdict.
 */
function compareAddresses(aText: string, bText: string): Compared {
	const a = addressWords(aText);
	const b = addressWords(bText);
	const shared = [...a].filter((token) => b.has(token)).length;
	const share = shared / Math.max(1, Math.min(a.size, b.size));
	if (share >= ADDRESS_SAME_SHARE) return MATCH;
	if (shared > 0) return near(`${shared} of ${Math.min(a.size, b.size)} words shared`);
	return MISMATCH;
}

// ---- Dates --------------------------------------------------------------------------------

/** A date printed two ways ("05-08-1990", "5 AGUSTUS 1990") is the same day; a day apart is another date. */
function compareDates(aText: string, bText: string): Compared {
	const a = parseDate(aText);
	const b = parseDate(bText);
	if (a.kind === 'date' && b.kind === 'date') return toIsoDate(a.date) === toIsoDate(b.date) ? MATCH : MISMATCH;
	// What is not a date (its own date check says why) can only be the same text.
	return lettersAndDigits(aText) === lettersAndDigits(bText) ? MATCH : MISMATCH;
}

// ---- All kinds -------------------------------------------------------------------------------

const COMPARE_BY_KIND: Readonly<Record<CompareKind, (a: string, b: string) => Compared>> = {
	vin: (a, b) => compareIdentifiers(comparableChassisOrEngineNumber(a), comparableChassisOrEngineNumber(b)),
	engineNumber: (a, b) => compareIdentifiers(comparableChassisOrEngineNumber(a), comparableChassisOrEngineNumber(b)),
	plate: (a, b) => compareIdentifiers(comparablePlate(a), comparablePlate(b)),
	bpkbNumber: (a, b) => compareIdentifiers(bpkbNumberWithDigitsRestored(a), bpkbNumberWithDigitsRestored(b)),
	// identityDigits drops the grouping; a letter left in is an OCR lookalike of a digit.
	identityNumber: (a, b) => compareIdentifiers(identityDigits(a).toUpperCase(), identityDigits(b).toUpperCase()),
	ownerName: compareOwnerNames,
	text: compareText,
	year: compareYears,
	colour: compareColours,
	engineSize: compareEngineSizes,
	address: compareAddresses,
	date: compareDates,
};

/** Two values of one field; an empty value (after trimming) is `missing`. */
export function compare(kind: CompareKind, a: string, b: string): Compared {
	if (a.trim() === '' || b.trim() === '') return MISSING;
	return COMPARE_BY_KIND[kind](a, b);
}

// ---- Valid until -----------------------------------------------------------------------------

/**
 * A date something is valid until, against today: `match` while valid (always, for "SEUMUR HIDUP":
 * valid for life), `near` within `noticeDays` of the end (a note), `mismatch` once passed (the day
 * itself still counts), `missing` when empty or not a date (its own date check says why).
 */
export function compareValidUntil(text: string, today: CalendarDate, noticeDays: number): Compared {
	if (isLifetime(text)) return MATCH;
	const left = daysLeftUntil(text, today);
	if (left === undefined) return MISSING;
	if (left.days < 0) return { result: 'mismatch', why: `ended on ${left.until}, ${dayCount(-left.days)} ago` };
	if (left.days <= noticeDays) return near(`ends on ${left.until}, in ${dayCount(left.days)}`);
	return MATCH;
}
