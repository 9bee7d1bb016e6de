import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import type { DocumentName } from '../../crossChecks/crossCheckTable';
import { verifyVehicleFile, type Row, type Verification } from '../../crossChecks/verifyVehicleFile';
import { bpkb } from '../../documents/bpkb';
import { ktp } from '../../documents/ktp';
import type { DocumentSpec } from '../../documents/spec';
import { stnk } from '../../documents/stnk';
import { localOutcome, type DocumentOutcome } from '../../engine/outcome';
import { annotateDocument } from '../../engine/output/annotate';
import type { OutputEntry } from '../../engine/output/outputs';
import { shapeFailure, shapeSuccess } from '../../engine/output/shape';
import { binaryJobs, type DocumentJob } from '../../engine/plan/planDocuments';
import { SettingsError, parseReadSettings, type ReadSettings } from '../../engine/plan/readSettings';
import type { DocumentResult } from '../../engine/plan/planDocuments';
import { readDocument } from '../../engine/run/readDocument';
import type { Run } from '../../engine/run/run';
import { runOperation } from '../../engine/run/runOperation';

export { verifyDescription as description } from './verify.description';

/** The vehicle file's documents: which Read reads each, and the parameter naming its files. */
const ROLES: ReadonlyArray<{ role: DocumentName; spec: DocumentSpec; parameter: string; optional: boolean }> = [
	{ role: 'bpkb', spec: bpkb, parameter: 'bpkbBinaryPropertyName', optional: false },
	{ role: 'stnk', spec: stnk, parameter: 'stnkBinaryPropertyName', optional: false },
	{ role: 'ktp', spec: ktp, parameter: 'ktpBinaryPropertyName', optional: true },
];

type Role = (typeof ROLES)[number];

interface VehicleJob {
	role: Role;
	job: DocumentJob;
}

/** One vehicle: the documents of one input item. */
interface Vehicle {
	itemIndex: number;
	jobs: VehicleJob[];
}

/** Today's date where n8n runs: the STNK's validity and tax are judged against it. */
function today(): { year: number; month: number; day: number } {
	const now = new Date();
	return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

function settingsFor(context: IExecuteFunctions, role: Role, itemIndex: number, pattern: string, toolMode: boolean): ReadSettings {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	// A book of page photos, or both sides of an STNK, is one document; checks always run.
	// As an AI Agent's tool: no files passed on.
	return parseReadSettings(role.spec, {
		inputType: 'binary',
		binaryPropertyName: pattern,
		page: undefined,
		output: 'flattened',
		options: { ...options, combineFiles: role.spec.multiPage, validate: true, reviewPoorReads: true, ...(toolMode ? { includeBinary: false } : {}) },
	});
}

/** The jobs of one vehicle: one document per role (the KTP may be left out). */
function planVehicle(run: Run, item: INodeExecutionData, itemIndex: number): Vehicle {
	const { context } = run;
	const jobs: VehicleJob[] = [];
	for (const role of ROLES) {
		const pattern = String(context.getNodeParameter(role.parameter, itemIndex, '') ?? '').trim();
		if (pattern === '' && role.optional) continue;
		let settings: ReadSettings;
		try {
			settings = settingsFor(context, role, itemIndex, pattern, run.toolMode);
		} catch (error) {
			if (!(error instanceof SettingsError)) throw new NodeOperationError(context.getNode(), error as Error, { itemIndex });
			const refusal = localOutcome('NO_FILE', error.message.replace('Input Binary Field', `${role.spec.shortName} Binary Field`), pattern, undefined);
			jobs.push({ role, job: { itemIndex, binaryField: pattern, fromWildcard: false, refusal } });
			continue;
		}
		// One document per role: a book or an STNK combines its files; a KTP is its first picture.
		const [job] = binaryJobs(item, itemIndex, settings);
		jobs.push({ role, job });
	}
	return { itemIndex, jobs };
}

interface ShapedDocument {
	role: Role;
	outcome: DocumentOutcome;
	/** The document's row as its Read would give it (flattened): what the checks read. */
	row: IDataObject;
	/** Only for nested output. */
	nested?: IDataObject;
}

/** Each document shaped once: its checks run once, its row feeds both the cross-checks and the item. */
function shapeDocument(role: Role, outcome: DocumentOutcome, settings: ReadSettings | undefined, format: string): ShapedDocument {
	if (outcome.status !== 'SUCCESS' || !settings) {
		const failure = (shape: 'flattened' | 'nested') => shapeFailure(role.spec, outcome, shape);
		return { role, outcome, row: failure('flattened'), ...(format === 'nested' ? { nested: failure('nested') } : {}) };
	}
	const annotations = annotateDocument(role.spec, outcome, settings);
	const row = shapeSuccess(role.spec, outcome, { ...settings, format: 'flattened' }, annotations);
	const nested = format === 'nested' ? shapeSuccess(role.spec, outcome, { ...settings, format: 'nested' }, annotations) : undefined;
	return { role, outcome, row, ...(nested ? { nested } : {}) };
}

function prefixed(role: DocumentName, row: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(row).map(([column, value]) => [`${role}_${column}`, value]));
}

/** One vehicle's output item: the verdict and checks first, then each document's columns. */
function vehicleItem(format: string, verification: Verification | undefined, reason: string, documents: readonly ShapedDocument[]): IDataObject {
	const head: IDataObject = { verdict: verification?.verdict ?? 'NOT_READ', reason };
	if (format === 'nested') {
		return {
			...head,
			mismatches: verification?.mismatches ?? [],
			missing: verification?.missing ?? [],
			notes: verification?.notes ?? [],
			checks: (verification?.checks ?? []) as unknown as IDataObject[],
			documents: Object.fromEntries(documents.map(({ role, nested }) => [role.role, nested ?? {}])),
		};
	}
	const item: IDataObject = {
		...head,
		mismatches: (verification?.mismatches ?? []).join('; '),
		missing: (verification?.missing ?? []).join('; '),
		notes: (verification?.notes ?? []).join('; '),
	};
	for (const check of verification?.checks ?? []) item[check.column] = check.result;
	for (const { role, row } of documents) Object.assign(item, prefixed(role.role, row));
	return item;
}

/** A vehicle's documents read: its output entry, with the verdict when every document was read. */
function vehicleEntry(context: IExecuteFunctions, vehicle: Vehicle, results: readonly DocumentResult[], input: INodeExecutionData, toolMode: boolean): OutputEntry {
	const format = toolMode ? 'flattened' : String(context.getNodeParameter('output', vehicle.itemIndex, 'flattened'));
	const documents = vehicle.jobs.map(({ role, job }, index) => {
		const result = results[index];
		const outcome = result.outcome ?? localOutcome('NO_FILE', `every file was skipped as not a document: ${result.skippedNote}`, job.binaryField, undefined);
		return shapeDocument(role, outcome, job.settings, format);
	});
	const unread = documents.filter(({ outcome }) => outcome.status !== 'SUCCESS');
	let json: IDataObject;
	let route: OutputEntry['route'];
	if (unread.length > 0) {
		const reason = unread.map(({ role, outcome }) => `${role.spec.shortName} not read: ${outcome.reason}`).join('; ');
		json = vehicleItem(format, undefined, reason, documents);
		route = 'FAILED';
	} else {
		const rows = Object.fromEntries(documents.map(({ role, row }) => [role.role, row as Row]));
		const verification = verifyVehicleFile(rows, { today: today() });
		const reason =
			verification.verdict === 'CONSISTENT'
				? 'The documents describe one vehicle and one owner'
				: verification.verdict === 'MISMATCH'
					? `The documents disagree: ${verification.mismatches.join('; ')}`
					: `A check could not be made: ${verification.missing.join('; ')}`;
		json = vehicleItem(format, verification, reason, documents);
		route = verification.verdict === 'CONSISTENT' ? 'success' : 'needsReview';
	}
	const options = context.getNodeParameter('options', vehicle.itemIndex, {}) as IDataObject;
	const passFiles = !toolMode && options.includeBinary !== false && input.binary;
	return { route, json, ...(passFiles ? { binary: input.binary } : {}) };
}

/**
 * Verify Vehicle File: per input item, its BPKB, STNK and (optionally) KTP are read, all the
 * documents of all items at once within the run's concurrency and rate limit, then checked
 * against each other. CONSISTENT goes to Success; MISMATCH or INCOMPLETE to Needs Review; a
 * document that could not be read sends the vehicle to Not Read, saying which and why.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runOperation(this, {
		noun: 'vehicle file',
		plan: (run) => run.items.map((item, itemIndex) => planVehicle(run, item, itemIndex)),
		perform: async (vehicle, run) => ({
			vehicle,
			results: await Promise.all(vehicle.jobs.map(async ({ role, job }) => await readDocument(run, role.spec, job))),
		}),
		finish: async (itemIndex, [{ vehicle, results }], run) => [vehicleEntry(run.context, vehicle, results, run.items[itemIndex], run.toolMode)],
		failedRow: (_itemIndex, _vehicle, failure) => ({ verdict: 'NOT_READ', reason: failure.reason, http_status: failure.httpStatus }),
	});
}
