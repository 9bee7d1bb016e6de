import { ktp } from '../../documents/ktp';
import { npwp } from '../../documents/npwp';
import type { DocumentSpec } from '../../documents/spec';
import { SettingsError } from '../../engine/plan/readSettings';
import type { GlairProduct } from '../../engine/run/callGlair';

/** The four kinds of GLAIR capture session: where each is made, and what its result is read as. */
export const SESSION_TYPES = {
	ktp: { path: '/ocr/v1/ktp-sessions', label: 'KTP', document: ktp as DocumentSpec },
	npwp: { path: '/ocr/v1/npwp-sessions', label: 'NPWP', document: npwp as DocumentSpec },
	passiveLiveness: { path: '/face/v1/passive-liveness-sessions', label: 'Passive Liveness', document: undefined },
	activeLiveness: { path: '/face/v1/active-liveness-sessions', label: 'Active Liveness', document: undefined },
} as const;

export type SessionType = keyof typeof SESSION_TYPES;

export function parseSessionType(value: unknown): SessionType {
	const text = String(value ?? '');
	if (Object.hasOwn(SESSION_TYPES, text)) return text as SessionType;
	throw new SettingsError(`Session Type must be ktp, npwp, passiveLiveness or activeLiveness, but it is "${text.slice(0, 40)}".`);
}

/** What a refused credential names: the kind of session, and the product it belongs to. */
export function sessionProduct(type: SessionType, operation: 'Create' | 'Get'): GlairProduct {
	const action = `${operation} ${SESSION_TYPES[type].label} Session`;
	return { endpoint: action, action, product: `${SESSION_TYPES[type].label} Sessions` };
}
