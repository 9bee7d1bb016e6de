import type {
	IAuthenticateGeneric,
	ICredentialType,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

export const GLAIR_DEFAULT_BASE_URL = 'https://api.vision.glair.ai';

/**
 * GLAIR asks for both a Basic login and an API key on every request. The credential test
 * lives on the node (`methods.credentialTest`) because a good credential is recognised by a
 * 400 NO_FILE answer, which n8n's declarative test would report as a failure.
 */
export class GlairVisionApi implements ICredentialType {
	name = 'glairVisionApi';

	displayName = 'GLAIR Vision API';

	icon: Icon = { light: 'file:../icons/glairVision.svg', dark: 'file:../icons/glairVision.dark.svg' };

	// This package's page on the credential: where the login and key come from (GLAIR's own pages do
	// not say), the Test button, and the HTTP Request node for other GLAIR calls.
	// n8n's two rule sets disagree here: the community rules accept a URL, the older base rule
	// wants a camelCase slug of n8n's own docs, which would be a dead link for a GLAIR credential.
	// eslint-disable-next-line n8n-nodes-base/cred-class-field-documentation-url-miscased
	documentationUrl = 'https://github.com/glair-n8n/n8n-nodes-glair-vision/blob/main/docs/credential.md';

	properties: INodeProperties[] = [
		{
			displayName:
				'GLAIR gives the username, password and API key to an organisation, not to a person: there is no sign-up page. Ask whoever holds your organisation\'s GLAIR Vision account, or contact GLAIR at glair.ai.',
			name: 'whereFrom',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description: 'The username GLAIR gave your organisation',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The password that goes with that username',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The key GLAIR gave you, together with the username and password'
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: GLAIR_DEFAULT_BASE_URL,
			required: true,
			placeholder: GLAIR_DEFAULT_BASE_URL,
			description:
				'Leave as it is, unless GLAIR runs on your own servers (then GLAIR tells you the address) or you try the node on a local stand-in',
		},
	];

	// Lets n8n's HTTP Request node call other GLAIR endpoints with this credential.
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			auth: {
				username: '={{$credentials.username}}',
				password: '={{$credentials.password}}',
			},
			headers: {
				'x-api-key': '={{$credentials.apiKey}}',
			},
		},
	};
}
