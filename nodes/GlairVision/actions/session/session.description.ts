import type { INodeProperties } from 'n8n-workflow';

import { maxSpoofScoreOption } from '../face/face.description';
import { callOptions, readOption } from '../callOptions.description';

export const SESSION_RESOURCE = 'session';

export type SessionOperation = 'create' | 'get';

const showFor = (operation: SessionOperation, sessionType?: string[]) => ({
	show: { resource: [SESSION_RESOURCE], operation: [operation], ...(sessionType ? { sessionType } : {}) },
});

/** Read's options that shape and judge a finished KTP or NPWP session's reading, as they do a Read. */
const READING_OPTIONS = ['includeConfidence', 'includeImages', 'includeOriginalValue', 'reviewBelowConfidence', 'reviewOnWarnings', 'reviewPoorReads', 'validate'];

export const sessionDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [SESSION_RESOURCE] } },
		options: [
			{
				name: 'Create Session',
				value: 'create',
				action: 'Create capture session',
				description: "Make a link to GLAIR's own page where a person photographs their KTP or NPWP, or does a liveness check, on their phone",
			},
			{
				name: 'Get Session',
				value: 'get',
				action: 'Get capture session',
				description: "Read a session back: PENDING until the person is done, then what GLAIR read from their picture",
			},
		],
		default: 'create',
	},
	{
		displayName: 'Session Type',
		name: 'sessionType',
		type: 'options',
		default: 'ktp',
		options: [
			{ name: 'Active Liveness', value: 'activeLiveness', description: 'The person makes gestures GLAIR asks for' },
			{ name: 'KTP', value: 'ktp', description: 'The person photographs their KTP (identity card)' },
			{ name: 'NPWP', value: 'npwp', description: 'The person photographs their NPWP (tax number card)' },
			{ name: 'Passive Liveness', value: 'passiveLiveness', description: 'The person takes a selfie' },
		],
		displayOptions: { show: { resource: [SESSION_RESOURCE] } },
	},
	{
		displayName: 'Success URL',
		name: 'successUrl',
		type: 'string',
		default: '={{ $execution.resumeUrl }}',
		required: true,
		description: 'Where GLAIR sends the person when they are done, with the session ID appended as sid. The default resumes this execution at the next Wait node.',
		hint: 'Put a Wait node (Resume: On Webhook Call, HTTP Method GET) after the step that sends session_url to the person',
		displayOptions: showFor('create'),
	},
	{
		displayName: 'Cancel URL',
		name: 'cancelUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/cancelled',
		description: "Optional. GLAIR's page then shows a back button leading here.",
		displayOptions: showFor('create'),
	},
	{
		displayName: 'Check Image Quality',
		name: 'checkImageQuality',
		type: 'boolean',
		default: false,
		description: 'Whether GLAIR grades the picture (photocopy, photo of a screen, blur, …); Get Session then sends a bad picture to Needs Review, as Read KTP does',
		displayOptions: showFor('create', ['ktp']),
	},
	{
		displayName: 'Number of Gestures',
		name: 'numberOfGestures',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'How many gestures GLAIR asks the person to make',
		displayOptions: showFor('create', ['activeLiveness']),
	},
	{
		displayName: 'Session ID',
		name: 'sessionId',
		type: 'string',
		default: '={{ $json.query.sid }}',
		required: true,
		description: "The session's ID: what GLAIR appended to the success URL (the Wait node receives it under query), or session_id from Create Session",
		displayOptions: showFor('get'),
	},
	callOptions(showFor('create'), { withFiles: false }),
	callOptions(showFor('get'), { withFiles: false, extra: [...READING_OPTIONS.map(readOption), maxSpoofScoreOption] }),
];
