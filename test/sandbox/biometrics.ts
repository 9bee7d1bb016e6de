import {
	activeLivenessAnswer,
	invalidFormat,
	isFaceImage,
	matchAnswer,
	missingFile,
	passiveLivenessAnswer,
	sceneOf,
	type FaceAnswer,
	type FaceScene,
} from './faces';
import type { Form } from './multipart';
import { identityAnswer, type IdentityShape } from './population';
import { SESSION_KINDS, type SessionStore } from './sessions';

/**
 * The sandbox's endpoints beyond the OCR documents: face biometrics and identity (multipart forms
 * with named file and text parts) and the hosted sessions (a JSON POST, a GET). Each route says
 * what body it reads and how it answers; the server does the rest (routing, authentication, rate
 * limit, scripted faults, latency) as for a document.
 */

export interface BiometricContext {
	scenes: Map<string, FaceScene>;
	identityShape: IdentityShape;
	sessions: SessionStore;
}

export type BiometricRoute =
	| { body: 'form'; fileParts: readonly string[]; answer: (form: Form, context: BiometricContext) => FaceAnswer; permissionPath: string }
	| { body: 'json'; answer: (bodyText: string, context: BiometricContext) => FaceAnswer; permissionPath: string }
	| { body: 'none'; answer: (context: BiometricContext) => FaceAnswer; permissionPath: string };

/** The file parts a form must carry, each a PNG or JPEG; the first problem found, or undefined. */
function checkFiles(form: Form, parts: readonly string[]): FaceAnswer | undefined {
	const absent = parts.filter((part) => !form.files.get(part)?.bytes);
	if (absent.length > 0) return missingFile(absent.join(' and '));
	if (!parts.every((part) => isFaceImage(form.files.get(part)))) return invalidFormat();
	return undefined;
}

const scene = (form: Form, part: string, context: BiometricContext) => sceneOf(context.scenes, form.files.get(part)!);

const FORM_ROUTES: Record<string, { fileParts: readonly string[]; answer: (form: Form, context: BiometricContext) => FaceAnswer }> = {
	'/face/v1/match': {
		fileParts: ['stored_image', 'captured_image'],
		answer: (form, context) => checkFiles(form, ['stored_image', 'captured_image']) ?? matchAnswer(scene(form, 'stored_image', context), scene(form, 'captured_image', context)),
	},
	'/face/v1/passive-liveness': {
		fileParts: ['image'],
		answer: (form, context) => checkFiles(form, ['image']) ?? passiveLivenessAnswer(scene(form, 'image', context)),
	},
	'/face/v1/active-liveness': {
		fileParts: ['image'],
		answer: (form, context) => checkFiles(form, ['image']) ?? activeLivenessAnswer(scene(form, 'image', context), form.fields.get('gesture-code')?.trim()),
	},
	'/identity/v1/verification': {
		fileParts: [],
		answer: (form, context) => identityAnswer(form.fields, context.identityShape),
	},
	'/identity/v1/face-verification': {
		fileParts: ['face_image'],
		answer: (form, context) => {
			const face = form.files.get('face_image');
			if (face?.bytes && !isFaceImage(face)) return invalidFormat();
			return identityAnswer(form.fields, context.identityShape, face?.bytes ? sceneOf(context.scenes, face) : 'missing');
		},
	},
};

/** The route for a request, or undefined (then the server answers 404). */
export function biometricRoute(method: string, path: string, sessions: SessionStore): BiometricRoute | undefined {
	const form = FORM_ROUTES[path];
	if (form) return method === 'POST' ? { body: 'form', ...form, permissionPath: path } : undefined;
	const session = sessions.kindOfPath(path);
	if (!session) return undefined;
	const { kind, sid } = session;
	// A key enabled for a kind of session may create and read them.
	const permissionPath = SESSION_KINDS[kind].path;
	if (sid === undefined && method === 'POST') return { body: 'json', answer: (bodyText, context) => context.sessions.create(kind, bodyText), permissionPath };
	if (sid !== undefined && method === 'GET') return { body: 'none', answer: (context) => context.sessions.get(kind, sid), permissionPath };
	return undefined;
}

/** Every path a limited API key may be given, for the tests: the forms' and the session collections'. */
export const BIOMETRIC_FORM_PATHS = Object.keys(FORM_ROUTES);
