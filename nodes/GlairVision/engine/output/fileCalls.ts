import type { IDataObject } from 'n8n-workflow';

import { JUDGED_COLUMNS, type CrossCheckOutcome, type DocumentRow } from '../../crossChecks/crossCheck';
import type { FileCall } from '../../files/spec';
import { FACE_MATCH, identityVerification, passiveLiveness } from '../run/biometricCalls';
import type { FileCallDone } from '../run/performFile';

/**
 * A file's GLAIR calls (a face match, liveness, Dukcapil) as the cross-check table reads them (a
 * judged row: its result and detail) and as the output item shows them (their columns under the
 * call's prefix). Every call has its columns, made or not, so a sheet keeps one header.
 */

function emptyColumns(call: FileCall): IDataObject {
	switch (call.kind) {
		case 'faceMatch':
			return FACE_MATCH.interpretation.empty;
		case 'passiveLiveness':
			return passiveLiveness(undefined).interpretation.empty;
		case 'identity':
			return identityVerification(call.face !== undefined).interpretation.empty;
	}
}

/** The call's own columns (without its prefix), made or not: what Apply Review takes back from an item. */
export function callColumnNames(call: FileCall): string[] {
	return Object.keys(emptyColumns(call));
}

/** What the call's line says: GLAIR's verdict judged (pass or a reason to look), skipped, or why it could not run. */
function judgementOf(done: FileCallDone): { result: CrossCheckOutcome; detail: string } {
	if (done.kind !== 'made') return done.kind === 'skipped' ? { result: 'skipped', detail: `not checked (${done.why})` } : { result: 'missing', detail: `${done.call.label} could not be asked: ${done.why}` };
	const { result } = done;
	if (result.route === 'success') return { result: 'match', detail: `${done.call.label}: ${result.reason}` };
	if (result.route === 'needsReview') return { result: 'mismatch', detail: result.reviewReasons.join('; ') };
	return { result: 'missing', detail: `${done.call.label} could not be had: ${result.reason}` };
}

/** The row a `judged` line of the cross-check table reads (crossChecks/judgements.ts). */
export function judgedRow(done: FileCallDone): DocumentRow {
	const columns = done.kind === 'made' ? done.result.columns : emptyColumns(done.call);
	const cells = Object.fromEntries(Object.entries(columns).map(([name, value]) => [name, value === null || typeof value !== 'object' ? (value as string | number | boolean | null) : '']));
	const { result, detail } = judgementOf(done);
	return { ...cells, [JUDGED_COLUMNS.result]: result, [JUDGED_COLUMNS.detail]: detail };
}

/** The call's columns in the output item: its own (scores, statuses) and its request id, under its prefix. */
export function callOutputColumns(done: FileCallDone): IDataObject {
	const columns = done.kind === 'made' ? done.result.columns : emptyColumns(done.call);
	const requestId = done.kind === 'made' ? (done.result.call.requestId ?? '') : '';
	return Object.fromEntries([...Object.entries(columns), ['request_id', requestId]].map(([name, value]) => [`${done.call.prefix}${name}`, value]));
}
