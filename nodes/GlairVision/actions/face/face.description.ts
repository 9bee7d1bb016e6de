import type { INodeProperties } from 'n8n-workflow';

import { GESTURES } from '../../engine/plan/gestures';
import { binaryFieldParameter, callOptions } from '../callOptions.description';

export const FACE_RESOURCE = 'face';

export type FaceOperation = 'match' | 'passiveLiveness' | 'activeLiveness';

const showFor = (...operation: FaceOperation[]) => ({ show: { resource: [FACE_RESOURCE], operation } });

export const maxSpoofScoreOption: INodeProperties = {
	displayName: 'Max Spoof Score',
	name: 'maxSpoofScore',
	type: 'number',
	typeOptions: { minValue: 0, maxValue: 100 },
	default: 50,
	description:
		"A picture is live when its spoof_score (0-100) is at most this. Not set: GLAIR's grade decides, and only LOW counts as live.",
};

export const faceDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [FACE_RESOURCE] } },
		options: [
			{
				name: 'Active Liveness',
				value: 'activeLiveness',
				action: 'Check active liveness',
				description: 'Check that the person in a picture makes the gesture they were asked for (a hand sign, eyes, head, mouth)',
			},
			{
				name: 'Match Faces',
				value: 'match',
				action: 'Match faces',
				description: 'Compare a face with a reference face, e.g. a selfie with the photo on a KTP',
			},
			{
				name: 'Passive Liveness',
				value: 'passiveLiveness',
				action: 'Check passive liveness',
				description: 'Judge how likely a face picture is a spoof (a photo of a screen or of a print) rather than a live person',
			},
		],
		default: 'match',
	},
	binaryFieldParameter(
		'storedImageBinaryPropertyName',
		'Stored Image Binary Field',
		'foto',
		'The binary field holding the reference face (PNG or JPEG), sent as stored_image',
		showFor('match'),
		'Read KTP with Include Photo and Signature gives the face on the card as foto',
	),
	binaryFieldParameter(
		'capturedImageBinaryPropertyName',
		'Captured Image Binary Field',
		'selfie',
		'The binary field holding the face to compare (PNG or JPEG), e.g. a selfie, sent as captured_image',
		showFor('match'),
	),
	binaryFieldParameter('imageBinaryPropertyName', 'Image Binary Field', 'selfie', 'The binary field holding the picture of the face (PNG or JPEG)', showFor('passiveLiveness', 'activeLiveness')),
	{
		displayName: 'Gesture',
		name: 'gestureCode',
		type: 'options',
		default: 'HAND_01100',
		description: 'The gesture the person was asked to make, sent as gesture-code. An expression may give a code such as HEAD_LEFT.',
		options: [...GESTURES].sort(([a], [b]) => a.localeCompare(b)).map(([code, description]) => ({ name: code, value: code, description })),
		displayOptions: showFor('activeLiveness'),
	},
	callOptions(showFor('match', 'activeLiveness'), { withFiles: true }),
	callOptions(showFor('passiveLiveness'), { withFiles: true, extra: [maxSpoofScoreOption] }),
];
