/**
 * Runs `work` over `inputs` with at most `concurrency` running at once and returns the
 * results in input order, so output items line up with their input items. The first error
 * (a refused credential, a stopped execution) ends the run, once the work in flight has settled.
 */
export async function mapInOrder<Input, Output>(
	inputs: readonly Input[],
	concurrency: number,
	work: (input: Input, index: number) => Promise<Output>,
): Promise<Output[]> {
	const results = new Array<Output>(inputs.length);
	let next = 0;
	let failure: { error: unknown } | undefined;
	const worker = async () => {
		// After the first failure nothing new starts; work already under way is let finish.
		while (next < inputs.length && !failure) {
			const index = next++;
			try {
				results[index] = await work(inputs[index], index);
			} catch (error) {
				failure ??= { error };
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, worker));
	if (failure) throw failure.error;
	return results;
}
