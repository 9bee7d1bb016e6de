import {
	MAX_BACKOFF_MS,
	MAX_RETRY_AFTER_MS,
	RETRYABLE_HTTP_STATUSES,
	backoffDelayMs,
	isRetryableStatus,
	parseRetryAfter,
} from '../../../../nodes/GlairVision/transport/retryPolicy';

const NOW = Date.parse('2025-03-01T10:00:00Z');

describe('isRetryableStatus', () => {
	it.each([429, 500, 502, 503, 504])('tries %i again: rate limits and server trouble can pass', (status) => {
		expect(isRetryableStatus(status)).toBe(true);
	});

	it.each([200, 201, 400, 401, 403, 404, 405, 413, 415, 422, 501, 505])(
		'does not try %i again: the same upload would get the same answer',
		(status) => {
			expect(isRetryableStatus(status)).toBe(false);
		},
	);

	it('agrees with the exported set of retryable statuses', () => {
		expect([...RETRYABLE_HTTP_STATUSES].sort()).toEqual([429, 500, 502, 503, 504]);
	});
});

describe('parseRetryAfter', () => {
	it('is undefined when the header is absent or blank', () => {
		expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
		expect(parseRetryAfter('', NOW)).toBeUndefined();
		expect(parseRetryAfter('   ', NOW)).toBeUndefined();
	});

	it('reads delay-seconds as milliseconds', () => {
		expect(parseRetryAfter('0', NOW)).toBe(0);
		expect(parseRetryAfter('1', NOW)).toBe(1_000);
		expect(parseRetryAfter('7', NOW)).toBe(7_000);
		expect(parseRetryAfter(' 3 ', NOW)).toBe(3_000);
	});

	it('reads fractional seconds', () => {
		expect(parseRetryAfter('1.5', NOW)).toBe(1_500);
	});

	it('reads an HTTP date as the time left until then', () => {
		expect(parseRetryAfter('Sat, 01 Mar 2025 10:00:05 GMT', NOW)).toBe(5_000);
		expect(parseRetryAfter(new Date(NOW + 12_000).toUTCString(), NOW)).toBe(12_000);
	});

	it('reads an HTTP date in the past as "no wait"', () => {
		expect(parseRetryAfter('Sat, 01 Mar 2025 09:59:00 GMT', NOW)).toBe(0);
		expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:00 GMT', NOW)).toBe(0);
	});

	it.each(['soon', 'later please', 'NaN', 'Infinity', '5 seconds', '1e3', '0x10', '-'])(
		'ignores the unreadable value %p',
		(header) => {
			expect(parseRetryAfter(header, NOW)).toBeUndefined();
		},
	);

	it('never returns a negative wait, whatever the header says', () => {
		for (const header of ['-5', '-1', '-0']) {
			// V8 may read "-5" as a year; either way the answer is "no wait" or "unreadable".
			expect([0, undefined]).toContain(parseRetryAfter(header, NOW));
		}
	});

	it('caps a long delay-seconds at MAX_RETRY_AFTER_MS', () => {
		expect(parseRetryAfter(String(MAX_RETRY_AFTER_MS / 1000), NOW)).toBe(MAX_RETRY_AFTER_MS);
		expect(parseRetryAfter('3600', NOW)).toBe(MAX_RETRY_AFTER_MS);
		expect(parseRetryAfter('99999999999', NOW)).toBe(MAX_RETRY_AFTER_MS);
	});

	it('caps an HTTP date far in the future at MAX_RETRY_AFTER_MS', () => {
		expect(parseRetryAfter('Sun, 02 Mar 2025 10:00:00 GMT', NOW)).toBe(MAX_RETRY_AFTER_MS);
	});

	it('uses the current clock when no "now" is given', () => {
		const delay = parseRetryAfter(new Date(Date.now() + 30_000).toUTCString());
		expect(delay).toBeGreaterThan(25_000);
		expect(delay).toBeLessThanOrEqual(30_000);
	});
});

describe('backoffDelayMs', () => {
	const lowest = () => 0;
	const highest = () => 0.999_999_9;
	const half = () => 0.5;

	it('waits between 0 and the initial delay before the first retry (full jitter)', () => {
		expect(backoffDelayMs(1, 1_000, undefined, lowest)).toBe(0);
		expect(backoffDelayMs(1, 1_000, undefined, half)).toBe(500);
		expect(backoffDelayMs(1, 1_000, undefined, highest)).toBe(1_000);
	});

	it('doubles the ceiling with every retry', () => {
		expect(backoffDelayMs(2, 1_000, undefined, highest)).toBe(2_000);
		expect(backoffDelayMs(3, 1_000, undefined, highest)).toBe(4_000);
		expect(backoffDelayMs(4, 1_000, undefined, highest)).toBe(8_000);
		expect(backoffDelayMs(4, 1_000, undefined, half)).toBe(4_000);
	});

	it('treats a retry number below 1 like the first retry', () => {
		expect(backoffDelayMs(0, 1_000, undefined, highest)).toBe(1_000);
		expect(backoffDelayMs(-3, 1_000, undefined, highest)).toBe(1_000);
	});

	it('never grows past MAX_BACKOFF_MS', () => {
		expect(backoffDelayMs(10, 1_000, undefined, highest)).toBe(MAX_BACKOFF_MS);
		expect(backoffDelayMs(60, 1_000, undefined, highest)).toBe(MAX_BACKOFF_MS);
		expect(backoffDelayMs(1, 10 * MAX_BACKOFF_MS, undefined, highest)).toBe(MAX_BACKOFF_MS);
	});

	it('does not wait at all when the retry delay is 0', () => {
		expect(backoffDelayMs(5, 0, undefined, highest)).toBe(0);
	});

	it('stays within [0, step] for many random draws', () => {
		for (let retry = 1; retry <= 8; retry++) {
			const step = Math.min(MAX_BACKOFF_MS, 250 * 2 ** (retry - 1));
			for (let draw = 0; draw < 200; draw++) {
				const delay = backoffDelayMs(retry, 250, undefined);
				expect(Number.isInteger(delay)).toBe(true);
				expect(delay).toBeGreaterThanOrEqual(0);
				expect(delay).toBeLessThanOrEqual(step);
			}
		}
	});

	it("treats the server's Retry-After as a floor: never earlier than asked", () => {
		expect(backoffDelayMs(1, 1_000, 5_000, lowest)).toBe(5_000);
		expect(backoffDelayMs(1, 1_000, 5_000, highest)).toBe(5_000);
		expect(backoffDelayMs(1, 1_000, 0, half)).toBe(500);
	});

	it('keeps the jittered back-off when it is longer than Retry-After', () => {
		expect(backoffDelayMs(4, 1_000, 2_000, highest)).toBe(8_000);
	});

	it('honours a Retry-After above the back-off ceiling (up to its own cap)', () => {
		expect(backoffDelayMs(1, 1_000, MAX_RETRY_AFTER_MS, highest)).toBe(MAX_RETRY_AFTER_MS);
	});
});
