/**
 * Runs `work` over `inputs` with at most `concurrency` running at once and returns the
 * results in input order, so output items line up with their input items. The first error
 * (a refused credential, a stopped execution) ends the run.
 */
export async function mapInOrder<Input, Output>(
	inputs: readonly Input[],
	concurrency: number,
	work: (input: Input, index: number) => Promise<Output>,
): Promise<Output[]> {
	const results = new Array<Output>(inputs.length);
	let next = 0;
	const worker = async () => {
		while (next < inputs.length) {
			const index = next++;
			const settled = await work(inputs[index], index).then(
				(value) => ({ value }),
				(error: unknown) => ({ error }),
			);
			if ('error' in settled) {
				next = inputs.length; // the run is over: start nothing new
				return await Promise.reject(settled.error);
			}
			results[index] = settled.value;
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, worker));
	return results;
}
