import { NodeApiError, type JsonObject } from 'n8n-workflow';

import { exchangeWithGlair } from '../../transport/glairExchange';
import type { GlairRequest } from '../../transport/glairClient';
import type { RetrySettings } from '../../transport/retryLoop';
import type { GlairCall } from '../output/callRow';
import { parseJsonAnswer, type JsonAnswer } from '../response/jsonAnswer';
import type { Run } from './run';

/**
 * One request of an operation to GLAIR (with the run's retries, gate and cancel signal), and its
 * answer as JSON. A 401 or 403 throws: it is the same for every item of the run.
 */

export type CallAnswer = { kind: 'answered'; call: GlairCall; answer: JsonAnswer } | { kind: 'failed'; call: GlairCall; reason: string; retryable: boolean };

/**
 * What the node was asking GLAIR for, in a refused credential's words: the endpoint ("the KTP
 * endpoint", "Match Faces"), the action ("Read KTP") and the product to ask GLAIR for ("KTP",
 * "Face Biometrics").
 */
export interface GlairProduct {
	endpoint: string;
	action: string;
	product: string;
}

/** What a refused credential means, in words. */
export function credentialRefusal(httpStatus: number, { endpoint, action, product }: GlairProduct): { message: string; description: string } {
	return httpStatus === 401
		? {
				message: 'GLAIR refused the credential (401): wrong username or password, or a missing API key',
				description: "Open the GLAIR Vision credential and check Username, Password and API Key as GLAIR issued them. Use the credential's Test button to confirm.",
			}
		: {
				message: `GLAIR refused the credential (403): it is not allowed to use ${endpoint}`,
				description: `The login works, but this account may not call ${action}. Ask GLAIR to enable the ${product} product for your API key.`,
			};
}

/** A 401 or 403: the same for every item of the run, so the run stops (or each item says so: n8n's On Error). */
export function refuseCredential(run: Run, httpStatus: number, requestId: string | null, product: GlairProduct, itemIndex: number): never {
	const refusal = credentialRefusal(httpStatus, product);
	throw new NodeApiError(run.context.getNode(), { message: refusal.message, httpCode: httpStatus } as unknown as JsonObject, {
		message: refusal.message,
		description: `${refusal.description}${requestId ? ` Request id: ${requestId}.` : ''}`,
		httpCode: String(httpStatus),
		itemIndex,
	});
}

export async function callGlair(
	run: Run,
	request: GlairRequest,
	retry: RetrySettings,
	product: GlairProduct,
	itemIndex: number,
): Promise<CallAnswer> {
	const { context } = run;
	const sent = await exchangeWithGlair({
		...request,
		credentials: await run.credentials(),
		settings: retry,
		gate: run.gate,
		cancelSignal: run.cancelSignal,
		onAttemptFailed: ({ attempt, httpStatus, delayMs, cause }) => context.logger.debug('GLAIR Vision: retrying a call', { endpoint: product.endpoint, attempt, httpStatus, delayMs, cause }),
	});
	if (sent.kind === 'gaveUp') {
		const { reason, requestId, httpStatus, attempts, retryable } = sent;
		return { kind: 'failed', call: { requestId, httpStatus, attempts }, reason, retryable };
	}
	if (sent.httpStatus === 401 || sent.httpStatus === 403) refuseCredential(run, sent.httpStatus, sent.requestId, product, itemIndex);
	// Ids and statuses only: the bodies hold NIKs, names and verdicts about people.
	context.logger.debug('GLAIR Vision: call answered', { endpoint: product.endpoint, requestId: sent.requestId, httpStatus: sent.httpStatus, attempts: sent.attempts });
	const call = { requestId: sent.requestId, httpStatus: sent.httpStatus, attempts: sent.attempts };
	return { kind: 'answered', call, answer: parseJsonAnswer(sent.httpStatus, sent.contentType, sent.bodyText) };
}
