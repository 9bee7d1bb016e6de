/**
 * One vehicle file (BPKB, STNK, and the owner's KTP) checked against itself: runs every row of
 * CROSS_CHECKS over the flattened rows of the documents' Reads and gives a verdict. Pure: no I/O,
 * today passed in.
 *
 * Which rows apply:
 * - A row compares the documents given. It needs two of its documents (a `validUntil` row: its one
 *   document); with fewer it is `skipped` (e.g. the plate without an STNK).
 * - The owner is a company when the identity number is a NIB, or a company number such as a TDP
 *   (not 14-17 digits, so not a NIK with a digit lost or doubled), or, without a NIK, when the name
 *   carries PT, CV, ...; then the KTP is not compared at all (a note says so if one was given), and
 *   the BPKB and STNK still are.
 * - The BPKB and the STNK are always needed, and the KTP for a person: a missing one makes the
 *   verdict INCOMPLETE (never CONSISTENT), unless something already mismatches.
 */
import { identityDigits, identityNumberKind } from '../indonesia/identityNumber';
import { toIsoDate, type CalendarDate } from '../indonesia/dates';
import { isCompanyName } from '../indonesia/ownerName';
import { compare, compareValidUntil, type Compared, type Comparison } from './compare';
import {
	CROSS_CHECKS,
	DOCUMENT_LABELS,
	OWNER_COLUMNS,
	OWNER_DOCUMENT,
	REQUIRED_DOCUMENTS,
	WARNINGS_COLUMN,
	type CrossCheckRow,
	type DocumentName,
	type SourceValue,
} from './crossCheckTable';

/** A flattened output row of one document's Read: column -> value. */
export type Row = Readonly<Record<string, string | number | boolean | null | undefined>>;

export type VehicleFile = Partial<Record<DocumentName, Row>>;

export type Verdict = 'CONSISTENT' | 'MISMATCH' | 'INCOMPLETE';

/** A row's result; `skipped` when too few of its documents were given (see the header). */
export type CheckResult = Comparison | 'skipped';

export interface CrossCheck {
	/** The output column, e.g. match_nomor_rangka. */
	column: string;
	field: string;
	label: string;
	soft: boolean;
	result: CheckResult;
	/** The values compared, by document and column ("a+b" for a value written over columns a and b). */
	values: Partial<Record<DocumentName, Record<string, string>>>;
	/** One line for a person: the field, and for a difference both documents and both values. */
	detail: string;
}

export interface Verification {
	verdict: Verdict;
	/** One per table row, in the table's order. */
	checks: CrossCheck[];
	/** Hard differences, each naming the field, both documents and both values. */
	mismatches: string[];
	/** What was needed and not read: empty values of hard checks and documents not given. */
	missing: string[];
	/** Near matches, soft differences, the owner being a company, and each document's own warnings. */
	notes: string[];
}

export interface VerifyContext {
	today: CalendarDate;
}

interface Entry {
	document: DocumentName;
	/** How messages name it: "BPKB", "STNK tax page", "BPKB stamp". */
	label: string;
	key: string;
	text: string;
	/** The document's first value: needed. */
	needed: boolean;
}

function text(row: Row, column: string): string {
	const value = row[column];
	return value === undefined || value === null ? '' : String(value).trim();
}

function entriesOf(row: CrossCheckRow, file: VehicleFile, documents: readonly DocumentName[]): Entry[] {
	return documents.flatMap((document) => {
		const reads = row.reads[document]!;
		const sources: readonly SourceValue[] = Array.isArray(reads) ? reads : [reads as SourceValue];
		return sources.map((source, index) => {
			const columns = typeof source === 'string' ? [source] : source.columns;
			const label = typeof source === 'string' ? DOCUMENT_LABELS[document] : source.label;
			const joined = columns.map((column) => text(file[document]!, column)).filter((part) => part !== '').join(' ');
			return { document, label, key: columns.join('+'), text: joined, needed: index === 0 };
		});
	});
}

const shown = (entry: Entry) => `${entry.label} "${entry.text}"`;

interface Pair {
	a: Entry;
	b: Entry;
	compared: Compared;
}

/** Every pair of read values: a difference between any two is a difference of the field. */
function pairsOf(kind: Exclude<CrossCheckRow['kind'], 'validUntil'>, read: readonly Entry[]): Pair[] {
	const pairs: Pair[] = [];
	for (let i = 0; i < read.length; i++) {
		for (let j = i + 1; j < read.length; j++) pairs.push({ a: read[i], b: read[j], compared: compare(kind, read[i].text, read[j].text) });
	}
	return pairs;
}

/**
 * The first value against those that differ from it (`BPKB "X" vs STNK "Y", KTP "Z"`), else the first
 * differing pair: every document involved is named with its value, and why it is near if it is.
 */
function describeDifference(read: readonly Entry[], pairs: readonly Pair[], result: Comparison): string {
	const different = pairs.filter((pair) => pair.compared.result === result);
	const againstFirst = different.filter((pair) => pair.a === read[0]).map((pair) => pair.b);
	const [first, others] = againstFirst.length > 0 ? [read[0], againstFirst] : [different[0].a, [different[0].b]];
	const whys = [...new Set(different.map((pair) => pair.compared.why).filter((why) => why !== undefined))];
	return `${shown(first)} vs ${others.map(shown).join(', ')}${whys.length > 0 ? ` (${whys.join('; ')})` : ''}`;
}

function valuesByDocument(entries: readonly Entry[]): CrossCheck['values'] {
	const values: CrossCheck['values'] = {};
	for (const entry of entries) (values[entry.document] ??= {})[entry.key] = entry.text;
	return values;
}

function skipped(row: CrossCheckRow, documents: readonly DocumentName[]): CrossCheck {
	const wanted = (Object.keys(row.reads) as DocumentName[]).map((document) => DOCUMENT_LABELS[document]);
	const given = documents.length === 0 ? 'none given' : `only ${documents.map((document) => DOCUMENT_LABELS[document]).join(', ')} given`;
	const needs = row.kind === 'validUntil' ? `needs the ${wanted.join(', ')}` : `needs two of ${wanted.join(', ')}`;
	return { column: row.column, field: row.field, label: row.label, soft: row.soft, result: 'skipped', values: {}, detail: `${row.field}: not compared (${needs}; ${given})` };
}

function runValidUntil(row: CrossCheckRow, entries: readonly Entry[], today: CalendarDate): CrossCheck {
	const entry = entries[0];
	const { what, noticeDays } = row.validUntil!;
	const compared = compareValidUntil(entry.text, today, noticeDays);
	const base = { column: row.column, field: row.field, label: row.label, soft: row.soft, result: compared.result, values: valuesByDocument([entry]) };
	switch (compared.result) {
		case 'match':
			return { ...base, detail: `${row.field}: ${what} is valid (${shown(entry)})` };
		case 'near':
			return { ...base, detail: `${row.field}: ${what} ${compared.why} (${shown(entry)})` };
		case 'mismatch':
			return { ...base, detail: `${row.field}: ${shown(entry)} vs today ${toIsoDate(today)}: ${what} ${compared.why}` };
		case 'missing':
			return { ...base, detail: entry.text === '' ? `${row.field}: not read on the ${entry.label}` : `${row.field}: ${shown(entry)} is not a date, so whether ${what} is valid is unknown` };
	}
}

function runComparison(row: CrossCheckRow, entries: readonly Entry[]): CrossCheck {
	const kind = row.kind as Exclude<CrossCheckRow['kind'], 'validUntil'>;
	const read = entries.filter((entry) => entry.text !== '');
	const unread = entries.filter((entry) => entry.text === '' && entry.needed);
	const pairs = pairsOf(kind, read);
	const has = (result: Comparison) => pairs.some((pair) => pair.compared.result === result);
	const base = { column: row.column, field: row.field, label: row.label, soft: row.soft, values: valuesByDocument(entries) };
	// A proven difference says more than a value not read, so it comes first.
	if (has('mismatch')) return { ...base, result: 'mismatch', detail: `${row.field}: ${describeDifference(read, pairs, 'mismatch')}` };
	if (unread.length > 0 || pairs.length === 0) {
		const where = unread.map((entry) => `the ${entry.label}`).join(' and ');
		return { ...base, result: 'missing', detail: `${row.field}: not read on ${where || 'enough documents to compare'}` };
	}
	if (has('near')) return { ...base, result: 'near', detail: `${row.field}: nearly the same, ${describeDifference(read, pairs, 'near')}` };
	const agreeing = [...new Set(read.map((entry) => entry.label))].join(', ');
	return { ...base, result: 'match', detail: `${row.field}: ${agreeing} agree ("${read[0].text}")` };
}

interface Owner {
	company: boolean;
	/** Why, for the note. */
	because: string;
}

/** Person or company, by the identity number first (the name only when no number tells). */
function ownerOf(file: VehicleFile): Owner {
	for (const [document, column, kindColumn] of OWNER_COLUMNS.identityNumber) {
		const row = file[document];
		const number = row ? text(row, column) : '';
		if (number === '') continue;
		const kind = (kindColumn !== undefined && text(row!, kindColumn)) || identityNumberKind(number);
		const where = `the ${DOCUMENT_LABELS[document]}'s ${column} "${number}"`;
		if (kind === 'NIK') return { company: false, because: `${where} is a NIK` };
		if (kind === 'NIB') return { company: true, because: `${where} is a NIB` };
		if (!/^\d{14,17}$/.test(identityDigits(number))) return { company: true, because: `${where} is a company number, not a NIK` };
	}
	for (const [document, column] of OWNER_COLUMNS.name) {
		const row = file[document];
		const name = row ? text(row, column) : '';
		if (name !== '' && isCompanyName(name)) return { company: true, because: `the ${DOCUMENT_LABELS[document]}'s ${column} "${name}" is a company's` };
	}
	return { company: false, because: 'no company number or company form was read' };
}

/** The documents' own failed checks, as their Read joined them. */
function documentWarnings(file: VehicleFile): string[] {
	return (Object.keys(DOCUMENT_LABELS) as DocumentName[]).flatMap((document) => {
		const row = file[document];
		if (!row) return [];
		return text(row, WARNINGS_COLUMN)
			.split('; ')
			.filter((warning) => warning !== '')
			.map((warning) => `${DOCUMENT_LABELS[document]}: ${warning}`);
	});
}

export function verifyVehicleFile(values: VehicleFile, context: VerifyContext): Verification {
	const owner = ownerOf(values);
	const given = (document: DocumentName) => values[document] !== undefined;
	const notes: string[] = [];
	const missing: string[] = [];
	const mismatches: string[] = [];

	for (const document of REQUIRED_DOCUMENTS) if (!given(document)) missing.push(`no ${DOCUMENT_LABELS[document]} given`);
	if (owner.company && given(OWNER_DOCUMENT)) {
		notes.push(`the owner is a company (${owner.because}): the ${DOCUMENT_LABELS[OWNER_DOCUMENT]} is not compared`);
	} else if (!owner.company && !given(OWNER_DOCUMENT)) {
		missing.push(`no ${DOCUMENT_LABELS[OWNER_DOCUMENT]} given, and the owner is a person (${owner.because})`);
	}

	const checks = CROSS_CHECKS.map((row) => {
		const documents = (Object.keys(row.reads) as DocumentName[]).filter(
			(document) => given(document) && !(owner.company && row.personOnly?.includes(document)),
		);
		const enough = row.kind === 'validUntil' ? documents.length >= 1 : documents.length >= 2;
		if (!enough) return skipped(row, documents);
		const entries = entriesOf(row, values, documents);
		return row.kind === 'validUntil' ? runValidUntil(row, entries, context.today) : runComparison(row, entries);
	});

	for (const check of checks) {
		if (check.soft) {
			// Each document writes an address its own way: worth a look, never a verdict.
			if (check.result === 'mismatch' || check.result === 'near') notes.push(`${check.detail} [soft check: compare by eye]`);
		} else if (check.result === 'mismatch') mismatches.push(check.detail);
		else if (check.result === 'missing') missing.push(check.detail);
		else if (check.result === 'near') notes.push(check.detail);
	}
	notes.push(...documentWarnings(values));

	const verdict: Verdict = mismatches.length > 0 ? 'MISMATCH' : missing.length > 0 ? 'INCOMPLETE' : 'CONSISTENT';
	return { verdict, checks, mismatches, missing, notes };
}
