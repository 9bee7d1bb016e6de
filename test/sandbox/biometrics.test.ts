import { GlairSandbox } from './server';
import { authHeaders, sample } from './testClient';

/** The sandbox's face, identity and session endpoints, over real HTTP. */

let sandbox: GlairSandbox;

beforeAll(async () => {
	sandbox = await GlairSandbox.start({ limitedApiKeys: { 'ocr-only-key': ['/ocr/v1/ktp'] } });
});
afterEach(() => {
	sandbox.reset();
	sandbox.setOptions({ identityShape: 'docs', spelling: 'newest' });
});
afterAll(() => sandbox.close());

type Part = string | { file: string; name?: string; type?: string } | { bytes: Buffer; name: string; type: string };

function form(parts: Record<string, Part>): FormData {
	const body = new FormData();
	for (const [name, part] of Object.entries(parts)) {
		if (typeof part === 'string') body.append(name, part);
		else if ('file' in part) body.append(name, new Blob([sample(part.file)], { type: part.type ?? (part.file.endsWith('.png') ? 'image/png' : 'image/jpeg') }), part.name ?? part.file.split('/').pop());
		else body.append(name, new Blob([part.bytes], { type: part.type }), part.name);
	}
	return body;
}

async function post(path: string, parts: Record<string, Part>, headers = authHeaders(sandbox.credentials)) {
	const response = await fetch(`${sandbox.baseUrl}${path}`, { method: 'POST', headers, body: form(parts) });
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const file = (name: string) => ({ file: name });
const KTP_FOTO = 'faces/ktp-foto.png';

describe('face match', () => {
	it.each([
		[KTP_FOTO, 'faces/selfie.jpg', 'success', 'MATCH', 0.95768],
		[KTP_FOTO, 'faces/selfie-other-person.jpg', 'success', 'NOT_MATCH', 0.12873],
		[KTP_FOTO, 'faces/selfie-screen.jpg', 'success', 'MATCH', 0.91342],
		['faces/no-face.jpg', 'faces/selfie.jpg', 'failed', 'NO_FACE_STORED_IMG', 0],
		[KTP_FOTO, 'faces/no-face.jpg', 'failed', 'NO_FACE_CAPTURED_IMG', 0],
		['faces/two-faces.jpg', 'faces/selfie.jpg', 'failed', 'MANY_FACES_STORED_IMG', 0],
		[KTP_FOTO, 'faces/two-faces.jpg', 'failed', 'MANY_FACES_CAPTURED_IMG', 0],
		// A picture the sandbox does not know shows no face.
		[KTP_FOTO, 'bpkb-photo-1.jpg', 'failed', 'NO_FACE_CAPTURED_IMG', 0],
	])('%s against %s: %s %s', async (stored, captured, status, code, percentage) => {
		const { status: httpStatus, body } = await post('/face/v1/match', { stored_image: file(stored), captured_image: file(captured) });
		expect(httpStatus).toBe(200);
		expect(body).toEqual({ status, result: { match_percentage: percentage, match_status: expect.any(String), match_status_code: code } });
	});

	it('knows the face photo Read KTP hands on (the answer fixture\'s foto) and the whole card', async () => {
		const { body } = await post('/face/v1/match', { stored_image: file('ktp-sample.png'), captured_image: file('faces/selfie.jpg') });
		expect(body).toMatchObject({ result: { match_status_code: 'MATCH' } });
	});

	it('records both file parts by name', async () => {
		await post('/face/v1/match', { stored_image: file(KTP_FOTO), captured_image: file('faces/selfie.jpg') });
		expect(Object.keys(sandbox.requests[0].files ?? {})).toEqual(['stored_image', 'captured_image']);
		expect(sandbox.requests[0]).toMatchObject({ fileName: 'ktp-foto.png', httpStatus: 200, authenticated: true });
	});

	it('answers 400 when a part is missing and 415 for a file that is no PNG or JPEG', async () => {
		expect(await post('/face/v1/match', { stored_image: file(KTP_FOTO) })).toMatchObject({ status: 400, body: { status: 'failed', reason: expect.stringMatching(/captured_image/) } });
		expect((await post('/face/v1/match', { stored_image: file('bpkb-sample.pdf'), captured_image: file('faces/selfie.jpg') })).status).toBe(415);
		// What the credential test sends: nothing.
		const empty = await fetch(`${sandbox.baseUrl}/face/v1/match`, { method: 'POST', headers: authHeaders(sandbox.credentials) });
		expect(empty.status).toBe(400);
	});
});

describe('passive liveness', () => {
	it.each([
		['faces/selfie.jpg', 'success', 'LOW', 0.02611],
		['faces/selfie-printed.jpg', 'success', 'MODERATE', 0.5678],
		['faces/selfie-screen.jpg', 'success', 'HIGH', 0.99768],
		['faces/no-face.jpg', 'failed', 'face not detected', 0],
		['faces/two-faces.jpg', 'failed', 'too many faces detected', 0],
	])('%s: %s %s', async (image, status, grade, percentage) => {
		const { body } = await post('/face/v1/passive-liveness', { image: file(image) });
		expect(body).toEqual({ status, result: { spoof_percentage: percentage, status: grade } });
	});
});

describe('active liveness', () => {
	it.each([
		['faces/selfie-two-fingers.jpg', 'HAND_01100', 'MATCH', 'HAND_01100'],
		['faces/selfie-two-fingers.jpg', 'HAND_11111', 'NOT_MATCH', 'HAND_01100'],
		['faces/selfie.jpg', 'HEAD_11', 'MATCH', 'HEAD_11'],
		['faces/selfie.jpg', 'HEAD_LEFT', 'NOT_MATCH', 'HEAD_11'],
		['faces/selfie.jpg', 'HAND_01100', 'hand not detected', ''],
		['faces/no-face.jpg', 'HEAD_11', 'face not detected', ''],
		['faces/two-faces.jpg', 'HAND_01100', 'too many faces detected', ''],
	])('%s asked for %s: %s', async (image, gesture, gestureStatus, detected) => {
		const { status, body } = await post('/face/v1/active-liveness', { image: file(image), 'gesture-code': gesture });
		expect(status).toBe(200);
		expect(body.result).toEqual({ gesture_status: gestureStatus, detected_gesture: detected });
		expect(body.status).toBe(detected ? 'success' : 'failed');
	});

	it('answers 400 to a gesture code outside the record', async () => {
		expect((await post('/face/v1/active-liveness', { image: file('faces/selfie.jpg'), 'gesture-code': 'HAND_22222' })).status).toBe(400);
		expect((await post('/face/v1/active-liveness', { image: file('faces/selfie.jpg') })).status).toBe(400);
	});
});

const APPLICANT = { nik: '3299994508900001', name: 'DEWI SPESIMEN FIKTIF', date_of_birth: '05-08-1990' };

describe('identity verification', () => {
	it('confirms the applicant: verification_status, reason and data (the docs\' shape), null for fields not sent', async () => {
		const { status, body } = await post('/identity/v1/verification', { ...APPLICANT, place_of_birth: 'kota  contoh', rt: '1' });
		expect(status).toBe(200);
		expect(body.verification_status).toBe(true);
		expect(body.reason).toBe('Verification Success');
		expect(body.data).toMatchObject({ nik: true, name: true, date_of_birth: true, place_of_birth: true, rt: true, rw: null, mother_maiden_name: null });
		expect(Object.keys(body.data as object)).toHaveLength(16);
		expect(sandbox.requests[0].fields).toMatchObject({ ...APPLICANT, place_of_birth: 'kota  contoh' });
	});

	it('names the fields that do not match', async () => {
		const { body } = await post('/identity/v1/verification', { ...APPLICANT, name: 'DEWI LAIN', mother_maiden_name: 'SITI CONTOH' });
		expect(body).toMatchObject({ verification_status: false, reason: 'Data not match', data: { nik: true, name: false, date_of_birth: true, mother_maiden_name: true } });
	});

	it('does not know a NIK outside the registry', async () => {
		const { body } = await post('/identity/v1/verification', { ...APPLICANT, nik: '3299990000000009' });
		expect(body).toMatchObject({ verification_status: false, reason: 'NIK not found', data: { nik: false, name: null } });
	});

	it('answers in the Go SDK\'s shape when asked: verification_result (a string) and result', async () => {
		sandbox.setOptions({ identityShape: 'goSdk' });
		const { body } = await post('/identity/v1/verification', APPLICANT);
		expect(body).toEqual({ verification_result: 'true', reason: 'Verification Success', result: expect.objectContaining({ nik: true }) });
	});

	it('refuses a missing required part, and a date of birth that is not dd-mm-yyyy', async () => {
		expect(await post('/identity/v1/verification', { nik: APPLICANT.nik })).toMatchObject({ status: 400, body: { verification_status: false, reason: 'name, date_of_birth required' } });
		expect(await post('/identity/v1/verification', { ...APPLICANT, date_of_birth: '1990-08-05' })).toMatchObject({ status: 400, body: { reason: 'date_of_birth must be dd-mm-yyyy' } });
	});

	it.each([
		['faces/selfie.jpg', true, 82.04, 'Verification Success'],
		['faces/selfie-other-person.jpg', false, 18.37, 'Data not match'],
		['faces/no-face.jpg', false, null, 'Face not detected'],
	])('face verification with %s: %s, face_image_percentage %s', async (face, verified, percentage, reason) => {
		const { body } = await post('/identity/v1/face-verification', { ...APPLICANT, face_image: file(face) });
		expect(body).toEqual({ verification_status: verified, reason, result: { nik: true, name: true, date_of_birth: true, face_image_percentage: percentage } });
	});

	it('face verification wants the face_image part', async () => {
		expect((await post('/identity/v1/face-verification', APPLICANT)).status).toBe(400);
	});
});

async function createSession(path: string, body: Record<string, unknown>) {
	const response = await fetch(`${sandbox.baseUrl}${path}`, { method: 'POST', headers: { ...authHeaders(sandbox.credentials), 'content-type': 'application/json' }, body: JSON.stringify(body) });
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function getSession(path: string, sid: string) {
	const response = await fetch(`${sandbox.baseUrl}${path}/${sid}`, { headers: authHeaders(sandbox.credentials) });
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const sidOf = (url: unknown) => String(url).split('/').pop()!;

describe('hosted sessions', () => {
	it('creates a KTP session PENDING, whose page sends the person back to success_url with the sid', async () => {
		const created = await createSession('/ocr/v1/ktp-sessions', { success_url: 'http://127.0.0.1:1/webhook-waiting/7?signature=abc', cancel_url: 'http://127.0.0.1:1/cancelled' });
		expect(created.status).toBe(200);
		expect(created.body).toEqual({ status: 'PENDING', url: expect.stringMatching(/\/prebuilt\/ktp\/[A-Za-z0-9]{32}$/), success_url: 'http://127.0.0.1:1/webhook-waiting/7?signature=abc', cancel_url: 'http://127.0.0.1:1/cancelled', qualities_detector: false });
		const sid = sidOf(created.body.url);
		const pending = await getSession('/ocr/v1/ktp-sessions', sid);
		expect(pending.body).toMatchObject({ status: 'PENDING', result: null, expired: expect.any(Number) });
		expect(Number(pending.body.expired) - Date.now()).toBeGreaterThan(23.9 * 3600 * 1000);

		const page = await fetch(String(created.body.url), { redirect: 'manual' });
		expect(page.status).toBe(302);
		expect(page.headers.get('location')).toBe(`http://127.0.0.1:1/webhook-waiting/7?signature=abc&sid=${sid}`);
		const finished = await getSession('/ocr/v1/ktp-sessions', sid);
		expect(finished.body.status).toBe('FINISHED');
		expect(finished.body.result).toMatchObject({ status: 'SUCCESS', read: { nik: { value: '3299994508900001' }, foto: { value: expect.any(String) } } });
		expect(finished.body.result).not.toHaveProperty('qualities');
	});

	it('grades the picture when qualities_detector is on, and photographs another sample when the page is told to', async () => {
		const created = await createSession('/ocr/v1/ktp-sessions', { success_url: 'http://127.0.0.1:1/done', qualities_detector: true });
		await fetch(`${String(created.body.url)}?sample=ktp-photocopy.png`, { redirect: 'manual' });
		const { body } = await getSession('/ocr/v1/ktp-sessions', sidOf(created.body.url));
		expect(body).toMatchObject({ result: { qualities: { photocopy: { value: true } } } });
	});

	it('the back button leads to cancel_url and leaves the session PENDING', async () => {
		const created = await createSession('/ocr/v1/npwp-sessions', { success_url: 'http://127.0.0.1:1/done', cancel_url: 'http://127.0.0.1:1/back' });
		const page = await fetch(`${String(created.body.url)}?cancel=1`, { redirect: 'manual' });
		expect(page.headers.get('location')).toBe('http://127.0.0.1:1/back');
		expect((await getSession('/ocr/v1/npwp-sessions', sidOf(created.body.url))).body.status).toBe('PENDING');
	});

	it('finishes liveness sessions with the liveness answers', async () => {
		const passive = await createSession('/face/v1/passive-liveness-sessions', { success_url: 'http://127.0.0.1:1/done' });
		sandbox.finishSession(sidOf(passive.body.url), 'faces/selfie-screen.jpg');
		expect((await getSession('/face/v1/passive-liveness-sessions', sidOf(passive.body.url))).body.result).toEqual({ status: 'success', result: { spoof_percentage: 0.99768, status: 'HIGH' } });
		const active = await createSession('/face/v1/active-liveness-sessions', { success_url: 'http://127.0.0.1:1/done', number_of_gestures: 2 });
		expect(active.body.number_of_gestures).toBe(2);
		sandbox.finishSession(sidOf(active.body.url));
		expect((await getSession('/face/v1/active-liveness-sessions', sidOf(active.body.url))).body.result).toEqual({ status: 'success', result: { gesture_status: 'MATCH', detected_gesture: 'HAND_01100' } });
	});

	it('spells a passive session\'s grade spoof_status in the older spelling', async () => {
		sandbox.setOptions({ spelling: 'legacy' });
		const passive = await createSession('/face/v1/passive-liveness-sessions', { success_url: 'http://127.0.0.1:1/done' });
		sandbox.finishSession(sidOf(passive.body.url));
		expect((await getSession('/face/v1/passive-liveness-sessions', sidOf(passive.body.url))).body.result).toEqual({ status: 'success', result: { spoof_percentage: 0.02611, spoof_status: 'LOW' } });
	});

	it('answers 404 for a session it does not have (or of another kind), 400 for a bad success_url, 410 on an expired page', async () => {
		expect((await getSession('/ocr/v1/ktp-sessions', 'nope')).status).toBe(404);
		const created = await createSession('/ocr/v1/ktp-sessions', { success_url: 'http://127.0.0.1:1/done' });
		expect((await getSession('/ocr/v1/npwp-sessions', sidOf(created.body.url))).status).toBe(404);
		expect((await createSession('/ocr/v1/ktp-sessions', { success_url: 'not a url' })).status).toBe(400);
		sandbox.sessions.expire(sidOf(created.body.url));
		expect((await fetch(String(created.body.url), { redirect: 'manual' })).status).toBe(410);
	});
});

describe('gateway and faults on these endpoints', () => {
	it('wants the credentials, and a key enabled for other products gets 403', async () => {
		const unauthenticated = await post('/face/v1/passive-liveness', { image: file('faces/selfie.jpg') }, {} as Record<string, string>);
		expect(unauthenticated.status).toBe(401);
		const limited = await post('/identity/v1/verification', APPLICANT, authHeaders({ ...sandbox.credentials, apiKey: 'ocr-only-key' }));
		expect(limited).toEqual({ status: 403, body: { error: 'Access to this API has been disallowed' } });
		const session = await fetch(`${sandbox.baseUrl}/ocr/v1/ktp-sessions/x`, { headers: authHeaders({ ...sandbox.credentials, apiKey: 'ocr-only-key' }) });
		expect(session.status).toBe(403);
	});

	it('takes scripted steps, for any request or by the first file part\'s name', async () => {
		sandbox.script('*', [{ kind: 'http', status: 503 }]);
		sandbox.script('selfie.jpg', [{ kind: 'html', status: 502 }, { kind: 'malformed', variant: 'not-json' }]);
		const statuses = [];
		for (let attempt = 0; attempt < 4; attempt++) {
			const response = await fetch(`${sandbox.baseUrl}/face/v1/passive-liveness`, { method: 'POST', headers: authHeaders(sandbox.credentials), body: form({ image: file('faces/selfie.jpg') }) });
			statuses.push(`${response.status} ${response.headers.get('content-type')}`);
			await response.text();
		}
		expect(statuses).toEqual(['503 application/json', '502 text/html', '200 application/json', '200 application/json']);
		expect(sandbox.requests.map((request) => request.fault)).toEqual(['http:503', 'html:502', 'malformed:not-json', undefined]);
	});

	it('resets the connection on a reset step', async () => {
		sandbox.script('*', [{ kind: 'reset', during: 'upload' }]);
		await expect(post('/face/v1/match', { stored_image: file(KTP_FOTO), captured_image: file('faces/selfie.jpg') })).rejects.toThrow();
	});
});
