/**
 * The bench's credentials helper: the test helper's decrypted credentials, plus what n8n's own
 * CredentialsHelper does when a node calls `httpRequestWithAuthentication`: it applies the
 * credential type's declarative `authenticate` (for GLAIR: Basic login and the x-api-key header),
 * each value an expression over `$credentials` resolved by the workflow's expression engine.
 * The GLAIR Vision node and the HTTP Request node (generic Basic auth) never ask for this; the
 * bench's helper-upload node does, as any node built on n8n's request helpers would.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestOptions,
	INode,
	IRequestOptionsSimplified,
	Workflow,
} from 'n8n-workflow';

import { TestCredentialsHelper } from '../../test/helpers/engine';

export class BenchCredentialsHelper extends TestCredentialsHelper {
	constructor(
		byType: Record<string, ICredentialDataDecryptedObject>,
		private readonly types: Record<string, ICredentialType>,
	) {
		super(byType);
	}

	override async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const declared = this.types[typeName]?.authenticate;
		if (typeof declared === 'function') return await declared(credentials, requestOptions as IHttpRequestOptions);
		if (declared?.type !== 'generic' || !workflow || !node) return requestOptions as IHttpRequestOptions;
		const resolve = (value: unknown): string => {
			if (typeof value !== 'string' || !value.startsWith('=')) return String(value);
			const resolved = workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: credentials }, undefined, '');
			return resolved ? String(resolved) : '';
		};
		const target = requestOptions as unknown as Record<string, Record<string, string>>;
		target.headers ??= {};
		for (const [group, entries] of Object.entries(declared.properties)) {
			target[group] ??= {};
			for (const [key, value] of Object.entries(entries as Record<string, unknown>)) target[group][resolve(key)] = resolve(value);
		}
		return requestOptions as IHttpRequestOptions;
	}
}
