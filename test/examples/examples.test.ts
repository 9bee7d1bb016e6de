import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { GlairVision } from '../../nodes/GlairVision/GlairVision.node';
import { documentSpec } from '../../nodes/GlairVision/documents/registry';
import type { DocumentFileType } from '../../nodes/GlairVision/documents/spec';
import { configuredOutputs } from '../../nodes/GlairVision/engine/output/outputs';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const files = readdirSync(EXAMPLES).filter((file) => file.endsWith('.json'));
const properties = new GlairVision().description.properties;

interface WorkflowJson {
	name: string;
	nodes: Array<{
		name: string;
		type: string;
		typeVersion: number;
		parameters: Record<string, unknown>;
		credentials?: Record<string, unknown>;
		notes?: string;
		notesInFlow?: boolean;
	}>;
	connections: Record<string, { main: Array<Array<{ node: string }>> }>;
}

const GLAIR_NODE_TYPE = 'n8n-nodes-glair-vision.glairVision';
/** n8n 2.x reads and writes files only inside ~/.n8n-files (N8N_RESTRICT_FILE_ACCESS_TO); /home/node is the home of n8n's Docker image. */
const N8N_FILES = '/home/node/.n8n-files/';
/** A Form file field's accepted extensions for each file type a document accepts. */
const EXTENSIONS: Record<DocumentFileType, string[]> = { pdf: ['.pdf'], jpeg: ['.jpg', '.jpeg'], png: ['.png'], tiff: ['.tif', '.tiff'] };

const readExample = (file: string) => JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as WorkflowJson;

/** The nodes an output of `from` leads to, following connections to the end. */
function downstream(workflow: WorkflowJson, from: string, output: number): string[] {
	const seen: string[] = [];
	const queue = (workflow.connections[from]?.main[output] ?? []).map((target) => target.node);
	while (queue.length > 0) {
		const name = queue.shift()!;
		if (seen.includes(name)) continue;
		seen.push(name);
		for (const targets of workflow.connections[name]?.main ?? []) queue.push(...targets.map((target) => target.node));
	}
	return seen;
}

function optionValues(property: INodeProperties | undefined): unknown[] {
	return ((property?.options ?? []) as INodePropertyOptions[]).map((option) => option.value);
}

/** The node's properties a node of this resource and operation sees (its own, and those shown for every resource or operation). */
function propertiesFor(resource: unknown, operation: unknown): INodeProperties[] {
	return properties.filter((property) => {
		const { resource: forResources, operation: forOperations } = property.displayOptions?.show ?? {};
		return (forResources === undefined || forResources.includes(resource as string)) && (forOperations === undefined || forOperations.includes(operation as string));
	});
}

describe.each(files)('examples/%s', (file) => {
	const workflow = readExample(file);
	const glairNodes = workflow.nodes.filter((node) => node.type === GLAIR_NODE_TYPE);

	it('uses the GLAIR Vision node, version 1, with its credential (none for Apply Review, which sends nothing to GLAIR)', () => {
		expect(glairNodes.length).toBeGreaterThan(0);
		for (const node of glairNodes) {
			expect(node.typeVersion).toBe(1);
			expect(Object.keys(node.credentials ?? {})).toEqual(node.parameters.operation === 'applyReview' ? [] : ['glairVisionApi']);
		}
	});

	it('sets only parameters and options the node has for its resource, with allowed values', () => {
		for (const { parameters } of glairNodes) {
			const own = propertiesFor(parameters.resource, parameters.operation);
			const collection = own.find((property) => property.name === 'options')!.options as INodeProperties[];
			for (const name of Object.keys(parameters)) expect(own.map((property) => property.name)).toContain(name);
			for (const name of ['resource', 'operation', 'page', 'output'] as const) {
				const property = own.find((candidate) => candidate.name === name && candidate.type === 'options');
				// Page exists only where the document has pages (the BPKB's Read); Output only for a document's or a file's Read or Verify (not Apply Review).
				if (property === undefined && parameters[name] === undefined && (name === 'page' || name === 'output')) continue;
				expect(optionValues(property)).toContain(parameters[name]);
			}
			for (const [option, value] of Object.entries(parameters.options as Record<string, unknown>)) {
				const declared = collection.find((candidate) => candidate.name === option);
				expect(declared).toBeDefined();
				expect(typeof value).toBe(declared!.type === 'options' ? 'string' : declared!.type);
			}
		}
	});

	it('opens with a sticky note: what it does, what to replace, which credential, and a link to the docs', () => {
		const sticky = workflow.nodes.filter((node) => node.type === 'n8n-nodes-base.stickyNote');
		expect(sticky).toHaveLength(1);
		const content = String(sticky[0].parameters.content);
		expect(content).toMatch(/^## /);
		expect(content).toMatch(/### (Replace )?[Bb]efore you run/);
		expect(content).toContain('**GLAIR Vision API** credential');
		expect(content).toMatch(/\(https:\/\/github\.com\/glair-n8n\/n8n-nodes-glair-vision\/blob\/main\/docs\/[\w-]+\.md\)/);
		for (const node of workflow.nodes.filter((candidate) => candidate.credentials)) expect(content).toContain(`**${node.name}**`);
	});

	it('notes, on the canvas, every node whose credential or value must be replaced', () => {
		const nodes = workflow.nodes.filter((node) => node.type !== 'n8n-nodes-base.stickyNote');
		const parameters = (node: (typeof nodes)[number]) => JSON.stringify(node.parameters);
		const mustChange = nodes.filter((node) => node.credentials !== undefined || parameters(node).includes('REPLACE_ME') || parameters(node).includes(N8N_FILES));
		expect(mustChange.length).toBeGreaterThan(0);
		for (const node of mustChange) {
			expect({ node: node.name, notesInFlow: node.notesInFlow }).toEqual({ node: node.name, notesInFlow: true });
			if (node.credentials !== undefined) expect(node.notes).toMatch(/^Replace: .*credential/);
			if (parameters(node).includes('REPLACE_ME')) expect(node.notes).toContain('(REPLACE_ME)');
		}
		// Apply Review has no credential: nothing of it to replace.
		for (const node of glairNodes.filter((candidate) => candidate.credentials)) expect(node.notes).toBe('Replace: your GLAIR Vision API credential');
	});

	it('logs what was not read by appending a row: never "Append or Update" on a key a failure may lack', () => {
		for (const node of glairNodes) {
			const notRead = configuredOutputs(node.parameters as never).length - 1;
			const sheets = downstream(workflow, node.name, notRead)
				.map((name) => workflow.nodes.find((candidate) => candidate.name === name)!)
				.filter((candidate) => candidate.type === 'n8n-nodes-base.googleSheets');
			for (const sheet of sheets) expect({ sheet: sheet.name, operation: sheet.parameters.operation }).toEqual({ sheet: sheet.name, operation: 'append' });
		}
	});

	it('connects no more outputs than the node has, and every connection names a node of the workflow', () => {
		const names = workflow.nodes.map((node) => node.name);
		for (const node of glairNodes) {
			const outputs = configuredOutputs(node.parameters as never);
			expect(workflow.connections[node.name].main.length).toBeLessThanOrEqual(outputs.length);
		}
		for (const [from, { main }] of Object.entries(workflow.connections)) {
			expect(names).toContain(from);
			for (const target of main.flat()) expect(names).toContain(target.node);
		}
	});
});

it('the email example wires Success, Needs Review and Not Read to the sheet, Slack and the error log', () => {
	const workflow = readExample('email-bpkb-to-google-sheets.json');
	const read = workflow.nodes.find((node) => node.name === 'Read BPKB')!;
	expect(configuredOutputs(read.parameters as never).map((output) => output.displayName)).toEqual(['Success', 'Needs Review', 'Not Read']);
	expect(workflow.connections['Read BPKB'].main.map((targets) => targets[0].node)).toEqual(['Append to BPKB sheet', 'Ask a person on Slack', 'Log failed reads']);
});

describe('the folder example', () => {
	const workflow = readExample('folder-of-bpkb-scans-to-csv-files.json');
	const node = (name: string) => workflow.nodes.find((candidate) => candidate.name === name)!;

	it('says what it does in its name', () => {
		expect(workflow.name).toBe('BPKB scans in a folder to three CSV files: read, to review, not read');
	});

	it("reads the scans inside n8n 2.x's allowed folder, and fails when it finds none (Read/Write Files 1.1; 1 finds nothing in silence)", () => {
		const scans = node('Read scans from the folder');
		expect(scans).toMatchObject({ type: 'n8n-nodes-base.readWriteFile', typeVersion: 1.1, parameters: { operation: 'read' } });
		expect(String(scans.parameters.fileSelector)).toMatch(new RegExp(`^${N8N_FILES}bpkb-scans/\\*\\.\\{pdf,`));
	});

	it('writes the reads, the reads to review and the failures to three CSV files in that folder', () => {
		const readBpkb = node('Read BPKB');
		expect(configuredOutputs(readBpkb.parameters as never).map((output) => output.displayName)).toEqual(['Success', 'Needs Review', 'Not Read']);
		const written = ['bpkb.csv', 'bpkb-review.csv', 'bpkb-errors.csv'];
		workflow.connections['Read BPKB'].main.forEach((targets, output) => {
			const [convert, write] = downstream(workflow, 'Read BPKB', output).map(node);
			expect(targets).toHaveLength(1);
			expect(convert).toMatchObject({ type: 'n8n-nodes-base.convertToFile', parameters: { operation: 'csv', options: { fileName: written[output] } } });
			expect(write).toMatchObject({ type: 'n8n-nodes-base.readWriteFile', typeVersion: 1.1, parameters: { operation: 'write', fileName: `${N8N_FILES}bpkb-scans/${written[output]}` } });
		});
	});
});

it('the email example writes each book once: the BPKB sheet appends or updates the row matched on file_sha256', () => {
	const workflow = readExample('email-bpkb-to-google-sheets.json');
	const sheet = workflow.nodes.find((node) => node.name === 'Append to BPKB sheet')!;
	expect(sheet.parameters).toMatchObject({ operation: 'appendOrUpdate', columns: { mappingMode: 'autoMapInputData', matchingColumns: ['file_sha256'] } });
	expect(workflow.nodes.find((node) => node.name === 'Log failed reads')!.parameters).toMatchObject({ operation: 'append', columns: { mappingMode: 'autoMapInputData' } });
});

describe('the vehicle-file example', () => {
	const workflow = readExample('vehicle-file-form-to-google-sheets.json');
	const node = (name: string) => workflow.nodes.find((candidate) => candidate.name === name)!;
	const form = node('Vehicle file form');
	const fileFields = (form.parameters.formFields as { values: Array<Record<string, unknown>> }).values;

	it('starts with an n8n Form of three file fields: BPKB (several files allowed), STNK, KTP (optional)', () => {
		expect(form.type).toBe('n8n-nodes-base.formTrigger');
		// 2.4 and later name a file field's binary property by its Field Name (fieldName), earlier ones by its label.
		expect(form.typeVersion).toBeGreaterThanOrEqual(2.5);
		expect(fileFields.map((field) => [field.fieldName, field.fieldType, field.multipleFiles, field.requiredField])).toEqual([
			['bpkb', 'file', true, true],
			['stnk', 'file', false, true],
			['ktp', 'file', false, false],
		]);
	});

	it('lets each file field take the file types the node reads for that document (an STNK may be a PDF; a KTP only a picture)', () => {
		for (const field of fileFields) {
			const accepted = documentSpec(String(field.fieldName))!.fileTypes.flatMap((type) => EXTENSIONS[type]);
			expect({ field: field.fieldName, accepts: String(field.acceptFileTypes).split(/,\s*/).sort() }).toEqual({ field: field.fieldName, accepts: accepted.sort() });
		}
	});

	it('verifies the vehicle file from the binary properties the Form names: bpkb or bpkb_0, bpkb_1 ... for several pages; stnk; ktp', () => {
		const verify = node('Verify Vehicle File');
		expect(verify.type).toBe('n8n-nodes-glair-vision.glairVision');
		expect(verify.parameters).toMatchObject({ resource: 'vehicleFile', operation: 'verify', ktpBinaryPropertyName: 'ktp', stnkBinaryPropertyName: 'stnk' });
		// The Form Trigger names one file "<fieldName>" and several "<fieldName>_0", "<fieldName>_1", ...
		const bpkbPattern = new RegExp(`^${String(verify.parameters.bpkbBinaryPropertyName).replace(/\*/g, '.*')}$`);
		for (const name of ['bpkb', 'bpkb_0', 'bpkb_1', 'bpkb_3']) expect(name).toMatch(bpkbPattern);
		for (const name of ['stnk', 'ktp']) expect(name).not.toMatch(bpkbPattern);
		expect(fileFields.map((field) => field.fieldName)).toEqual(['bpkb', 'stnk', 'ktp']);
	});

	it('wires Success, Needs Review and Not Read to the verdicts sheet, Slack and the error log', () => {
		expect(workflow.connections['Vehicle file form'].main.map((targets) => targets[0].node)).toEqual(['Verify Vehicle File']);
		expect(workflow.connections['Verify Vehicle File'].main.map((targets) => targets.map((target) => target.node))).toEqual([
			['Verdicts sheet'],
			['Ask a person on Slack'],
			['Log files not read'],
		]);
	});

	it('writes each vehicle file once, as a sheet a person reads: the Summary, appended or updated on bpkb_file_sha256', () => {
		// Summary carries bpkb_file_sha256 too: the verdict, the compared fields once, each document's status and hash.
		expect(node('Verify Vehicle File').parameters).toMatchObject({ output: 'summary' });
		expect(node('Verdicts sheet').parameters).toMatchObject({ operation: 'appendOrUpdate', columns: { mappingMode: 'autoMapInputData', matchingColumns: ['bpkb_file_sha256'] } });
		expect(node('Log files not read').parameters).toMatchObject({ operation: 'append', sheetName: { value: 'Errors' } });
	});

	it('names the mismatches in the Slack message, and every credential is a placeholder', () => {
		expect(node('Ask a person on Slack').parameters.text).toEqual(expect.stringContaining('{{ $json.mismatches'));
		expect(node('Ask a person on Slack').parameters.text).toEqual(expect.stringContaining('{{ $json.verdict }}'));
		for (const { credentials } of workflow.nodes) {
			for (const credential of Object.values(credentials ?? {})) expect((credential as { id: string }).id).toBe('REPLACE_ME');
		}
	});
});

describe('the review example', () => {
	const workflow = JSON.parse(readFileSync(join(EXAMPLES, 'email-bpkb-review-to-google-sheets.json'), 'utf8')) as WorkflowJson;
	const node = (name: string) => workflow.nodes.find((candidate) => candidate.name === name)!;
	const targets = (name: string) => workflow.connections[name].main.map((output) => output.map((target) => [target.node, (target as { index?: number }).index ?? 0]));

	it('sends the Needs Review item to a person with Gmail Send and Wait, its custom form the item’s review_form', () => {
		expect(targets('Read BPKB')).toEqual([[['BPKB sheet', 0]], [['Ask a person to review', 0], ['The read with the answers', 0]], [['Log what was not read', 0]]]);
		expect(node('Ask a person to review')).toMatchObject({
			type: 'n8n-nodes-base.gmail',
			parameters: { resource: 'message', operation: 'sendAndWait', responseType: 'customForm', defineForm: 'json', jsonOutput: '={{ $json.review_form }}' },
		});
		expect(node('Ask a person to review').parameters.message).toEqual(expect.stringContaining('{{ $json.review_reasons }}'));
	});

	it('adds the answers (under data) to the read by position, then Apply Review judges it again with the Read’s review options', () => {
		expect(targets('Ask a person to review')).toEqual([[['The read with the answers', 1]]]);
		expect(node('The read with the answers')).toMatchObject({ type: 'n8n-nodes-base.merge', parameters: { mode: 'combine', combineBy: 'combineByPosition' } });
		expect(targets('The read with the answers')).toEqual([[['Apply Review', 0]]]);
		const apply = node('Apply Review');
		expect(apply.parameters).toMatchObject({ resource: 'bpkb', operation: 'applyReview', correctionsField: 'data' });
		const { reviewBelowConfidence, reviewOnWarnings } = node('Read BPKB').parameters.options as Record<string, unknown>;
		expect(apply.parameters.options).toEqual({ reviewBelowConfidence, reviewOnWarnings });
		expect(configuredOutputs(apply.parameters as never).map((output) => output.displayName)).toEqual(['Success', 'Needs Review', 'Not Read']);
	});

	it('writes the corrected row (Success, or Needs Review with what is left) over the read’s row, matched on file_sha256', () => {
		expect(targets('Apply Review')).toEqual([[['BPKB sheet', 0]], [['BPKB sheet', 0]], [['Log what was not read', 0]]]);
		expect(node('BPKB sheet').parameters).toMatchObject({ operation: 'appendOrUpdate', columns: { mappingMode: 'autoMapInputData', matchingColumns: ['file_sha256'] } });
		expect(node('Log what was not read').parameters).toMatchObject({ operation: 'append' });
	});
});

describe('the KTP capture session example', () => {
	const workflow = JSON.parse(readFileSync(join(EXAMPLES, 'ktp-session-form-to-google-sheets.json'), 'utf8')) as WorkflowJson;
	const node = (name: string) => workflow.nodes.find((candidate) => candidate.name === name)!;
	const next = (name: string) => workflow.connections[name].main.map((targets) => targets.map((target) => target.node));

	it('runs Form -> Create KTP Session -> WhatsApp -> Wait (On Webhook Call) -> Get Session, whose three outputs lead to the sheet, Slack and the error log', () => {
		expect(node('Applicant form').type).toBe('n8n-nodes-base.formTrigger');
		expect(next('Applicant form')).toEqual([['Create KTP session']]);
		expect(next('Create KTP session')).toEqual([['Send the link on WhatsApp']]);
		expect(next('Send the link on WhatsApp')).toEqual([['Wait for the applicant']]);
		expect(next('Wait for the applicant')).toEqual([['Get the KTP']]);
		expect(next('Get the KTP')).toEqual([['Applicants sheet'], ['Ask a person on Slack'], ['Log sessions not read']]);
		expect(configuredOutputs(node('Get the KTP').parameters as never).map((output) => output.displayName)).toEqual(['Success', 'Needs Review', 'Not Read']);
	});

	it("resumes on GLAIR's redirect: the session's success URL is the execution's resume URL, and the Wait node waits for a GET up to the session's 24 hours", () => {
		expect(node('Create KTP session').parameters).toMatchObject({ resource: 'session', operation: 'create', sessionType: 'ktp', successUrl: '={{ $execution.resumeUrl }}' });
		expect(node('Wait for the applicant').parameters).toMatchObject({ resume: 'webhook', httpMethod: 'GET', limitWaitTime: true, resumeAmount: 24, resumeUnit: 'hours' });
		expect(node('Get the KTP').parameters).toMatchObject({ resource: 'session', operation: 'get', sessionType: 'ktp' });
		// The sid GLAIR appends, or (the Wait node timed out) the session made before.
		expect(node('Get the KTP').parameters.sessionId).toEqual(expect.stringContaining('$json.query'));
		expect(node('Get the KTP').parameters.sessionId).toEqual(expect.stringContaining("$('Create KTP session').first().json.session_id"));
		expect(node('Send the link on WhatsApp').parameters.textBody).toEqual(expect.stringContaining('{{ $json.session_url }}'));
	});

	it('writes each applicant once: the sheet appends or updates the row matched on session_id', () => {
		expect(node('Applicants sheet').parameters).toMatchObject({ operation: 'appendOrUpdate', columns: { mappingMode: 'autoMapInputData', matchingColumns: ['session_id'] } });
	});
});
