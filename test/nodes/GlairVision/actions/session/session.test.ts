import type { INodeExecutionData } from 'n8n-workflow';

import { runGlairVision } from '../../../../helpers/engine';
import { useSandbox } from '../../../../helpers/sandboxSuite';

const suite = useSandbox({ limitedApiKeys: { 'ocr-only-key': ['/ocr/v1/ktp'] } });

const RESUME_URL = 'http://127.0.0.1:5678/webhook-waiting/41/node?signature=0123456789abcdef';

const session = (operation: 'create' | 'get', parameters: Record<string, unknown> = {}, options: Record<string, unknown> = {}) => ({
	resource: 'session',
	operation,
	...parameters,
	options: { retryDelay: 0.01, ...options },
});

const one = (items: INodeExecutionData[]) => {
	expect(items).toHaveLength(1);
	return items[0].json;
};

async function create(sessionType: string, parameters: Record<string, unknown> = {}) {
	const result = await runGlairVision({
		parameters: session('create', { sessionType, successUrl: RESUME_URL, ...parameters }),
		credentials: suite.credentials,
		documents: [{ json: { phone: '+62 812 0000 0019' } }],
	});
	return one(result.byOutput.Success);
}

/** Get Session as it runs after the Wait node: the item is the webhook call, its query holds sid. */
async function get(sessionType: string, sid: string, options: Record<string, unknown> = {}) {
	return await runGlairVision({
		parameters: session('get', { sessionType, sessionId: '={{ $json.query.sid }}' }, options),
		credentials: suite.credentials,
		documents: [{ json: { headers: { host: 'n8n' }, query: { sid }, body: {} } }],
	});
}

describe('Create Session', () => {
	it.each([
		['ktp', '/ocr/v1/ktp-sessions', { qualities_detector: true }, { checkImageQuality: true }],
		['npwp', '/ocr/v1/npwp-sessions', {}, {}],
		['passiveLiveness', '/face/v1/passive-liveness-sessions', {}, {}],
		['activeLiveness', '/face/v1/active-liveness-sessions', { number_of_gestures: 3 }, { numberOfGestures: 3 }],
	])('makes a %s session: the link to send, its id and expiry, on Success, the item kept', async (sessionType, path, extra, parameters) => {
		const before = Date.now();
		const row = await create(sessionType, { cancelUrl: 'https://example.com/back', ...parameters });
		const made = [...suite.sandbox.sessions.sessions.values()][0];
		expect(row).toEqual({
			outcome: 'SUCCESS',
			phone: '+62 812 0000 0019',
			reason: expect.stringMatching(/^GLAIR made the session, valid until .*: send session_url to the person$/),
			review_reasons: '',
			session_type: sessionType,
			session_id: made.sid,
			session_url: made.url,
			session_status: 'PENDING',
			expires_at: expect.any(String),
			request_id: expect.any(String),
			http_status: 200,
			attempts: 1,
		});
		// The docs' create answer has no `expired`: 24 hours from when it was made.
		expect(Date.parse(String(row.expires_at)) - before).toBeGreaterThanOrEqual(24 * 3600 * 1000 - 1000);
		expect(suite.sandbox.requests[0]).toMatchObject({ method: 'POST', path, json: { success_url: RESUME_URL, cancel_url: 'https://example.com/back', ...extra } });
		// The resume URL carries n8n's token: it goes to GLAIR, never into the item.
		expect(JSON.stringify(row)).not.toContain('signature');
	});

	it('a Success URL that is not http(s) is Not Read without a call, not quoting it', async () => {
		const result = await runGlairVision({ parameters: session('create', { sessionType: 'ktp', successUrl: 'webhook-waiting/41?signature=secret' }), credentials: suite.credentials, documents: [{ json: {} }] });
		expect(one(result.byOutput['Not Read'])).toMatchObject({ reason: expect.stringMatching(/^Success URL must be an http\(s\) address\./), session_type: 'ktp', session_url: '' });
		expect(JSON.stringify(result.byOutput)).not.toContain('secret');
		expect(suite.sandbox.requests).toHaveLength(0);
	});

	it('a key not enabled for sessions stops the run, naming the product', async () => {
		const result = await runGlairVision({ parameters: session('create', { sessionType: 'npwp', successUrl: RESUME_URL }), credentials: { ...suite.credentials, apiKey: 'ocr-only-key' }, documents: [{ json: {} }] });
		expect(result.error?.message).toBe('GLAIR refused the credential (403): it is not allowed to use Create NPWP Session');
	});
});

describe('Get Session', () => {
	const sidOf = (row: Record<string, unknown>) => String(row.session_id);

	it('a session the person has not finished is PENDING, on Needs Review; past its expiry it says to make a new one', async () => {
		const sid = sidOf(await create('ktp'));
		const pending = one((await get('ktp', sid)).byOutput['Needs Review']);
		expect(pending).toMatchObject({ outcome: 'NEEDS_REVIEW', reason: 'PENDING', session_status: 'PENDING', session_id: sid, review_reasons: expect.stringMatching(/^the person has not finished the session yet \(it expires at /) });
		expect(pending).not.toHaveProperty('query');
		suite.sandbox.sessions.expire(sid);
		const expired = one((await get('ktp', sid)).byOutput['Needs Review']);
		expect(expired.review_reasons).toMatch(/^the session expired at .* before the person finished it: create a new one$/);
		expect(suite.sandbox.requests.filter((request) => request.method === 'GET').map((request) => request.path)).toEqual([`/ocr/v1/ktp-sessions/${sid}`, `/ocr/v1/ktp-sessions/${sid}`]);
	});

	it('a finished KTP session is a Read KTP row (its fields, checks and routing), with the session columns; the face photo as binary foto', async () => {
		const sid = sidOf(await create('ktp'));
		const page = await fetch(suite.sandbox.sessions.sessions.get(sid)!.url, { redirect: 'manual' });
		expect(page.headers.get('location')).toBe(`${RESUME_URL}&sid=${sid}`);
		const result = await get('ktp', sid, { includeImages: true });
		const [item] = result.byOutput.Success;
		expect(item.json).toMatchObject({
			outcome: 'SUCCESS',
			reason: 'File Successfully Read',
			review_reasons: '',
			session_type: 'ktp',
			session_id: sid,
			session_status: 'FINISHED',
			nik: '3299994508900001',
			nama: 'DEWI SPESIMEN FIKTIF',
			tanggal_lahir_iso: '1990-08-05',
			warnings: '',
			status: 'SUCCESS',
			http_status: 200,
		});
		const keys = Object.keys(item.json);
		expect(keys.slice(0, 7)).toEqual(['outcome', 'reason', 'review_reasons', 'session_type', 'session_id', 'session_status', 'expires_at']);
		expect(Object.keys(item.binary ?? {})).toEqual(['foto', 'tanda_tangan']);
		expect(JSON.stringify(item.json)).not.toMatch(/iVBORw0KGgo/);
	});

	it("a KTP photographed as a photocopy, in a session with Check Image Quality, goes to Needs Review as Read KTP's would", async () => {
		const sid = sidOf(await create('ktp', { checkImageQuality: true }));
		suite.sandbox.finishSession(sid, 'ktp-photocopy.png');
		const row = one((await get('ktp', sid)).byOutput['Needs Review']);
		expect(row).toMatchObject({ session_status: 'FINISHED', quality_photocopy: true, review_reasons: expect.stringContaining('photocopy') });
	});

	it('a finished NPWP session is a Read NPWP row', async () => {
		const sid = sidOf(await create('npwp'));
		suite.sandbox.finishSession(sid);
		expect(one((await get('npwp', sid)).byOutput.Success)).toMatchObject({ session_type: 'npwp', no_npwp: '09.123.456.7-999.000', nik: '3299994508900001' });
	});

	it('a finished liveness session is judged as the liveness operations judge: a screen on Needs Review, a gesture on Success', async () => {
		const passive = sidOf(await create('passiveLiveness'));
		suite.sandbox.finishSession(passive, 'faces/selfie-screen.jpg');
		expect(one((await get('passiveLiveness', passive)).byOutput['Needs Review'])).toMatchObject({
			session_status: 'FINISHED',
			liveness_status: 'HIGH',
			is_live: false,
			spoof_score: 99.77,
		});
		const active = sidOf(await create('activeLiveness'));
		suite.sandbox.finishSession(active);
		expect(one((await get('activeLiveness', active)).byOutput.Success)).toMatchObject({ session_status: 'FINISHED', gesture_code: '', gesture_status: 'MATCH', detected_gesture: 'HAND_01100' });
		const wrong = sidOf(await create('activeLiveness'));
		suite.sandbox.finishSession(wrong, 'faces/selfie.jpg');
		expect(one((await get('activeLiveness', wrong)).byOutput['Needs Review']).review_reasons).toBe('no hand was found in the picture');
	});

	it('a session GLAIR does not know is Not Read (its 404); an empty Session ID is Not Read without a call', async () => {
		const unknown = one((await get('ktp', 'NoSuchSession')).byOutput['Not Read']);
		expect(unknown).toMatchObject({ reason: expect.stringMatching(/^GLAIR answered HTTP 404: "Session not found"/), session_id: 'NoSuchSession', http_status: 404 });
		const before = suite.sandbox.requests.length;
		const empty = await runGlairVision({ parameters: session('get', { sessionType: 'ktp' }), credentials: suite.credentials, documents: [{ json: { query: {} } }] });
		expect(one(empty.byOutput['Not Read']).reason).toMatch(/^Session ID is empty\./);
		expect(suite.sandbox.requests).toHaveLength(before);
	});
});
