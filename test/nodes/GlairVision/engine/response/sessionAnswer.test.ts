import { parseSession } from '../../../../../nodes/GlairVision/engine/response/sessionAnswer';

/** The Node SDK's own test answers (src/api/sessions/ktpSessions.test.ts). */
const CREATED = { status: 'PENDING', success_url: 'https://www.google.com/success', cancel_url: 'https://www.google.com/fail', url: 'http://localhost:3000/npwp/DVbI3QpzWVOPw2VCtsEHbFtyRBG1rWQz' };
const RETRIEVED = { status: 'PENDING', expired: 1, url: 'http://localhost:3001', success_url: 'http://www.google.com', cancel_url: 'http://www.google.com', result: {} };

describe('parseSession', () => {
	it('takes the id from the URL, and the expiry 24 hours after creation when `expired` is missing', () => {
		const createdAt = Date.UTC(2026, 11, 7, 8, 0, 0);
		expect(parseSession(200, CREATED, createdAt)).toEqual({
			kind: 'answer',
			value: { status: 'PENDING', sessionId: 'DVbI3QpzWVOPw2VCtsEHbFtyRBG1rWQz', url: CREATED.url, expiresAt: '2026-12-08T08:00:00.000Z', result: null },
		});
	});

	it('reads `expired` (epoch ms) and the result as given', () => {
		const reading = parseSession(200, { ...RETRIEVED, status: 'finished', expired: Date.UTC(2027, 0, 1), result: { status: 'SUCCESS' } });
		expect(reading).toMatchObject({ value: { status: 'FINISHED', expiresAt: '2027-01-01T00:00:00.000Z', result: { status: 'SUCCESS' } } });
	});

	it('an expiry it cannot read is empty; an answer without a status, or a 404, is not a session', () => {
		expect(parseSession(200, { ...RETRIEVED, expired: 'soon' })).toMatchObject({ value: { expiresAt: '' } });
		expect(parseSession(200, { ...RETRIEVED, expired: 8.64e16 })).toMatchObject({ value: { expiresAt: '' } });
		expect(parseSession(200, { url: 'x' })).toEqual({ kind: 'unreadable', reason: "GLAIR answered without the session's status." });
		expect(parseSession(404, { status: 'failed', reason: 'Session not found' })).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/^GLAIR answered HTTP 404: "Session not found"\./) });
	});
});
