import type { FieldReading } from '../response/readings';

export interface ReviewSettings {
	reviewPoorReads: boolean;
	reviewBelowConfidence: number;
	reviewOnWarnings: boolean;
}

export function reviewEnabled(settings: ReviewSettings): boolean {
	return settings.reviewPoorReads || settings.reviewBelowConfidence > 0 || settings.reviewOnWarnings;
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
	warnings: readonly string[];
	/** Further reasons the document knows of, e.g. a photocopy found by the quality check. */
	otherReasons?: readonly string[];
}

/**
 * Why a person should look at this successful read before it is trusted. Empty when the read
 * can go straight on.
 */
export function reviewReasons(input: ReviewInput, settings: ReviewSettings): string[] {
	const reasons: string[] = [];
	const { readings } = input;
	if (settings.reviewPoorReads) {
		const readCount = (of: ReviewInput['readings']) => of.filter(([, reading]) => reading.value.trim() !== '').length;
		if (input.notThisDocumentReason.test(input.reason)) {
			reasons.push(`GLAIR said "${input.reason}": this may not be a ${input.shortName}`);
		} else if (readCount(readings) === 0) {
			reasons.push(`no field was read (0 of ${readings.length})`);
		} else {
			// A page with nothing read was not in the picture (an STNK card without its tax notice,
			// one BPKB page photographed alone): not a poor read. A page partly read is.
			for (const page of input.pages) {
				const count = readCount(page.readings);
				if (count === 0 || count >= page.readings.length / 2) continue;
				const where = input.pages.length > 1 ? ` on the page ${page.label}` : '';
				reasons.push(`only ${count} of ${page.readings.length} fields were read${where}`);
			}
			// A KK without members, a receipt without items: the table GLAIR was asked for is missing.
			const [main] = input.rows ?? [];
			if (main && readCount(main.readings) === 0) reasons.push(`no row of ${main.list} was read`);
		}
	}
	if (settings.reviewBelowConfidence > 0) {
		const doubtful = [...readings, ...(input.rows ?? []).flatMap((table) => table.readings)].filter(
			([, reading]) => reading.value.trim() !== '' && reading.confidence < settings.reviewBelowConfidence,
		);
		if (doubtful.length > 0) {
			const list = doubtful.map(([column, reading]) => `${column} (${reading.confidence}%)`).join(', ');
			reasons.push(`confidence below ${settings.reviewBelowConfidence}%: ${list}`);
		}
	}
	if (settings.reviewOnWarnings) reasons.push(...input.warnings);
	reasons.push(...(input.otherReasons ?? []));
	return reasons;
}
