/**
 * Runs the shipped example workflows (examples/*.json) in the real n8n, from the CLI.
 *
 * The examples talk to services this machine cannot reach (IMAP, Google Sheets, Slack), so before
 * import each one is adapted, visibly and minimally:
 *   - the GLAIR Vision credential points at the sandbox credential;
 *   - every other node that needs a credential (an external service) becomes a No Op node with the
 *     same name, so the GLAIR Vision node's outputs still lead where the example wires them;
 *   - an IMAP email trigger becomes Manual Trigger -> Read/Write Files (one per attachment) -> Merge,
 *     producing one item with binaries attachment_0 (the BPKB PDF) and attachment_1 (a signature GIF),
 *     which is what the IMAP node emits for such an email;
 *   - an n8n Form Trigger with file fields becomes Manual Trigger -> Read/Write Files (one per file)
 *     -> Merge, producing one item with the binaries the Form names its files: "<fieldName>" for one
 *     file, "<fieldName>_0", "<fieldName>_1", ... for several (n8n-nodes-base Form/utils/utils.js,
 *     prepareFormReturnItem); the vehicle file's consistent set (BPKB as 4 page photos, STNK, KTP);
 *   - the home of n8n's Docker image, /home/node, in a Read/Write Files path is a stand-in home.
 * The examples run with n8n 2.x's default file access, as a newcomer's n8n has it: HOME is the stand-in
 * home and N8N_RESTRICT_FILE_ACCESS_TO is unset, so n8n reads and writes only inside ~/.n8n-files
 * (@n8n/config SecurityConfig.restrictFileAccessTo); the stand-in triggers' files are copied there too.
 * Then the workflow runs with `n8n execute`, and per-example expectations are checked. An example
 * that waits for a webhook call (a Wait node) keeps its triggers and is only imported and published
 * here: it runs on a started n8n (serverExamples.ts).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Checks, NODE_TYPE, REPO, SAMPLES, executeWorkflow, log, n8nId, n8nOk, type N8nInstall, type UserFolder } from './lib';
import { waitsForAPerson } from './reviewLoop';
import { needsServer, prepareServerExample, type ServerExample } from './serverExamples';
import { VEHICLE_FILE_SETS } from '../test/samples/vehicleFile';
import { APPLICANT_SETS } from '../test/samples/applicantFile';

const EXPECTED_CHASSIS = 'MHCPHR54CRJ540957';

type Node = { id?: string; name: string; type: string; typeVersion: number; position: [number, number]; parameters: any; credentials?: any; webhookId?: string };
/** What the Form stand-in uploads for each file field, by its fieldName: the consistent vehicle file. */
const FORM_FILES: Record<string, readonly string[]> = {
	bpkb: VEHICLE_FILE_SETS.consistent.bpkbPhotos,
	stnk: [VEHICLE_FILE_SETS.consistent.stnk],
	ktp: [VEHICLE_FILE_SETS.consistent.ktp],
	// The applicant example's other fields: the verified sample applicant's (samples/applicant/README.md).
	selfie: [APPLICANT_SETS.verified.files.selfie!],
	kk: [APPLICANT_SETS.verified.files.kk!],
	npwp: [APPLICANT_SETS.verified.files.npwp!],
};

type Workflow = { id?: string; name?: string; nodes: Node[]; connections: Record<string, any>; active?: boolean; settings?: any };

/** The home of the user in n8n's Docker image, where the examples' files live (/home/node/.n8n-files). */
const DOCKER_HOME = '/home/node';

/** A home folder for the examples' n8n, holding ~/.n8n-files, the one folder n8n 2.x lets nodes use by default. */
interface StandInHome {
	home: string;
	/** Copies a file of samples/ into ~/.n8n-files/<folder>/ (as `name`), and returns its path there. */
	put(sample: string, folder: string, name?: string): string;
}

function standInHome(root: string): StandInHome {
	const home = path.join(root, 'home');
	return {
		home,
		put(sample, folder, name = path.basename(sample)) {
			const target = path.join(home, '.n8n-files', folder, name);
			mkdirSync(path.dirname(target), { recursive: true });
			copyFileSync(path.join(SAMPLES, sample), target);
			return target;
		},
	};
}

function items(run: any, node: string, output = 0): any[] {
	return run?.data?.resultData?.runData?.[node]?.[0]?.data?.main?.[output] ?? [];
}
function outputs(run: any, node: string): any[][] {
	return (run?.data?.resultData?.runData?.[node]?.[0]?.data?.main ?? []).map((o: any[] | null) => o ?? []);
}

/**
 * Replaces a trigger this machine cannot fire (IMAP, a Form) by Manual Trigger -> one Read/Write
 * Files per file -> Merge by position: one item with those binaries, as the trigger would emit.
 * The Merge node takes the trigger's name, so the example's own connections stay intact.
 */
function standInTrigger(node: Node, reads: Array<{ file: string; prop: string }>, nodes: Node[], connections: Record<string, any>, home: StandInHome): void {
	const [x, y] = node.position;
	const trigger = `${node.name} (manual stand-in)`;
	const named = reads.map((read) => ({ ...read, name: `${node.name}: ${read.prop}` }));
	nodes.push({ id: n8nId(trigger), name: trigger, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [x - 440, y], parameters: {} });
	named.forEach((read, i) => {
		nodes.push({
			id: n8nId(read.name),
			name: read.name,
			type: 'n8n-nodes-base.readWriteFile',
			typeVersion: 1.1,
			position: [x - 220, y - 100 * (named.length - 1) + 200 * i],
			parameters: { operation: 'read', fileSelector: home.put(read.file, path.join('e2e-stand-in', path.dirname(read.file))), options: { dataPropertyName: read.prop } },
		});
	});
	nodes.push({
		id: node.id ?? n8nId(node.name),
		name: node.name,
		type: 'n8n-nodes-base.merge',
		typeVersion: 3.2,
		position: [x, y],
		parameters: { mode: 'combine', combineBy: 'combineByPosition', numberInputs: named.length, options: {} },
	});
	connections[trigger] = { main: [named.map((read) => ({ node: read.name, type: 'main', index: 0 }))] };
	named.forEach((read, i) => (connections[read.name] = { main: [[{ node: node.name, type: 'main', index: i }]] }));
}

export function adaptExample(wf: Workflow, cred: { id: string; name: string }, home: StandInHome, keepTriggers = false): { wf: Workflow; notes: string[] } {
	const notes: string[] = [];
	const nodes: Node[] = [];
	const connections: Record<string, any> = JSON.parse(JSON.stringify(wf.connections));
	for (const node of wf.nodes) {
		if (node.type === NODE_TYPE) {
			nodes.push({ ...node, credentials: { glairVisionApi: { id: cred.id, name: cred.name } } });
		} else if (keepTriggers && /trigger$/i.test(node.type)) {
			nodes.push(node);
		} else if (node.type === 'n8n-nodes-base.emailReadImap') {
			const reads = [
				{ file: 'bpkb-sample.pdf', prop: 'attachment_0' },
				{ file: 'signature.gif', prop: 'attachment_1' },
			];
			standInTrigger(node, reads, nodes, connections, home);
			notes.push(`"${node.name}" (IMAP) -> manual trigger + an email with attachment_0 = bpkb-sample.pdf, attachment_1 = signature.gif`);
		} else if (node.type === 'n8n-nodes-base.formTrigger') {
			const fields: Array<{ fieldName?: string; fieldLabel?: string; fieldType?: string; multipleFiles?: boolean }> = node.parameters?.formFields?.values ?? [];
			const reads = fields
				.filter((field) => field.fieldType === 'file')
				.flatMap((field) => {
					const key = String(field.fieldName ?? field.fieldLabel).replace(/\W/g, '_');
					const files = FORM_FILES[key] ?? [];
					const several = field.multipleFiles !== false && files.length > 1;
					return files.map((file, i) => ({ file, prop: several ? `${key}_${i}` : key }));
				});
			standInTrigger(node, reads, nodes, connections, home);
			notes.push(`"${node.name}" (Form) -> manual trigger + one submission with ${reads.map((r) => `${r.prop} = ${r.file}`).join(', ')}`);
		} else if (node.credentials && Object.keys(node.credentials).length > 0) {
			nodes.push({ id: node.id, name: node.name, type: 'n8n-nodes-base.noOp', typeVersion: 1, position: node.position, parameters: {} });
			notes.push(`"${node.name}" (${node.type}) -> No Op`);
		} else if (node.type === 'n8n-nodes-base.readWriteFile') {
			// Reading (fileSelector) or writing (fileName): only the home changes, the folder stays.
			const key = node.parameters?.operation === 'write' ? 'fileName' : 'fileSelector';
			const original = String(node.parameters?.[key] ?? '');
			const local = original.startsWith(`${DOCKER_HOME}/`) ? path.join(home.home, original.slice(DOCKER_HOME.length)) : original;
			nodes.push({ ...node, parameters: { ...node.parameters, [key]: local } });
			if (local !== original) notes.push(`"${node.name}" uses ${local} for ${original}`);
		} else {
			nodes.push(node);
		}
	}
	return { wf: { ...wf, nodes, connections, active: false }, notes };
}

/** Runs the examples `n8n execute` can run; returns those that need a started n8n, imported and published. */
export async function runExamples(checks: Checks, install: N8nInstall, folder: UserFolder, cred: { id: string; name: string }): Promise<ServerExample[]> {
	const dir = path.join(REPO, 'examples');
	const deferred: ServerExample[] = [];
	if (!existsSync(dir)) return deferred;
	const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
	for (const file of files) {
		let original: Workflow;
		try {
			original = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
		} catch (error) {
			checks.ok(false, `example ${file} is valid JSON`, (error as Error).message);
			continue;
		}
		if (!Array.isArray(original.nodes) || !original.nodes.some((n) => n.type === NODE_TYPE)) continue;
		// A person's answer on a form resumes it: it runs on a started n8n (reviewLoop.ts).
		if (waitsForAPerson(original)) continue;
		const server = needsServer(original);
		const home = standInHome(path.join(folder.root, `example-${path.basename(file, '.json')}`));
		SETUP[file]?.(home);
		const { wf, notes } = adaptExample(original, cred, home, server);
		const starts = wf.nodes.filter((n) => /trigger$/i.test(n.type) || /webhook$/i.test(n.type));
		if (!server && starts.some((n) => n.type !== 'n8n-nodes-base.manualTrigger')) {
			log('examples', `${file}: not run from the CLI (starts from ${starts.map((n) => n.type).join(', ')}); add an adapter in e2e/examples.ts`);
			checks.ok(false, `example ${file} can be run by the e2e`, starts.map((n) => n.type));
			continue;
		}
		wf.id = n8nId(`example-${file}`);
		wf.name = `example: ${original.name ?? file}`;
		for (const note of notes) log('examples', `${file}: ${note}`);
		if (server) {
			deferred.push(await prepareServerExample(install, folder, file, wf));
			continue;
		}
		const tmpFile = path.join(folder.root, `example-${file}`);
		writeFileSync(tmpFile, JSON.stringify([wf], null, 2));
		await n8nOk(install, folder, ['import:workflow', `--input=${tmpFile}`]);
		const { run, result } = await executeWorkflow(install, folder, wf.id, { HOME: home.home, N8N_RESTRICT_FILE_ACCESS_TO: undefined });
		const tail = `${result.stdout.slice(-1500)}\n${result.stderr.slice(-1500)}`;
		log('examples', `${file}: n8n execute exited ${result.code} in ${(result.ms / 1000).toFixed(1)}s`);
		checks.ok(result.code === 0 && run && !run.data?.resultData?.error, `example ${file}: runs in n8n without a workflow error`, tail);
		for (const node of wf.nodes.filter((n) => n.type === NODE_TYPE)) {
			const outs = outputs(run, node.name);
			log('examples', `${file}: "${node.name}" outputs ${outs.map((o) => o.length).join('/')}`);
			checks.ok(outs.some((o) => o.length > 0), `example ${file}: "${node.name}" emitted items`);
		}
		const expectation = EXPECTATIONS[file];
		if (expectation) expectation(checks, run, home);
	}
	return deferred;
}

/** The folder example's folder, inside ~/.n8n-files as the example expects it. */
const SCANS = 'bpkb-scans';

/** Files an example expects before it runs (keyed by file name). */
const SETUP: Record<string, (home: StandInHome) => void> = {
	'folder-of-bpkb-scans-to-csv-files.json': (home) => {
		home.put('bpkb-sample.pdf', SCANS);
		home.put('not-a-bpkb.png', SCANS);
		// A PDF by name only (a GIF inside): read locally as not a document.
		home.put('signature.gif', SCANS, 'fax-cover.pdf');
	},
};

function csvOnDisk(home: StandInHome, name: string): string | undefined {
	const file = path.join(home.home, '.n8n-files', SCANS, name);
	return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** What each shipped example must do with the samples (keyed by file name). */
const EXPECTATIONS: Record<string, (checks: Checks, run: any, home: StandInHome) => void> = {
	'email-bpkb-to-google-sheets.json': (checks, run) => {
		// Outputs: Success, Needs Review, Not Read. Combine Files reads the email's files as one book; the
		// signature GIF is skipped.
		const outs = outputs(run, 'Read BPKB');
		checks.ok(outs.length === 3, 'email example: Read BPKB has outputs Success / Needs Review / Not Read', outs.length);
		const all = outs.flat();
		const names = all.map((i) => i.json?.file_name);
		checks.ok(names.includes('bpkb-sample.pdf'), 'email example: the BPKB attachment was read', names);
		checks.ok(!names.includes('signature.gif'), 'email example: the signature GIF was skipped (Skip Non-Documents)', names);
		const pdf = all.find((i) => i.json?.file_name === 'bpkb-sample.pdf');
		checks.ok(pdf?.json?.nomor_rangka === EXPECTED_CHASSIS, `email example: nomor_rangka ${EXPECTED_CHASSIS}`, pdf?.json);
		checks.ok(/^[0-9a-f]{64}$/.test(String(pdf?.json?.file_sha256)), 'email example: the row carries file_sha256, the key the sheet matches rows on', pdf?.json?.file_sha256);
		checks.ok(pdf?.json?.nomor_rangka_file === 'bpkb-sample.pdf', 'email example: Combine Files names the file each field came from', pdf?.json?.nomor_rangka_file);
		const reached = ['Append to BPKB sheet', 'Ask a person on Slack'].filter((n) => items(run, n).length > 0);
		checks.ok(reached.length === 1, `email example: the read reached the sheet or the Slack review step (${reached.join(', ')})`);
		checks.ok(items(run, 'Log failed reads').length === 0, 'email example: nothing logged as failed');
	},
	'folder-of-bpkb-scans-to-csv-files.json': (checks, run, home) => {
		const [ok, review, notRead] = [0, 1, 2].map((output) => items(run, 'Read BPKB', output));
		const names = (list: any[]) => list.map((i) => i.json?.file_name);
		checks.ok(
			JSON.stringify([names(ok), names(review), names(notRead)]) === JSON.stringify([['bpkb-sample.pdf'], ['not-a-bpkb.png'], ['fax-cover.pdf']]),
			`folder example: every file of ~/.n8n-files/${SCANS} read, each on one output (the book, the photo that is not one, the GIF named .pdf)`,
			[names(ok), names(review), names(notRead)],
		);
		checks.ok(ok.some((i) => i.json?.nomor_rangka === EXPECTED_CHASSIS), 'folder example: the sample PDF read with its nomor_rangka', ok.map((i) => i.json?.file_name));
		checks.ok(ok.every((i) => !i.binary), 'folder example: Include Binary off leaves no binary on the items');
		checks.ok(ok.every((i) => typeof i.json?.nomor_rangka_confidence === 'number'), 'folder example: Include Confidence adds <field>_confidence columns', ok[0]?.json);
		const [reads, toReview, errors] = ['bpkb.csv', 'bpkb-review.csv', 'bpkb-errors.csv'].map((name) => csvOnDisk(home, name));
		checks.ok(
			reads !== undefined && /(^|,)"?nomor_rangka_confidence"?(,|$)/m.test(reads.split('\n')[0]) && reads.includes(EXPECTED_CHASSIS),
			`folder example: bpkb.csv written in ~/.n8n-files/${SCANS}, with the chassis number and the confidence columns`,
			reads?.slice(0, 300),
		);
		checks.ok(toReview?.includes('not-a-bpkb.png') === true, `folder example: bpkb-review.csv written, naming the photo to check`, toReview?.slice(0, 300));
		checks.ok(errors?.includes('fax-cover.pdf') === true && errors.includes('FILE_INVALID_FORMAT'), `folder example: bpkb-errors.csv written, naming the file not read and why`, errors?.slice(0, 300));
	},
	// Waits for Verify Vehicle File (issue 13): until the node has it, this example fails to run.
	'vehicle-file-form-to-google-sheets.json': (checks, run) => {
		const outs = outputs(run, 'Verify Vehicle File');
		checks.ok(outs.length === 3, 'vehicle-file example: Verify Vehicle File has outputs Success / Needs Review / Not Read', outs.length);
		const [row] = outs[0] ?? [];
		checks.ok(outs.flat().length === 1, 'vehicle-file example: one verdict for the one submission', outs.map((o) => o.length));
		checks.ok(row?.json?.verdict === 'CONSISTENT', 'vehicle-file example: the consistent vehicle file (BPKB as 4 photos, STNK, KTP) is CONSISTENT, on Success', row?.json);
		checks.ok(/^[0-9a-f]{64}$/.test(String(row?.json?.bpkb_file_sha256)), 'vehicle-file example: the row carries bpkb_file_sha256, the key the sheet matches rows on', row?.json?.bpkb_file_sha256);
		checks.ok(items(run, 'Verdicts sheet').length === 1, 'vehicle-file example: the verdict reached the verdicts sheet');
	},
	'applicant-form-to-google-sheets.json': (checks, run) => {
		const outs = outputs(run, 'Verify Applicant');
		checks.ok(outs.length === 3, 'applicant example: Verify Applicant has outputs Success / Needs Review / Not Read', outs.length);
		const [row] = outs[0] ?? [];
		checks.ok(outs.flat().length === 1, 'applicant example: one verdict for the one submission', outs.map((o) => o.length));
		checks.ok(row?.json?.verdict === 'VERIFIED', 'applicant example: the sample applicant (KTP, selfie, KK, NPWP, BPKB as 4 photos, STNK) is VERIFIED, on Success', row?.json);
		checks.ok(row?.json?.check_face_match === 'pass' && row?.json?.owner_relation === 'applicant', 'applicant example: the selfie matches the KTP, and the car is hers', row?.json);
		checks.ok(/^[0-9a-f]{64}$/.test(String(row?.json?.ktp_file_sha256)), 'applicant example: the row carries ktp_file_sha256, the key the sheet matches rows on', row?.json?.ktp_file_sha256);
		checks.ok(items(run, 'Applicants sheet').length === 1, 'applicant example: the verdict reached the applicants sheet');
	},
};
