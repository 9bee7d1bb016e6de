import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import { checkBaseUrl } from '../helpers/readSettings';
import { describeNetworkError } from '../transport/sendWithRetries';
import { BPKB_PATH, postMultipart } from '../transport/glairClient';

const TEST_TIMEOUT_MS = 15_000;

/**
 * GLAIR has no "who am I" endpoint. An authenticated POST without a file is answered
 * 400 NO_FILE, a refused one 401/403: so that is what the Test button sends. No document
 * and no personal data is involved.
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
	try {
		const answer = await postMultipart({
			credentials: {
				username: String(data.username ?? ''),
				password: String(data.password ?? ''),
				apiKey: String(data.apiKey ?? ''),
				baseUrl,
			},
			path: BPKB_PATH,
			signal: AbortSignal.timeout(TEST_TIMEOUT_MS),
			timeoutMs: TEST_TIMEOUT_MS,
		});
		if (answer.httpStatus === 400 && answer.bodyText.includes('NO_FILE')) {
			return { status: 'OK', message: 'Connection tested successfully' };
		}
		if (answer.httpStatus === 401) {
			return { status: 'Error', message: 'GLAIR refused the credential (401): check Username, Password and API Key' };
		}
		if (answer.httpStatus === 403) {
			return { status: 'Error', message: 'GLAIR refused the credential (403): this account may not use the BPKB endpoint' };
		}
		return {
			status: 'Error',
			message: `Unexpected answer from ${baseUrl} (HTTP ${answer.httpStatus}): is the Base URL a GLAIR Vision API?`,
		};
	} catch (error) {
		return { status: 'Error', message: `Could not reach ${baseUrl}: ${describeNetworkError(error, TEST_TIMEOUT_MS)}` };
	}
}
