import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { OutputEntry, Route } from './outputs';

/**
 * The row of an operation that makes one GLAIR call per item (faces, identity, sessions): after the
 * skeleton's `outcome`, `reason` and `review_reasons`, the operation's own columns, then what
 * identifies the call (`request_id`, `http_status`, `attempts`, and `retryable` when it failed),
 * as a document row ends. The operation's columns are there (null) even when the call failed, so a
 * sheet keeps one header.
 */

/** What is known of the exchange with GLAIR; nothing when no call was made. */
export interface GlairCall {
	requestId: string | null;
	httpStatus: number | null;
	attempts: number;
}

export const NO_CALL: GlairCall = Object.freeze({ requestId: null, httpStatus: null, attempts: 0 });

export interface CallResult {
	route: Route;
	/** GLAIR's own words for the result, or why it could not be had. */
	reason: string;
	/** Why a person should look (Needs Review); empty otherwise. */
	reviewReasons: string[];
	/** The operation's columns. */
	columns: IDataObject;
	call: GlairCall;
	/** Failed calls only: whether the same request later may work. */
	retryable?: boolean;
}

/** A result that was not had: Not Read (or its status), with every column of the operation empty. */
export function notRead(route: Exclude<Route, 'success' | 'needsReview'>, reason: string, emptyColumns: IDataObject, call: GlairCall = NO_CALL, retryable = false): CallResult {
	return { route, reason, reviewReasons: [], columns: { ...emptyColumns }, call, retryable };
}

/** A result that was had: Success, or Needs Review when there is a reason for a person to look. */
export function judged(reason: string, reviewReasons: string[], columns: IDataObject, call: GlairCall): CallResult {
	return { route: reviewReasons.length > 0 ? 'needsReview' : 'success', reason, reviewReasons, columns, call };
}

export function callColumns(result: CallResult): IDataObject {
	const row: IDataObject = { reason: result.reason, review_reasons: result.reviewReasons.join('; '), ...result.columns };
	row.request_id = result.call.requestId ?? '';
	row.http_status = result.call.httpStatus;
	row.attempts = result.call.attempts;
	if (result.retryable !== undefined) row.retryable = result.retryable;
	return row;
}

/**
 * The output entry: the input item's JSON (when kept), then the result's columns (which win over
 * the input's of the same name), and the input's files when they go on.
 */
export function callEntry(input: INodeExecutionData, result: CallResult, keep: { json: boolean; binary: boolean }): OutputEntry {
	// The skeleton leads with this item's own `outcome`: an earlier node's (a Read KTP row's) must not stand in for it.
	const { outcome: _earlier, ...kept } = keep.json ? input.json : {};
	const json = { ...kept, ...callColumns(result) };
	return { route: result.route, json, ...(keep.binary && input.binary && Object.keys(input.binary).length > 0 ? { binary: input.binary } : {}) };
}
