/**
 * The engine's central record: everything known about one document once its answer (or the lack
 * of one) is in. Planning and reading make it; checks, review and shaping read it.
 */
import type { DocumentReadings } from './response/readings';
import type { DocumentImages, DocumentStatus } from './response/readAnswer';

export interface DocumentOutcome {
	status: DocumentStatus;
	reason: string;
	fileName: string;
	binaryField: string;
	/** The page asked for; undefined for all pages, or a document without pages. */
	page: number | undefined;
	requestId: string | null;
	httpStatus: number | null;
	attempts: number;
	/** Only for failures: whether sending the same file again later may work. */
	retryable?: boolean;
	read?: DocumentReadings;
	images?: DocumentImages;
	qualities?: Record<string, unknown>;
	body?: unknown;
}

/** An outcome decided without asking GLAIR. */
export function localOutcome(
	status: DocumentStatus,
	reason: string,
	binaryField: string,
	page: number | undefined,
	fileName = '',
): DocumentOutcome {
	return { status, reason, fileName, binaryField, page, requestId: null, httpStatus: null, attempts: 0, retryable: false };
}
