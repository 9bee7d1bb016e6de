import { randomBytes } from 'node:crypto';
import type { FaceAnswer } from './faces';

/**
 * GLAIR's hosted capture sessions (../shared/GLAIR-API.md, "Hosted sessions"): created with a JSON
 * POST, read back with a GET, finished by the person on GLAIR's own page, which then sends them to
 * `success_url` with `sid` appended. INVENTED: the page's address (`/prebuilt/<kind>/<sid>`), the
 * session id's form, the error bodies, and what the page "photographs" (a sample file, by default
 * the kind's own sample; `?sample=<file in samples/>` picks another; `?cancel=1` is the back button).
 */

export const SESSION_KINDS = {
	ktp: { path: '/ocr/v1/ktp-sessions', sample: 'ktp-sample.png' },
	npwp: { path: '/ocr/v1/npwp-sessions', sample: 'npwp-sample.png' },
	'passive-liveness': { path: '/face/v1/passive-liveness-sessions', sample: 'faces/selfie.jpg' },
	'active-liveness': { path: '/face/v1/active-liveness-sessions', sample: 'faces/selfie-two-fingers.jpg' },
} as const;

export type SessionKind = keyof typeof SESSION_KINDS;

/** Sessions expire after 24 hours (the docs). */
export const SESSION_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface Session {
	sid: string;
	kind: SessionKind;
	status: 'PENDING' | 'FINISHED';
	/** Epoch ms. */
	expired: number;
	url: string;
	success_url: string;
	cancel_url?: string;
	qualities_detector?: boolean;
	number_of_gestures?: number;
	result: Record<string, unknown> | null;
}

/** What the capture page produces: the answer GLAIR's own endpoint would give for that picture. */
export type CaptureResult = (session: Session, sampleFileName: string) => Record<string, unknown>;

const SID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function newSid(): string {
	return [...randomBytes(32)].map((byte) => SID_ALPHABET[byte % SID_ALPHABET.length]).join('');
}

function isHttpUrl(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	try {
		return ['http:', 'https:'].includes(new URL(value).protocol);
	} catch {
		return false;
	}
}

const failed = (httpStatus: number, reason: string): FaceAnswer => ({ httpStatus, body: { status: 'failed', reason } });

/** The session as GET answers it; `create` leaves out `expired` and `result`, as the docs' sample does. */
function shown(session: Session, full: boolean): Record<string, unknown> {
	const { status, url, success_url, cancel_url, qualities_detector, number_of_gestures, expired, result } = session;
	const fields = { status, url, success_url, cancel_url, qualities_detector, number_of_gestures, ...(full ? { expired, result } : {}) };
	return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

export class SessionStore {
	readonly sessions = new Map<string, Session>();

	constructor(private readonly baseUrl: () => string) {}

	kindOfPath(path: string): { kind: SessionKind; sid?: string } | undefined {
		for (const [kind, { path: collection }] of Object.entries(SESSION_KINDS) as Array<[SessionKind, { path: string }]>) {
			if (path === collection) return { kind };
			if (path.startsWith(`${collection}/`) && path.length > collection.length + 1) return { kind, sid: decodeURIComponent(path.slice(collection.length + 1)) };
		}
		return undefined;
	}

	create(kind: SessionKind, bodyText: string): FaceAnswer {
		let body: Record<string, unknown>;
		try {
			body = JSON.parse(bodyText) as Record<string, unknown>;
		} catch {
			return failed(400, 'The body must be JSON');
		}
		if (!isHttpUrl(body?.success_url)) return failed(400, 'success_url must be a valid URL');
		if (body.cancel_url !== undefined && body.cancel_url !== null && !isHttpUrl(body.cancel_url)) return failed(400, 'cancel_url must be a valid URL');
		const sid = newSid();
		const session: Session = {
			sid,
			kind,
			status: 'PENDING',
			expired: Date.now() + SESSION_LIFETIME_MS,
			url: `${this.baseUrl()}/prebuilt/${kind}/${sid}`,
			success_url: body.success_url,
			...(isHttpUrl(body.cancel_url) ? { cancel_url: body.cancel_url } : {}),
			...(kind === 'ktp' ? { qualities_detector: body.qualities_detector === true } : {}),
			...(kind === 'active-liveness' ? { number_of_gestures: Number(body.number_of_gestures ?? 1) } : {}),
			result: null,
		};
		this.sessions.set(sid, session);
		return { httpStatus: 200, body: shown(session, false) };
	}

	get(kind: SessionKind, sid: string): FaceAnswer {
		const session = this.sessions.get(sid);
		if (!session || session.kind !== kind) return failed(404, 'Session not found');
		return { httpStatus: 200, body: shown(session, true) };
	}

	/**
	 * The person opens the session's page and either finishes (redirected to `success_url` + sid)
	 * or presses back (to `cancel_url`). Answers the redirect, or an HTML error page.
	 */
	visit(pagePath: string, query: URLSearchParams, capture: CaptureResult): { httpStatus: number; location?: string; html?: string } {
		const match = /^\/prebuilt\/([a-z-]+)\/([A-Za-z0-9]+)$/.exec(pagePath);
		const session = match ? this.sessions.get(match[2]) : undefined;
		if (!session || session.kind !== match?.[1]) return { httpStatus: 404, html: page('This session does not exist.') };
		if (session.expired < Date.now()) return { httpStatus: 410, html: page('This session has expired.') };
		if (query.get('cancel') === '1') {
			return session.cancel_url ? { httpStatus: 302, location: session.cancel_url } : { httpStatus: 200, html: page('There is no way back from here.') };
		}
		if (session.status === 'PENDING') this.finish(session.sid, capture, query.get('sample') ?? undefined);
		const back = new URL(session.success_url);
		back.searchParams.append('sid', session.sid);
		return { httpStatus: 302, location: back.toString() };
	}

	/** Finishes a session as if the person had photographed `sampleFileName` (default: the kind's sample). */
	finish(sid: string, capture: CaptureResult, sampleFileName?: string): void {
		const session = this.sessions.get(sid);
		if (!session) throw new Error('no such session');
		session.result = capture(session, sampleFileName ?? SESSION_KINDS[session.kind].sample);
		session.status = 'FINISHED';
	}

	expire(sid: string): void {
		const session = this.sessions.get(sid);
		if (session) session.expired = Date.now() - 1;
	}
}

function page(message: string): string {
	return `<!doctype html>\n<html><head><title>GLAIR</title></head><body><p>${message}</p></body></html>\n`;
}
