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

type Probe = { shortName: string } & ({ kind: 'answered'; httpStatus: number; bodyText: string } | { kind: 'unreachable'; why: string });

async function probe(credentials: GlairCredentials, path: string, shortName: string): Promise<Probe> {
	try {
		const answer = await exchangeOnce(credentials, { method: 'POST', path, body: { kind: 'empty' } }, AbortSignal.timeout(TEST_TIMEOUT_MS), TEST_TIMEOUT_MS);
		return { shortName, kind: 'answered', httpStatus: answer.httpStatus, bodyText: answer.bodyText };
	} catch (error) {
		return { shortName, kind: 'unreachable', why: describeNetworkError(error, TEST_TIMEOUT_MS) };
	}
}

/**
 * What the account can read, short enough for the credential dialog with twenty documents: the
 * counts, and the names of the smaller group (the documents not enabled, when most are).
 */
function whatCanBeRead(enabled: readonly string[], forbidden: readonly string[]): string {
	const total = DOCUMENT_SPECS.length;
	if (enabled.length === total) return `all ${total} documents can be read`;
	const count = `${enabled.length} of ${total} documents can be read`;
	if (forbidden.length === 0) return count; // the others did not answer as GLAIR does: not a credential question
	const others = forbidden.length === total - enabled.length ? `the other ${forbidden.length}` : `${forbidden.length} others`;
	if (enabled.length <= forbidden.length) return `${count} (${enabled.join(', ')}); ${others} are not enabled for this account`;
	return `${count}; not enabled for this account: ${forbidden.join(', ')}`;
}

/**
 * GLAIR has no "who am I" endpoint. An authenticated POST without a file is answered 400 NO_FILE,
 * a refused one 401, and a login that may not use that document 403: so that is what the Test
 * button sends, to every document's endpoint, since an account is often enabled for a few
 * products only. No document and no personal data is involved.
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
	const probes = await Promise.all(DOCUMENT_SPECS.map(async (spec) => await probe(credentials, spec.path, spec.shortName)));
	const answered = probes.filter((result) => result.kind === 'answered');
	const enabled = answered.filter((result) => result.httpStatus === 400 && result.bodyText.includes('NO_FILE')).map((result) => result.shortName);
	const forbidden = answered.filter((result) => result.httpStatus === 403).map((result) => result.shortName);

	if (answered.some((result) => result.httpStatus === 401)) {
		return { status: 'Error', message: 'GLAIR refused the credential (401): check Username, Password and API Key' };
	}
	if (enabled.length > 0) return { status: 'OK', message: `Connection tested successfully: ${whatCanBeRead(enabled, forbidden)}` };
	if (forbidden.length === DOCUMENT_SPECS.length) {
		return {
			status: 'Error',
			message: `The login works, but this account is not enabled for any of the ${forbidden.length} documents (403): ask GLAIR to enable the products you need`,
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
