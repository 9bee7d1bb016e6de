import { setTimeout as delay } from 'node:timers/promises';

import fc from 'fast-check';

import { mapInOrder } from '../../../../../nodes/GlairVision/engine/run/mapInOrder';

describe('mapInOrder', () => {
	it('returns the results in input order, whatever order the work finishes in', async () => {
		const inputs = Array.from({ length: 20 }, (_, index) => index);
		const results = await mapInOrder(inputs, 5, async (input) => {
			await delay(Math.floor(Math.random() * 15));
			return `r${input}`;
		});
		expect(results).toEqual(inputs.map((input) => `r${input}`));
	});

	it('keeps the order under random delays and concurrency (property)', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.nat(8), { maxLength: 12 }),
				fc.integer({ min: 1, max: 6 }),
				async (delays, concurrency) => {
					const results = await mapInOrder(delays, concurrency, async (wait, index) => {
						await delay(wait);
						return { index, wait };
					});
					expect(results).toEqual(delays.map((wait, index) => ({ index, wait })));
				},
			),
			{ numRuns: 40 },
		);
	});

	it('passes each input with its index', async () => {
		const seen: Array<[string, number]> = [];
		await mapInOrder(['a', 'b', 'c'], 2, async (input, index) => {
			seen.push([input, index]);
		});
		expect(seen.sort()).toEqual([
			['a', 0],
			['b', 1],
			['c', 2],
		]);
	});

	it.each([1, 3, 8])('runs at most %i at once, and uses all of them', async (concurrency) => {
		let active = 0;
		let mostActive = 0;
		await mapInOrder(Array.from({ length: 16 }), concurrency, async (_, index) => {
			active++;
			mostActive = Math.max(mostActive, active);
			await delay(3 + (index % 4) * 3);
			active--;
		});
		expect(mostActive).toBe(concurrency);
	});

	it('does not start more workers than there are inputs', async () => {
		let calls = 0;
		const results = await mapInOrder([1, 2], 10, async (input) => {
			calls++;
			return input * 2;
		});
		expect(results).toEqual([2, 4]);
		expect(calls).toBe(2);
	});

	it('returns an empty list for no inputs without calling the work', async () => {
		const work = jest.fn(async () => 1);
		await expect(mapInOrder([], 4, work)).resolves.toEqual([]);
		expect(work).not.toHaveBeenCalled();
	});

	it('rejects with the first error', async () => {
		const failure = new Error('credential refused');
		await expect(
			mapInOrder([1, 2, 3], 2, async (input) => {
				if (input === 2) throw failure;
				return input;
			}),
		).rejects.toBe(failure);
	});

	it('starts no new work after the first error', async () => {
		const started: number[] = [];
		const inputs = Array.from({ length: 20 }, (_, index) => index);
		await expect(
			mapInOrder(inputs, 3, async (input) => {
				started.push(input);
				await delay(input === 1 ? 5 : 20);
				if (input === 1) throw new Error('stop');
				return input;
			}),
		).rejects.toThrow('stop');
		// 0, 1, 2 start together; 1 fails first, before 0 or 2 finish: nothing else may start.
		await delay(80);
		expect(started.sort((a, b) => a - b)).toEqual([0, 1, 2]);
	});

	it('with concurrency 1, stops at the failing input', async () => {
		const started: number[] = [];
		await expect(
			mapInOrder([0, 1, 2, 3], 1, async (input) => {
				started.push(input);
				if (input === 1) throw new Error('stop');
			}),
		).rejects.toThrow('stop');
		await delay(10);
		expect(started).toEqual([0, 1]);
	});
});
