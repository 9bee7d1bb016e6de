import type { CheckWarning } from '../../checks/runChecks';
import { describeConflict, type FieldConflict } from '../response/mergeReadings';
import type { FieldReading } from '../response/readings';

export interface ReviewSettings {
	reviewPoorReads: boolean;
	reviewBelowConfidence: number;
	reviewOnWarnings: boolean;
}

export function reviewEnabled(settings: ReviewSettings): boolean {
	return settings.reviewPoorReads || settings.reviewBelowConfidence > 0 || settings.reviewOnWarnings;
}

/**
 * Why a reason was given: GLAIR's verdict on the picture, a poor read, a low confidence, a failed
 * field check, a quality flag, a note of the read (a file of a combined document not read), two
 * files of one document that disagree on what identifies it, or a check between the documents of
 * a file.
 */
export type ReviewReasonKind = 'notThisDocument' | 'nothingRead' | 'poorRead' | 'lowConfidence' | 'fieldCheck' | 'quality' | 'note' | 'conflict' | 'crossCheck';

/** A column a reason asks a person to look at, and what the reason says of that column. */
export interface ReasonColumn {
	column: string;
	words: string;
}

/**
 * Why a person should look at a read, and at which columns. A reason without columns concerns the
 * whole document (GLAIR's doubt that the picture is this document, a note of the read): a person
 * who reviewed the item has seen it.
 */
export interface ReviewReason {
	kind: ReviewReasonKind;
	/** The line in `review_reasons`, e.g. "confidence below 90%: nama_apm (84.31%)". */
	text: string;
	columns: readonly ReasonColumn[];
}

export interface ReviewInput {
	/** GLAIR's reason on the SUCCESS answer. */
	reason: string;
	/** The words GLAIR uses for a picture that is not this document. */
	notThisDocumentReason: RegExp;
	shortName: string;
	/** The requested fields' readings, present or empty, by column. */
	readings: ReadonlyArray<readonly [string, FieldReading]>;
	/**
	 * The same readings by the page (section) they are printed on, labelled for a message; one
	 * page for a document without pages. A read is judged poor page by page.
	 */
	pages: ReadonlyArray<{ label: string; readings: ReadonlyArray<readonly [string, FieldReading]> }>;
	/** A document with tables: each table's row readings, labelled "members[2].nik"; the first table is the document's main one. */
	rows?: ReadonlyArray<{ list: string; readings: ReadonlyArray<readonly [string, FieldReading]> }>;
	warnings: readonly CheckWarning[];
	/** Further reasons the document knows of, e.g. a photocopy found by the quality check. */
	otherReasons?: readonly ReviewReason[];
	/**
	 * Set once a person reviewed the item: the columns they answered. An answered column counts as
	 * read and is never doubtful; reasons about the whole document were seen.
	 */
	reviewed?: ReadonlySet<string>;
}

/**
 * Why a person should look at this successful read before it is trusted. Empty when the read
 * can go straight on.
 */
export function reviewReasons(input: ReviewInput, settings: ReviewSettings): ReviewReason[] {
	const reasons: ReviewReason[] = [];
	const { readings, reviewed } = input;
	const isRead = ([column, reading]: readonly [string, FieldReading]) => reading.value.trim() !== '' || reviewed?.has(column) === true;
	const unread = (of: ReviewInput['readings'], words: string): ReasonColumn[] => of.filter((entry) => !isRead(entry)).map(([column]) => ({ column, words }));
	if (settings.reviewPoorReads) {
		const readCount = (of: ReviewInput['readings']) => of.filter(isRead).length;
		if (reviewed === undefined && input.notThisDocumentReason.test(input.reason)) {
			const text = `GLAIR said "${input.reason}": this may not be a ${input.shortName}`;
			reasons.push({ kind: 'notThisDocument', text, columns: unread(readings, `not read: ${text}`) });
		} else if (readCount(readings) === 0) {
			reasons.push({ kind: 'nothingRead', text: `no field was read (0 of ${readings.length})`, columns: unread(readings, 'not read: no field was read') });
		} else {
			// A page with nothing read was not in the picture (an STNK card without its tax notice,
			// one BPKB page photographed alone): not a poor read. A page partly read is.
			for (const page of input.pages) {
				const count = readCount(page.readings);
				if (count === 0 || count >= page.readings.length / 2) continue;
				const where = input.pages.length > 1 ? ` on the page ${page.label}` : '';
				const text = `only ${count} of ${page.readings.length} fields were read${where}`;
				reasons.push({ kind: 'poorRead', text, columns: unread(page.readings, `not read: ${text}`) });
			}
			// A KK without members, a receipt without items: the table GLAIR was asked for is missing.
			const [main] = input.rows ?? [];
			if (main && readCount(main.readings) === 0) reasons.push({ kind: 'poorRead', text: `no row of ${main.list} was read`, columns: [] });
		}
	}
	if (settings.reviewBelowConfidence > 0) {
		const bar = settings.reviewBelowConfidence;
		const doubtful = [...readings, ...(input.rows ?? []).flatMap((table) => table.readings)].filter(
			([column, reading]) => reading.value.trim() !== '' && reading.confidence < bar && reviewed?.has(column) !== true,
		);
		if (doubtful.length > 0) {
			const list = doubtful.map(([column, reading]) => `${column} (${reading.confidence}%)`).join(', ');
			reasons.push({
				kind: 'lowConfidence',
				text: `confidence below ${bar}%: ${list}`,
				columns: doubtful.map(([column, reading]) => ({ column, words: `read with ${reading.confidence}% confidence, below ${bar}%` })),
			});
		}
	}
	if (settings.reviewOnWarnings) {
		for (const warning of input.warnings) {
			const columns = warning.columns.map((column, index) => ({ column, words: index === 0 ? warning.problem : warning.text }));
			reasons.push({ kind: 'fieldCheck', text: warning.text, columns });
		}
	}
	for (const other of input.otherReasons ?? []) {
		// A person who reviewed the item has seen what concerns the whole document, and answered for its columns.
		if (reviewed !== undefined && other.columns.every(({ column }) => reviewed.has(column))) continue;
		reasons.push(other);
	}
	return reasons;
}

/**
 * Two files of one document read a field that identifies it differently: a person decides which is
 * right. In a file of documents, the role names the document: its label leads the words, its name
 * prefixes the column.
 */
export function conflictReason(conflict: FieldConflict, role?: { role: string; label: string }): ReviewReason {
	const words = `the files disagree: ${conflict.readings.map(({ value }) => JSON.stringify(value)).join(' vs ')}`;
	return {
		kind: 'conflict',
		text: role ? `${role.label}: ${describeConflict(conflict)}` : describeConflict(conflict),
		columns: [{ column: role ? `${role.role}_${conflict.column}` : conflict.column, words }],
	};
}
