import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import * as activeLiveness from './face/activeLiveness.operation';
import { FACE_RESOURCE, faceDescription, type FaceOperation } from './face/face.description';
import * as match from './face/match.operation';
import * as passiveLiveness from './face/passiveLiveness.operation';
import { IDENTITY_RESOURCE, identityDescription, type IdentityOperation } from './identity/identity.description';
import * as verifyIdentity from './identity/verify.operation';
import * as verifyIdentityWithFace from './identity/verifyWithFace.operation';
import * as createSession from './session/create.operation';
import * as getSession from './session/get.operation';
import { SESSION_RESOURCE, sessionDescription, type SessionOperation } from './session/session.description';

/**
 * GLAIR's products that are not a document: who a person is (faces, Dukcapil) and the capture
 * sessions. Each is a resource with its operations, one GLAIR call per item.
 */

type Execute = (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>;

export interface ProductResource<Operation extends string = string> {
	resource: string;
	displayName: string;
	properties: INodeProperties[];
	/** Each operation's name on the canvas (the subtitle) and what it runs. */
	operations: Record<Operation, { subtitle: string; execute: Execute }>;
}

const face: ProductResource<FaceOperation> = {
	resource: FACE_RESOURCE,
	displayName: 'Face Biometrics',
	properties: faceDescription,
	operations: {
		match: { subtitle: 'Match Faces', execute: match.execute },
		passiveLiveness: { subtitle: 'Passive Liveness', execute: passiveLiveness.execute },
		activeLiveness: { subtitle: 'Active Liveness', execute: activeLiveness.execute },
	},
};

const identity: ProductResource<IdentityOperation> = {
	resource: IDENTITY_RESOURCE,
	displayName: 'Identity (Dukcapil)',
	properties: identityDescription,
	operations: {
		verify: { subtitle: 'Verify Identity', execute: verifyIdentity.execute },
		verifyWithFace: { subtitle: 'Verify Identity With Face', execute: verifyIdentityWithFace.execute },
	},
};

const session: ProductResource<SessionOperation> = {
	resource: SESSION_RESOURCE,
	displayName: 'Capture Session',
	properties: sessionDescription,
	operations: {
		create: { subtitle: 'Create Session', execute: createSession.execute },
		get: { subtitle: 'Get Session', execute: getSession.execute },
	},
};

export const PRODUCT_RESOURCES: readonly ProductResource[] = [face, identity, session];
