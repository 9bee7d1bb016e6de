import { setTimeout as delay } from 'node:timers/promises';

import { RAISE_AFTER_ROUNDS, RequestGate } from '../../../../nodes/GlairVision/transport/requestGate';

const neverAborted = () => new AbortController().signal;

/** Resolves with what `promise` settled to, or 'pending' if it has not after `ms`. */
async function stateAfter(promise: Promise<unknown>, ms: number): Promise<'fulfilled' | 'rejected' | 'pending'> {
	const settled = promise.then(
		() => 'fulfilled' as const,
		() => 'rejected' as const,
	);
	return await Promise.race([settled, delay(ms).then(() => 'pending' as const)]);
}

/**
 * How many more requests the gate lets out right now: acquires until one has to wait
 * (given up after a short while), then gives every slot back.
 */
async function freeSlots(gate: RequestGate): Promise<number> {
	let count = 0;
	for (;;) {
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), 25);
		try {
			await gate.acquire(controller.signal);
			count++;
		} catch {
			break;
		} finally {
			clearTimeout(timer);
		}
		if (count > 100) throw new Error('the gate never closes');
	}
	for (let i = 0; i < count; i++) gate.release();
	return count;
}

async function holdSlots(gate: RequestGate, count: number): Promise<void> {
	for (let i = 0; i < count; i++) await gate.acquire(neverAborted());
}

describe('RequestGate', () => {
	it('lets at most N requests be in flight at once', async () => {
		const gate = new RequestGate(3);
		let active = 0;
		let mostActive = 0;
		await Promise.all(
			Array.from({ length: 12 }, async (_, index) => {
				await gate.acquire(neverAborted());
				active++;
				mostActive = Math.max(mostActive, active);
				await delay(5 + ((index * 7) % 11));
				active--;
				gate.release();
			}),
		);
		expect(mostActive).toBe(3);
		expect(active).toBe(0);
	});

	it('opens with exactly N free slots', async () => {
		expect(await freeSlots(new RequestGate(4))).toBe(4);
		expect(await freeSlots(new RequestGate(1))).toBe(1);
	});

	it('lets a waiting request in as soon as a slot is released', async () => {
		const gate = new RequestGate(1);
		await holdSlots(gate, 1);
		const waiting = gate.acquire(neverAborted());
		expect(await stateAfter(waiting, 20)).toBe('pending');
		gate.release();
		expect(await stateAfter(waiting, 500)).toBe('fulfilled');
	});

	it('pauses everyone after a 429, even with free slots', async () => {
		const gate = new RequestGate(4);
		const pauseMs = 120;
		const started = Date.now();
		gate.onRateLimited(pauseMs);
		await gate.acquire(neverAborted());
		// Timers may round a little; "not before the pause" with a few ms of slack.
		expect(Date.now() - started).toBeGreaterThanOrEqual(pauseMs - 10);
	});

	it('keeps the longer pause when a second 429 asks for a shorter one', async () => {
		const gate = new RequestGate(2);
		const started = Date.now();
		gate.onRateLimited(150);
		gate.onRateLimited(10);
		await gate.acquire(neverAborted());
		expect(Date.now() - started).toBeGreaterThanOrEqual(140);
	});

	it('narrows the allowance to what GLAIR accepted: one fewer than were in flight when the 429 came', async () => {
		const gate = new RequestGate(4);
		await holdSlots(gate, 4);
		gate.onRateLimited(0);
		for (let i = 0; i < 4; i++) gate.release();
		expect(await freeSlots(gate)).toBe(3);
	});

	it('walks down to the limit under a burst of 429s (16 in flight, GLAIR takes 8)', async () => {
		const gate = new RequestGate(16);
		await holdSlots(gate, 16);
		for (let rejected = 0; rejected < 8; rejected++) {
			gate.onRateLimited(0); // reported while still in flight...
			gate.release(); // ...then the slot is given back
		}
		for (let i = 0; i < 8; i++) gate.release();
		expect(await freeSlots(gate)).toBe(8);
	});

	it('never drops the allowance below one', async () => {
		const gate = new RequestGate(4);
		await holdSlots(gate, 1);
		gate.onRateLimited(0);
		gate.onRateLimited(0);
		gate.release();
		expect(await freeSlots(gate)).toBe(1);
	});

	it(`regains one slot after ${RAISE_AFTER_ROUNDS} rounds of successes at the current allowance, up to N`, async () => {
		const gate = new RequestGate(4);
		await holdSlots(gate, 3);
		gate.onRateLimited(0); // allowance 2
		for (let i = 0; i < 3; i++) gate.release();
		expect(await freeSlots(gate)).toBe(2);

		for (let i = 1; i < 2 * RAISE_AFTER_ROUNDS; i++) gate.onSuccess();
		expect(await freeSlots(gate)).toBe(2);
		gate.onSuccess();
		expect(await freeSlots(gate)).toBe(3);

		for (let i = 0; i < 3 * RAISE_AFTER_ROUNDS; i++) gate.onSuccess();
		expect(await freeSlots(gate)).toBe(4);
		for (let i = 0; i < 100; i++) gate.onSuccess();
		expect(await freeSlots(gate)).toBe(4);
	});

	it('restarts the count of successes after another 429', async () => {
		const gate = new RequestGate(4);
		await holdSlots(gate, 3);
		gate.onRateLimited(0); // allowance 2
		for (let i = 0; i < 3; i++) gate.release();
		for (let i = 1; i < 2 * RAISE_AFTER_ROUNDS; i++) gate.onSuccess(); // one short of a raise
		await holdSlots(gate, 2);
		gate.onRateLimited(0); // allowance 1, count reset
		gate.release();
		gate.release();
		gate.onSuccess();
		expect(await freeSlots(gate)).toBe(1);
		for (let i = 1; i < RAISE_AFTER_ROUNDS; i++) gate.onSuccess();
		expect(await freeSlots(gate)).toBe(2);
	});

	it('wakes a waiting request when a success raises the allowance', async () => {
		const gate = new RequestGate(2);
		await holdSlots(gate, 2);
		gate.onRateLimited(0); // allowance 1
		gate.release(); // 1 in flight
		const waiting = gate.acquire(neverAborted());
		expect(await stateAfter(waiting, 20)).toBe('pending');
		for (let i = 0; i < RAISE_AFTER_ROUNDS; i++) gate.onSuccess(); // allowance 2 while the other is still in flight
		expect(await stateAfter(waiting, 500)).toBe('fulfilled');
	});

	it('rejects at once when the signal is already aborted', async () => {
		const gate = new RequestGate(2);
		const controller = new AbortController();
		controller.abort();
		await expect(gate.acquire(controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
		expect(await freeSlots(gate)).toBe(2);
	});

	it('rejects a request waiting for a slot promptly when its signal aborts', async () => {
		const gate = new RequestGate(1);
		await holdSlots(gate, 1);
		const controller = new AbortController();
		const waiting = gate.acquire(controller.signal);
		expect(await stateAfter(waiting, 20)).toBe('pending');
		controller.abort();
		await expect(stateAfter(waiting, 200)).resolves.toBe('rejected');
		await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
	});

	it('rejects a request waiting out a 429 pause promptly when its signal aborts', async () => {
		const gate = new RequestGate(2);
		gate.onRateLimited(30_000);
		const controller = new AbortController();
		const waiting = gate.acquire(controller.signal);
		expect(await stateAfter(waiting, 20)).toBe('pending');
		controller.abort();
		await expect(stateAfter(waiting, 200)).resolves.toBe('rejected');
	});

	it('still hands the next free slot to a live waiter after another waiter was aborted', async () => {
		const gate = new RequestGate(1);
		await holdSlots(gate, 1);
		const abandoned = new AbortController();
		const first = gate.acquire(abandoned.signal);
		const second = gate.acquire(neverAborted());
		abandoned.abort();
		await expect(first).rejects.toMatchObject({ name: 'AbortError' });
		gate.release();
		expect(await stateAfter(second, 500)).toBe('fulfilled');
	});

	it('does not count an aborted acquire as in flight', async () => {
		const gate = new RequestGate(2);
		await holdSlots(gate, 2);
		const controller = new AbortController();
		const waiting = gate.acquire(controller.signal);
		controller.abort();
		await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
		gate.release();
		gate.release();
		expect(await freeSlots(gate)).toBe(2);
	});
});
