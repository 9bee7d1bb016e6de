import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { GlairVision } from '../../nodes/GlairVision/GlairVision.node';
import { configuredOutputs } from '../../nodes/GlairVision/engine/output/outputs';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const files = readdirSync(EXAMPLES).filter((file) => file.endsWith('.json'));
const properties = new GlairVision().description.properties;

interface WorkflowJson {
	nodes: Array<{ name: string; type: string; typeVersion: number; parameters: Record<string, unknown>; credentials?: Record<string, unknown> }>;
	connections: Record<string, { main: Array<Array<{ node: string }>> }>;
}

function optionValues(property: INodeProperties | undefined): unknown[] {
	return ((property?.options ?? []) as INodePropertyOptions[]).map((option) => option.value);
}

/** The node's properties a node of this resource sees (its own, and those shown for every resource). */
function propertiesFor(resource: unknown): INodeProperties[] {
	return properties.filter((property) => {
		const shownFor = property.displayOptions?.show?.resource;
		return shownFor === undefined || shownFor.includes(resource as string);
	});
}

describe.each(files)('examples/%s', (file) => {
	const workflow = JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as WorkflowJson;
	const glairNodes = workflow.nodes.filter((node) => node.type === 'n8n-nodes-glair-vision.glairVision');

	it('uses the GLAIR Vision node, version 1, with its credential', () => {
		expect(glairNodes.length).toBeGreaterThan(0);
		for (const node of glairNodes) {
			expect(node.typeVersion).toBe(1);
			expect(Object.keys(node.credentials ?? {})).toEqual(['glairVisionApi']);
		}
	});

	it('sets only parameters and options the node has for its resource, with allowed values', () => {
		for (const { parameters } of glairNodes) {
			const own = propertiesFor(parameters.resource);
			const collection = own.find((property) => property.name === 'options')!.options as INodeProperties[];
			for (const name of Object.keys(parameters)) expect(own.map((property) => property.name)).toContain(name);
			for (const name of ['resource', 'operation', 'page', 'output'] as const) {
				const property = own.find((candidate) => candidate.name === name && candidate.type === 'options');
				// Page exists only where the document has pages (the BPKB's Read); Output only for documents.
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
	const workflow = JSON.parse(readFileSync(join(EXAMPLES, 'email-bpkb-to-google-sheets.json'), 'utf8')) as WorkflowJson;
	const read = workflow.nodes.find((node) => node.name === 'Read BPKB')!;
	expect(configuredOutputs(read.parameters as never).map((output) => output.displayName)).toEqual(['Success', 'Needs Review', 'Not Read']);
	expect(workflow.connections['Read BPKB'].main.map((targets) => targets[0].node)).toEqual(['Append to BPKB sheet', 'Ask a person on Slack', 'Log failed reads']);
});

it('the folder example writes the reads, the reads to review and the failures to three CSV files', () => {
	const workflow = JSON.parse(readFileSync(join(EXAMPLES, 'folder-of-scans-to-csv.json'), 'utf8')) as WorkflowJson;
	const read = workflow.nodes.find((node) => node.name === 'Read BPKB')!;
	expect(configuredOutputs(read.parameters as never).map((output) => output.displayName)).toEqual(['Success', 'Needs Review', 'Not Read']);
	expect(workflow.connections['Read BPKB'].main.map((targets) => targets[0].node)).toEqual(['Convert to CSV', 'Needs review to CSV', 'Errors to CSV']);
});

it('the email example writes each book once: the sheets append or update the row matched on file_sha256', () => {
	const workflow = JSON.parse(readFileSync(join(EXAMPLES, 'email-bpkb-to-google-sheets.json'), 'utf8')) as WorkflowJson;
	for (const name of ['Append to BPKB sheet', 'Log failed reads']) {
		const sheet = workflow.nodes.find((node) => node.name === name)!;
		expect(sheet.parameters).toMatchObject({ operation: 'appendOrUpdate', columns: { mappingMode: 'autoMapInputData', matchingColumns: ['file_sha256'] } });
	}
});

describe('the vehicle-file example', () => {
	const workflow = JSON.parse(readFileSync(join(EXAMPLES, 'vehicle-file-form-to-google-sheets.json'), 'utf8')) as WorkflowJson;
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

	it('writes each vehicle file once: the verdicts sheet appends or updates the row matched on bpkb_file_sha256', () => {
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
