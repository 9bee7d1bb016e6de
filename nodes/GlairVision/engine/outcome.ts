/**
 * The engine's central record: everything known about one document once its answer (or the lack
 * of one) is in. Planning and reading make it; checks, review and shaping read it.
 */
import type { FieldConflict } from './response/mergeReadings';
import type { DocumentReadings, TableReadings } from './response/readings';
import type { DocumentImages, DocumentStatus } from './response/parseAnswer';

export interface DocumentOutcome {
	status: DocumentStatus;
	reason: string;
	/** The file's name; with Combine Files, every file of the document, comma-separated. */
	fileName: string;
	binaryField: string;
	/** Hex SHA-256 of the bytes read (with Combine Files, of the files in order); '' when there was no file. */
	fileSha256: string;
	/** The page asked for; undefined for all pages, or a document without pages. */
	page: number | undefined;
	requestId: string | null;
	httpStatus: number | null;
	attempts: number;
	/** Only for failures: whether sending the same file again later may work. */
	retryable?: boolean;
	read?: DocumentReadings;
	/** A document with tables: its rows by list name. */
	tables?: TableReadings;
	images?: DocumentImages;
	qualities?: Record<string, unknown>;
	/** With Combine Files: section -> field -> the file its reading came from. */
	fieldFiles?: Record<string, Record<string, string>>;
	/** What a person should know about the read, e.g. a file of the document that could not be read. */
	notes?: string[];
	/** With Combine Files: identifying fields the files read differently (two STNKs of two cars). */
	conflicts?: FieldConflict[];
	body?: unknown;
}

/** An outcome decided without asking GLAIR. */
export function localOutcome(
	status: DocumentStatus,
	reason: string,
	binaryField: string,
	page: number | undefined,
	fileName = '',
	fileSha256 = '',
): DocumentOutcome {
	return { status, reason, fileName, binaryField, fileSha256, page, requestId: null, httpStatus: null, attempts: 0, retryable: false };
}
