/**
 * The cross-check engine's vocabulary: a file of documents checked together (the vehicle file,
 * the applicant) is data (files/<file>/): its roles, its cross-check table and its verdict words.
 * The engine (verifyFile.ts) runs any such file and names no document.
 */
import type { CalendarDate } from '../indonesia/dates';
import type { CompareKind, Comparison } from './compare';

/** A flattened output row of one document's Read: column -> value. */
export type DocumentRow = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** The documents of one file as read, by role (a role not given is absent). */
export type RowsByRole = Readonly<Partial<Record<string, DocumentRow>>>;

/**
 * A value a cross-check reads from one document: a column, or a value written over several columns
 * (joined with spaces, e.g. the KTP's address), with the label messages give it when not the
 * document's own (e.g. "STNK tax page").
 */
export type SourceValue = string | { columns: readonly string[]; label: string };

/** One line of a file's cross-check table: a field compared across the documents that carry it. */
export interface CrossCheck {
	/** The output column, `match_<field>`. */
	column: string;
	/** The field as messages name it, e.g. "nomor_rangka". */
	field: string;
	label: string;
	/**
	 * By role, the value(s) compared. A role's first value is needed (empty is `missing`); its
	 * further values (the STNK's tax page, the BPKB's stamp) are compared when they were read.
	 */
	reads: Readonly<Partial<Record<string, SourceValue | readonly SourceValue[]>>>;
	kind: CompareKind | 'validUntil';
	/** A soft line only ever adds a note; it never makes the verdict a mismatch or incomplete. */
	soft: boolean;
	/** For kind `validUntil`: what ends, and how many days before the end a note is due. */
	validUntil?: { what: string; noticeDays: number };
}

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
	/** The verdict's words: every check agrees, something differs, something needed is missing. */
	verdicts: { consistent: string; mismatch: string; incomplete: string };
}

/** A line's result; `skipped` when too few of its documents were given. */
export type CrossCheckOutcome = Comparison | 'skipped';

export interface CrossCheckResult {
	column: string;
	field: string;
	label: string;
	soft: boolean;
	result: CrossCheckOutcome;
	/** The values compared, by role and column ("a+b" for a value written over columns a and b). */
	values: Partial<Record<string, Record<string, string>>>;
	/** One line for a person: the field, and for a difference both documents and both values. */
	detail: string;
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
}
