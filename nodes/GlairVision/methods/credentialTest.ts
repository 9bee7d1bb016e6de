import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import { DOCUMENT_SPECS } from '../documents/registry';
import { checkBaseUrl } from '../engine/plan/readSettings';
import { exchangeOnce, type GlairCredentials } from '../transport/glairClient';
import { describeNetworkError } from '../transport/networkErrors';

const TEST_TIMEOUT_MS = 15_000;

/** One endpoint the Test button asks. A document is read; the face and identity products are used. */
interface Target {
	name: string;
	path: string;
	document: boolean;
}

/**
 * Every document's endpoint, then the face and identity endpoints the node calls. Capture
 * sessions are not asked: a POST would make one.
 */
export const PROBED: readonly Target[] = [
	...DOCUMENT_SPECS.map((spec) => ({ name: spec.shortName, path: spec.path, document: true })),
	{ name: 'Match Faces', path: '/face/v1/match', document: false },
	{ name: 'Passive Liveness', path: '/face/v1/passive-liveness', document: false },
	{ name: 'Active Liveness', path: '/face/v1/active-liveness', document: false },
	{ name: 'Verify Identity', path: '/identity/v1/verification', document: false },
	{ name: 'Verify Identity With Face', path: '/identity/v1/face-verification', document: false },
];

type Probe = { target: Target } & ({ kind: 'answered'; httpStatus: number; bodyText: string } | { kind: 'unreachable'; why: string });
type Answered = Extract<Probe, { kind: 'answered' }>;

async function probe(credentials: GlairCredentials, target: Target): Promise<Probe> {
	try {
		const answer = await exchangeOnce(credentials, { method: 'POST', path: target.path, body: { kind: 'empty' } }, AbortSignal.timeout(TEST_TIMEOUT_MS), TEST_TIMEOUT_MS);
		return { target, kind: 'answered', httpStatus: answer.httpStatus, bodyText: answer.bodyText };
	} catch (error) {
		return { target, kind: 'unreachable', why: describeNetworkError(error, TEST_TIMEOUT_MS) };
	}
}

function isJsonObject(text: string): boolean {
	try {
		const value = JSON.parse(text) as unknown;
		return typeof value === 'object' && value !== null && !Array.isArray(value);
	} catch {
		return false;
	}
}

/**
 * Whether the answer to an empty request shows access: a document's endpoint says 400 NO_FILE;
 * the face and identity endpoints refuse what is missing with a JSON 400 of their own (its words
 * are not on record), which a login not enabled for them never gets (403).
 */
function usable(answer: Answered): boolean {
	if (answer.httpStatus !== 400) return false;
	return answer.target.document ? answer.bodyText.includes('NO_FILE') : isJsonObject(answer.bodyText);
}

/**
 * What the account can read, short enough for the credential dialog with twenty documents: the
 * counts, and the names of the smaller group (the documents not enabled, when most are).
 */
function whatCanBeRead(enabled: readonly string[], forbidden: readonly string[]): string {
	const total = DOCUMENT_SPECS.length;
	if (enabled.length === total) return `all ${total} documents can be read`;
	if (enabled.length === 0) return forbidden.length === total ? `no document can be read (the ${total} are not enabled for this account)` : 'no document can be read';
	const count = `${enabled.length} of ${total} documents can be read`;
	if (forbidden.length === 0) return count; // the others did not answer as GLAIR does: not a credential question
	const others = forbidden.length === total - enabled.length ? `the other ${forbidden.length}` : `${forbidden.length} others`;
	if (enabled.length <= forbidden.length) return `${count} (${enabled.join(', ')}); ${others} are not enabled for this account`;
	return `${count}; not enabled for this account: ${forbidden.join(', ')}`;
}

/** The face and identity products by name: five, so each is named. */
function whatCanBeUsed(enabled: readonly string[], forbidden: readonly string[]): string {
	if (enabled.length === 0) return forbidden.length ? `${forbidden.join(', ')} are not enabled for this account` : '';
	return `${enabled.join(', ')} can be used${forbidden.length ? ` (not enabled for this account: ${forbidden.join(', ')})` : ''}`;
}

const names = (answers: readonly Answered[], document: boolean) => answers.filter((answer) => answer.target.document === document).map((answer) => answer.target.name);

/**
 * GLAIR has no "who am I" endpoint. An authenticated POST without a file is answered 400 (NO_FILE
 * for a document), a refused one 401, and a login that may not use that product 403: so that is
 * what the Test button sends, to every endpoint the node calls (but sessions), since an account is
 * often enabled for a few products only. No document and no personal data is involved.
 */
export async function glairVisionApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	let baseUrl: string;
	try {
		baseUrl = checkBaseUrl(data.baseUrl);
	} catch (error) {
		return { status: 'Error', message: (error as Error).message };
	}
	const credentials: GlairCredentials = {
		username: String(data.username ?? ''),
		password: String(data.password ?? ''),
		apiKey: String(data.apiKey ?? ''),
		baseUrl,
	};
	const probes = await Promise.all(PROBED.map(async (target) => await probe(credentials, target)));
	const answered = probes.filter((result): result is Answered => result.kind === 'answered');
	const enabled = answered.filter(usable);
	const forbidden = answered.filter((result) => result.httpStatus === 403);

	if (answered.some((result) => result.httpStatus === 401)) {
		return { status: 'Error', message: 'GLAIR refused the credential (401): check Username, Password and API Key' };
	}
	if (enabled.length > 0) {
		const products = whatCanBeUsed(names(enabled, false), names(forbidden, false));
		return { status: 'OK', message: `Connection tested successfully: ${whatCanBeRead(names(enabled, true), names(forbidden, true))}${products ? `; ${products}` : ''}` };
	}
	if (forbidden.length === PROBED.length) {
		return {
			status: 'Error',
			message: `The login works, but this account is not enabled for any of the ${DOCUMENT_SPECS.length} documents, nor for faces or identity (403): ask GLAIR to enable the products you need`,
		};
	}
	const unreachable = probes.find((result) => result.kind === 'unreachable');
	if (unreachable && unreachable.kind === 'unreachable') return { status: 'Error', message: `Could not reach ${baseUrl}: ${unreachable.why}` };
	const other = answered.find((result) => result.httpStatus !== 403);
	return {
		status: 'Error',
		message: `Unexpected answer from ${baseUrl} (HTTP ${other?.httpStatus}): is the Base URL a GLAIR Vision API?`,
	};
}
