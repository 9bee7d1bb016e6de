/**
 * The demo: starts the local GLAIR stand-in, runs "Read BPKB" inside n8n's real workflow
 * engine on the sample book, prints the flattened row, reads the vehicle file's STNK, KTP and
 * NPWP samples and every other document's sample once each, verifies the sample vehicle file
 * (CONSISTENT) and a variant whose STNK names another chassis (MISMATCH), verifies the sample
 * applicant (VERIFIED) and two variants (REVIEW), then shows where each documented answer from
 * GLAIR is routed.
 *   npm run demo
 */
import '../test/helpers/environment';

import { closeNodePools } from '../test/helpers/nodePools';
import { itemWith, sample } from '../test/helpers/documents';
import { runGlairVision, type RunResult } from '../test/helpers/engine';
import { GlairSandbox, type Fault } from '../test/sandbox/server';
import { EACH_DOCUMENT } from '../test/helpers/eachDocument';
import { VEHICLE_FILE_DEMO, vehicleFileItem } from '../test/helpers/vehicleFile';
import { APPLICANT_DEMO, applicantItem } from '../test/helpers/applicantFile';

const parameters = (options: Record<string, unknown> = {}) => ({
	binaryPropertyName: 'data',
	page: 'all',
	output: 'flattened',
	options: { errorOutputs: 'perStatus', retryDelay: 0.05, ...options },
});

function landing(result: RunResult) {
	for (const [output, items] of Object.entries(result.byOutput)) {
		if (items.length) return { output, json: items[0].json };
	}
	return { output: result.error ? `(node error) ${result.error.message}` : '(nothing)', json: {} };
}

async function main() {
	const sandbox = await GlairSandbox.start({ latencyMs: 50 });
	const credentials = { ...sandbox.credentials, baseUrl: sandbox.baseUrl };
	try {
		console.log(`GLAIR stand-in listening on ${sandbox.baseUrl}\n`);
		const read = await runGlairVision({ parameters: parameters(), credentials, documents: [itemWith(sample('bpkb-sample.pdf'))] });
		const first = landing(read);
		console.log(`Read BPKB on samples/bpkb-sample.pdf -> output "${first.output}"`);
		console.log('Flattened row (what lands in a Google Sheet / Excel row):');
		for (const [key, value] of Object.entries(first.json)) console.log(`  ${key.padEnd(30)} ${JSON.stringify(value)}`);

		console.log('\nThe rest of the vehicle file (invented samples), a few columns each:');
		const vehicleFile: Array<{ resource: string; file: string; columns: string[]; options?: Record<string, unknown> }> = [
			{ resource: 'stnk', file: 'stnk-sample.png', columns: ['nomor_registrasi', 'nomor_rangka', 'berlaku_sampai_iso', 'pajak_berlaku_sampai_iso'] },
			{ resource: 'ktp', file: 'ktp-sample.png', columns: ['nik', 'nama', 'tanggal_lahir_iso', 'berlaku_hingga'] },
			{ resource: 'ktp', file: 'ktp-photocopy.png', columns: ['nik', 'quality_photocopy'], options: { checkImageQuality: true } },
			{ resource: 'npwp', file: 'npwp-sample.png', columns: ['no_npwp', 'no_npwp_normalized', 'nik'] },
		];
		for (const document of vehicleFile) {
			const result = await runGlairVision({
				parameters: { resource: document.resource, operation: 'read', ...parameters(document.options) },
				credentials,
				documents: [itemWith(sample(document.file))],
			});
			const { output, json } = landing(result);
			const shown = document.columns.map((column) => `${column} ${JSON.stringify(json[column])}`).join('  ');
			const why = json.review_reasons ? `  (${String(json.review_reasons)})` : '';
			console.log(`  Read ${document.resource.toUpperCase().padEnd(5)} ${document.file.padEnd(18)} -> ${output.padEnd(13)} ${shown}${why}`);
		}

		console.log('\nEvery other document GLAIR reads (invented samples), one column each:');
		for (const [resource, file, column, table] of EACH_DOCUMENT) {
			const result = await runGlairVision({
				parameters: { resource, operation: 'read', ...parameters() },
				credentials,
				documents: [itemWith(sample(file))],
			});
			const { output, json } = landing(result);
			const rows = Array.isArray(json[table]) ? `  ${table}: ${(json[table] as unknown[]).length} rows` : '';
			console.log(`  Read ${resource.padEnd(20)} ${file.padEnd(33)} -> ${output.padEnd(13)} ${column} ${JSON.stringify(json[column]).slice(0, 60)}${rows}`);
		}

		console.log('\nVerify Vehicle File (BPKB + STNK + KTP of one vehicle, checked against each other):');
		for (const [label, set] of Object.entries(VEHICLE_FILE_DEMO)) {
			const result = await runGlairVision({
				parameters: { resource: 'vehicleFile', operation: 'verify', bpkbBinaryPropertyName: 'bpkb', stnkBinaryPropertyName: 'stnk', ktpBinaryPropertyName: 'ktp', output: 'flattened', options: { includeBinary: false } },
				credentials,
				documents: [vehicleFileItem(set)],
			});
			const { output, json } = landing(result);
			console.log(`  ${label.padEnd(10)} ${set.stnk.padEnd(34)} -> ${output.padEnd(13)} ${json.verdict}: ${String(json.mismatches || json.reason).slice(0, 110)}`);
		}

		console.log('\nVerify Applicant (KTP, selfie, KK, NPWP, SIM and a pledged car of one applicant):');
		for (const [label, set] of Object.entries(APPLICANT_DEMO)) {
			const result = await runGlairVision({
				parameters: { resource: 'applicantFile', operation: 'verify', output: 'flattened', options: { includeBinary: false } },
				credentials,
				documents: [applicantItem(set)],
			});
			const { output, json } = landing(result);
			const relation = json.owner_relation ? ` [owner_relation ${String(json.owner_relation)}]` : '';
			console.log(`  ${label.padEnd(18)} -> ${output.padEnd(13)} ${json.verdict}${relation}: ${String(json.reasons || json.reason).slice(0, 110)}`);
		}

		const scenarios: Array<{ label: string; file: string; script?: Fault[]; options?: Record<string, unknown>; credentials?: object }> = [
			{ label: 'SUCCESS (the sample book)', file: 'bpkb-sample.pdf' },
			{ label: 'SUCCESS, "Some fields are invalid" (not a BPKB)', file: 'not-a-bpkb.png' },
			{ label: 'NO_FILE from GLAIR (400)', file: 'bpkb-sample.pdf', script: [{ kind: 'envelope', status: 'NO_FILE' }] },
			{ label: 'FILE_INVALID_FORMAT from GLAIR (415)', file: 'bpkb-sample.pdf', script: [{ kind: 'envelope', status: 'FILE_INVALID_FORMAT' }] },
			{ label: 'FAILED from GLAIR', file: 'bpkb-sample.pdf', script: [{ kind: 'envelope', status: 'FAILED' }] },
			{ label: 'a signature GIF (checked locally)', file: 'signature.gif' },
			{ label: '503, 503, then read (retried)', file: 'bpkb-sample.pdf', script: [{ kind: 'http', status: 503 }, { kind: 'http', status: 503 }] },
			{ label: '503 on every attempt', file: 'bpkb-sample.pdf', script: Array(4).fill({ kind: 'http', status: 503 }) },
			{ label: 'wrong API key (401)', file: 'bpkb-sample.pdf', credentials: { apiKey: 'wrong' } },
			{ label: 'Needs Review: confidence below 90', file: 'bpkb-sample.pdf', options: { reviewBelowConfidence: 90 } },
		];
		console.log('\nWhere each answer goes (Not Read Outputs: Three Outputs: No File, Invalid Format, Failed):');
		for (const scenario of scenarios) {
			sandbox.reset();
			if (scenario.script) sandbox.script(scenario.file, scenario.script);
			const result = await runGlairVision({
				parameters: parameters(scenario.options),
				credentials: { ...credentials, ...scenario.credentials },
				documents: [itemWith(sample(scenario.file))],
			});
			const { output, json } = landing(result);
			const detail = json.status ? `${json.status}, ${json.attempts} attempt(s): ${String(json.review_reasons || json.reason).slice(0, 90)}` : '';
			console.log(`  ${scenario.label.padEnd(48)} -> ${output.padEnd(15)} ${detail}`);
		}
	} finally {
		await closeNodePools();
		await sandbox.close();
	}
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	},
);
