import type { IExecuteFunctions } from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import type { RequestGate } from '../../transport/requestGate';
import { checkBaseUrl } from '../plan/readSettings';
import type { RunContext } from './sendDocument';

/**
 * What the documents of one run share: the credential, the execution's cancel signal and the
 * request gate (one gate for every document the run sends, whatever its type, since GLAIR's
 * rate limit is the account's).
 */
export async function openRun(context: IExecuteFunctions, spec: DocumentSpec, gate: RequestGate): Promise<RunContext> {
	const credential = await context.getCredentials('glairVisionApi');
	const run: RunContext = { spec, gate, cancelSignal: context.getExecutionCancelSignal() ?? new AbortController().signal };
	try {
		run.credentials = {
			username: String(credential.username ?? ''),
			password: String(credential.password ?? ''),
			apiKey: String(credential.apiKey ?? ''),
			baseUrl: checkBaseUrl(credential.baseUrl),
		};
	} catch (error) {
		// Reported on every document rather than thrown, so the run still accounts for each one.
		run.credentialProblem = (error as Error).message;
	}
	return run;
}
