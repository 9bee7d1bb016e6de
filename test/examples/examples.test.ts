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

	it('sets only parameters and options the node has, with allowed values', () => {
		const collection = properties.find((property) => property.name === 'options')!.options as INodeProperties[];
		for (const { parameters } of glairNodes) {
			for (const name of Object.keys(parameters)) expect(properties.map((property) => property.name)).toContain(name);
			for (const name of ['resource', 'operation', 'page', 'output'] as const) {
				const property = properties.find((candidate) => candidate.name === name && candidate.type === 'options');
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
