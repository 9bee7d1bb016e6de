import { BPKB_FIELDS, BPKB_SECTIONS, type BpkbSection } from './bpkbFields';

/**
 * Turns whatever came back from GLAIR into either a document answer or a plain-words reason
 * why it could not be read. It never throws: a strange answer must not cost the other
 * documents of the run.
 */

export const DOCUMENT_STATUSES = ['SUCCESS', 'NO_FILE', 'FILE_INVALID_FORMAT', 'FAILED'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export interface FieldReading {
	value: string;
	value_original: string;
	confidence: number;
	confidence_text: number;
	polygon: number[][];
	page_index: number;
}

export type SectionReadings = Record<string, FieldReading>;
export type DocumentReadings = Partial<Record<BpkbSection, SectionReadings>> & Record<string, SectionReadings>;

export type GlairReading =
	| { kind: 'document'; status: DocumentStatus; reason: string; read: DocumentReadings; body: unknown }
	| { kind: 'unreadable'; reason: string; body: unknown };

const ALIAS_TO_KEY = new Map<string, string>(
	BPKB_FIELDS.flatMap((field) => (field.aliases ?? []).map((alias) => [alias, field.key] as const)),
);

export const EMPTY_READING: Readonly<FieldReading> = Object.freeze({
	value: '',
	value_original: '',
	confidence: 0,
	confidence_text: 0,
	polygon: [],
	page_index: 0,
});

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asText(value: unknown): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return '';
}

function asNumber(value: unknown): number {
	const number = typeof value === 'string' ? Number(value) : value;
	return typeof number === 'number' && Number.isFinite(number) ? number : 0;
}

function asPolygon(value: unknown): number[][] {
	if (!Array.isArray(value)) return [];
	return value
		.filter((point): point is unknown[] => Array.isArray(point))
		.map((point) => point.map(asNumber));
}

/** Older API versions send a bare string, or only `value` and `confidence`: fill the rest. */
export function normaliseField(raw: unknown): FieldReading {
	if (!isObject(raw)) {
		const text = asText(raw);
		return { ...EMPTY_READING, polygon: [], value: text, value_original: text };
	}
	return {
		value: asText(raw.value),
		value_original: raw.value_original === undefined ? asText(raw.value) : asText(raw.value_original),
		confidence: asNumber(raw.confidence),
		confidence_text: asNumber(raw.confidence_text),
		polygon: asPolygon(raw.polygon),
		page_index: asNumber(raw.page_index),
	};
}

function normaliseRead(read: Record<string, unknown>): DocumentReadings {
	const sections: DocumentReadings = {};
	for (const [sectionName, rawSection] of Object.entries(read)) {
		// JSON.parse keeps "__proto__" as a key; assigning it would replace the prototype instead.
		if (!isObject(rawSection) || sectionName === '__proto__') continue;
		const section: SectionReadings = {};
		for (const [fieldName, rawField] of Object.entries(rawSection)) {
			if (fieldName === '__proto__') continue;
			section[ALIAS_TO_KEY.get(fieldName) ?? fieldName] = normaliseField(rawField);
		}
		sections[sectionName] = section;
	}
	return sections;
}

function looksLikeHtml(contentType: string, bodyText: string): boolean {
	return contentType.includes('html') || /^\s*<(!doctype|html)/i.test(bodyText);
}

function hint(httpStatus: number): string {
	if (httpStatus === 404 || httpStatus === 405)
		return ' Check the Base URL in the GLAIR Vision credential.';
	if (httpStatus >= 500) return ' This is on GLAIR\'s side; try again later or quote the request id to GLAIR support.';
	return '';
}

export function readGlairAnswer(httpStatus: number, contentType: string, bodyText: string): GlairReading {
	let body: unknown;
	try {
		body = JSON.parse(bodyText);
	} catch {
		const what = looksLikeHtml(contentType, bodyText)
			? 'an HTML page instead of JSON (usually a proxy or gateway error)'
			: bodyText.trim() === ''
				? 'an empty body'
				: 'a body that is not JSON';
		return { kind: 'unreadable', reason: `GLAIR answered HTTP ${httpStatus} with ${what}.${hint(httpStatus)}`, body: bodyText };
	}

	if (!isObject(body) || !('status' in body)) {
		return {
			kind: 'unreadable',
			reason: `GLAIR answered HTTP ${httpStatus} without a status.${hint(httpStatus)}`,
			body,
		};
	}
	const status = body.status;
	if (typeof status !== 'string' || !(DOCUMENT_STATUSES as readonly string[]).includes(status)) {
		return {
			kind: 'unreadable',
			reason: `GLAIR answered HTTP ${httpStatus} with an unknown status "${asText(status).slice(0, 40)}".`,
			body,
		};
	}
	const reason = asText(body.reason);
	const read = isObject(body.read) ? normaliseRead(body.read) : {};
	if (status === 'SUCCESS' && !BPKB_SECTIONS.some((section) => read[section] !== undefined)) {
		// A success with nothing in it must not pass for a read document.
		return {
			kind: 'unreadable',
			reason: `GLAIR said SUCCESS but sent no BPKB fields${reason ? ` ("${reason}")` : ''}.`,
			body,
		};
	}
	return { kind: 'document', status: status as DocumentStatus, reason, read, body };
}
