/**
 * The cross-check engine's vocabulary: a file of documents checked together (the vehicle file,
 * the applicant) is data (files/<file>/): its roles, its cross-check table and its verdict words.
 * The engine (verifyFile.ts) runs any such file and names no document.
 */
import type { CalendarDate } from '../indonesia/dates';
import type { CompareKind, Comparison } from './compare';

/** One value of a flattened row. */
export type Cell = string | number | boolean | null | undefined;

/** A row of a document's table as its Read flattens it (a KK's member): column -> value. */
export type TableRow = Readonly<Record<string, Cell>>;

/**
 * A flattened output row of one document's Read: column -> value, and a document with tables
 * its rows as a list under the table's name (a KK's `members`).
 */
export type DocumentRow = Readonly<Record<string, Cell | readonly TableRow[]>>;

/**
 * The rows of one file by source: each document as read, by role (a role not given is absent),
 * and each judgement made elsewhere (a GLAIR call that is not a document read, see JudgedLine).
 */
export type RowsByRole = Readonly<Partial<Record<string, DocumentRow>>>;

/**
 * A value a cross-check reads from one document: a column, or a value written over several columns
 * (joined with spaces, e.g. the KTP's address), with the label messages give it when not the
 * document's own (e.g. "STNK tax page"). `only: 'nik'` counts the value as read only when it is a
 * NIK (an NPWP number in its 16-digit form is the holder's NIK since 2024; an older one is not).
 */
export type SourceValue = string | { columns: readonly string[]; label: string; only?: 'nik' };

/** By role, the value(s) a comparison reads: the first is needed, the others compared when read. */
export type Reads = Readonly<Partial<Record<string, SourceValue | readonly SourceValue[]>>>;

interface LineBase {
	/** The line's name: its column is the file's prefix and this (`match_nomor_rangka`, `check_face_match`). */
	field: string;
	label: string;
	/** A soft line only ever adds a note; it never makes the verdict a mismatch or incomplete. */
	soft: boolean;
	/** A file option (CrossCheckedFile.options) the line runs under; when it is off the line is skipped. */
	option?: string;
	/**
	 * Whether a person may decide the line when it fails, besides correcting the values it read: what
	 * it checks may be true though no document shows it (a KK issued since, a relative's car).
	 */
	decidable?: boolean;
}

/** A field compared across the documents that carry it: every value read against every other. */
export interface ComparisonLine extends LineBase {
	kind: CompareKind;
	reads: Reads;
}

/** A date something is valid until (or "SEUMUR HIDUP"), against today. */
export interface ValidUntilLine extends LineBase {
	kind: 'validUntil';
	reads: Reads;
	/** What ends, and how many days before the end a note is due. */
	validUntil: { what: string; noticeDays: number };
}

/**
 * Ways to compare, in the order trusted: the first whose values were all read decides (the NPWP's
 * NIK when it carries one, else its name). A difference in the first does not fall back to a name.
 */
export interface FirstOfLine extends LineBase {
	kind: 'firstOf';
	alternatives: ReadonlyArray<{ kind: CompareKind; reads: Reads }>;
}

/**
 * A person listed in a table of another document: the row whose identity number is the person's,
 * and its other values the person's too (the applicant's NIK on the KK, with the same name and
 * birth date).
 */
export interface ListedLine extends LineBase {
	kind: 'listed';
	/** Who is looked for: a role and the column of their identity number (the KTP's `nik`). */
	person: { role: string; column: string };
	/** Where: a role, its table, the rows' identity column and how a message names a row ("member"). */
	list: { role: string; table: string; column: string; row: string };
	/** What else must agree in the row found: the person's column, the row's, how they compare. */
	same: ReadonlyArray<{ person: string; row: string; kind: CompareKind }>;
}

/** Flags a document's read raises (a photocopy, a photo of a screen): passed while none is raised. */
export interface FlagsLine extends LineBase {
	kind: 'flags';
	role: string;
	/** Column (true when raised) -> what it means, in words. */
	flags: Readonly<Record<string, string>>;
}

/** A person's or a household's: the owner's identity number and name, read from a role's columns. */
export interface PersonColumns {
	role: string;
	id: string;
	name: string;
}

/**
 * Whose a thing is (a pledged vehicle): its owner is the person, a member of the person's
 * household, or someone else. By identity number where the owner's document holds one, else by
 * name. The word goes into its own column beside the line's result.
 */
export interface RelationLine extends LineBase {
	kind: 'relation';
	/** The owner, from the first of these roles given (the BPKB, else the STNK). */
	owner: readonly PersonColumns[];
	person: PersonColumns;
	/** The household's table, its rows' identity and name columns. */
	household: { role: string; table: string; id: string; name: string };
	/** The column that says whose, and its words. */
	relation: { column: string; person: string; household: string; other: string };
}

/**
 * A result judged elsewhere, e.g. by a GLAIR call that is not a document read (a face match):
 * read from the row of that name, which carries its result and its detail (JUDGED_COLUMNS). No
 * row: the judgement was not asked for.
 */
export interface JudgedLine extends LineBase {
	kind: 'judged';
	source: string;
}

/** The columns of a judged row. */
export const JUDGED_COLUMNS = { result: 'result', detail: 'detail' } as const;

/** One line of a file's cross-check table. */
export type CrossCheck = ComparisonLine | ValidUntilLine | FirstOfLine | ListedLine | FlagsLine | RelationLine | JudgedLine;

/**
 * When a role is not compared at all, e.g. the owner's KTP when the owner is a company: `test`
 * says whether it applies to this file and why, in words that follow `exempt` or `needed`.
 */
export interface Exemption {
	test(rows: RowsByRole): { exempt: boolean; because: string };
	/** e.g. "the owner is a company" */
	exempt: string;
	/** e.g. "the owner is a person" */
	needed: string;
}

export interface CrossCheckedRole {
	role: string;
	/** How messages name the document, e.g. "KTP". */
	label: string;
	/** Whether a file without it can still be consistent (an exempt role is never needed). */
	required: boolean;
	exemption?: Exemption;
}

/** What the engine needs to know of a file of documents. */
export interface CrossCheckedFile {
	roles: readonly CrossCheckedRole[];
	crossChecks: readonly CrossCheck[];
	/** Each line's column is this and its field: "match_" (match_nomor_rangka), "check_" (check_face_match). */
	columnPrefix: string;
	/**
	 * The verdict's words: every check agrees, something differs, something needed is missing. A
	 * file whose two last words are the same has one verdict for a person to review either way.
	 */
	verdicts: { consistent: string; mismatch: string; incomplete: string };
	/** The file's on/off options, for a line that runs under one: its name and how the editor shows it. */
	options?: ReadonlyArray<{ name: string; displayName: string }>;
}

/** A line's result; `skipped` when too few of its documents were given, or its option is off. */
export type CrossCheckOutcome = Comparison | 'skipped';

export interface CrossCheckResult {
	column: string;
	field: string;
	label: string;
	soft: boolean;
	/** As the line says (LineBase.decidable). */
	decidable?: boolean;
	result: CrossCheckOutcome;
	/** The values compared, by role and column ("a+b" for a value written over columns a and b). */
	values: Partial<Record<string, Record<string, string>>>;
	/** One line for a person: the field, and for a difference both documents and both values. */
	detail: string;
	/** A line that names something in a column of its own (whose the vehicle is): column -> word. */
	named?: Record<string, string>;
}

export interface Verification {
	/** One of the file's verdict words. */
	verdict: string;
	/** One per table line, in the table's order. */
	checks: CrossCheckResult[];
	/** Hard differences, each naming the field, both documents and both values. */
	mismatches: string[];
	/** What was needed and not read: empty values of hard checks and documents not given. */
	missing: string[];
	/** Near matches, soft differences, exemptions, and each document's own warnings. */
	notes: string[];
}

export interface VerifyContext {
	today: CalendarDate;
	/** The file options that are on (a line under an option that is off is skipped). */
	options?: ReadonlySet<string>;
	/**
	 * Checks a person decided (Apply Review): a check column -> the words of the decision. A hard
	 * check that failed or could not run passes with those words; a person's decision is recorded.
	 */
	decided?: ReadonlyMap<string, string>;
}

/**
 * Another file's table lines, for a file that holds some of the same roles: each comparison that
 * compares at least two of `roles` (a date valid until, one), reading only those. The applicant's
 * pledged vehicle is checked by the vehicle file's own lines between its BPKB and its STNK.
 */
export function linesAmong(lines: readonly CrossCheck[], roles: readonly string[]): Array<ComparisonLine | ValidUntilLine> {
	return lines.flatMap((line) => {
		if (line.kind === 'firstOf' || line.kind === 'listed' || line.kind === 'relation' || line.kind === 'flags' || line.kind === 'judged') return [];
		const reads = Object.fromEntries(Object.entries(line.reads).filter(([role]) => roles.includes(role)));
		const enough = Object.keys(reads).length >= (line.kind === 'validUntil' ? 1 : 2);
		return enough ? [{ ...line, reads }] : [];
	});
}
