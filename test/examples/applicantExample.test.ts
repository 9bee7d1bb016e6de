import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { documentSpec } from '../../nodes/GlairVision/documents/registry';
import type { DocumentFileType } from '../../nodes/GlairVision/documents/spec';
import { PICTURE_TYPES } from '../../nodes/GlairVision/engine/input/pictures';
import { roleParameters } from '../../nodes/GlairVision/files/spec';
import { applicantFile } from '../../nodes/GlairVision/files/applicantFile';

/** The applicant example (examples/applicant-form-to-google-sheets.json); what every example must do is in examples.test.ts. */

interface Node {
	name: string;
	type: string;
	typeVersion: number;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string }>;
}
const workflow = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'applicant-form-to-google-sheets.json'), 'utf8')) as {
	nodes: Node[];
	connections: Record<string, { main: Array<Array<{ node: string }>> }>;
};
const node = (name: string) => workflow.nodes.find((candidate) => candidate.name === name)!;
const form = node('Applicant form');
const fileFields = (form.parameters.formFields as { values: Array<Record<string, unknown>> }).values;
const EXTENSIONS: Record<DocumentFileType, string[]> = { pdf: ['.pdf'], jpeg: ['.jpg', '.jpeg'], png: ['.png'], tiff: ['.tif', '.tiff'] };

describe('the applicant example', () => {
	it('starts with an n8n Form: KTP, selfie, KK and NPWP required, a pledged vehicle\'s BPKB (several files) and STNK optional', () => {
		expect(form).toMatchObject({ type: 'n8n-nodes-base.formTrigger' });
		expect(form.typeVersion).toBeGreaterThanOrEqual(2.5);
		expect(fileFields.map((field) => [field.fieldName, field.fieldType, field.multipleFiles, field.requiredField])).toEqual([
			['ktp', 'file', false, true],
			['selfie', 'file', false, true],
			['kk', 'file', false, true],
			['npwp', 'file', false, true],
			['bpkb', 'file', true, false],
			['stnk', 'file', false, false],
		]);
	});

	it('lets each file field take the file types the node takes for it (a selfie and a KTP: pictures only)', () => {
		for (const field of fileFields) {
			const types = field.fieldName === 'selfie' ? PICTURE_TYPES : documentSpec(String(field.fieldName))!.fileTypes;
			const accepted = types.flatMap((type) => EXTENSIONS[type]).sort();
			expect({ field: field.fieldName, accepts: String(field.acceptFileTypes).split(/,\s*/).sort() }).toEqual({ field: field.fieldName, accepts: accepted });
		}
	});

	it('verifies the applicant from the binary properties the Form names (each role\'s default, the BPKB\'s pages by bpkb*)', () => {
		const verify = node('Verify Applicant');
		expect(verify.parameters).toMatchObject({ resource: 'applicantFile', operation: 'verify', output: 'summary', bpkbBinaryPropertyName: 'bpkb*' });
		for (const field of fileFields) {
			const role = applicantFile.roles.find((candidate) => candidate.role === field.fieldName);
			expect({ field: field.fieldName, isRole: role !== undefined }).toEqual({ field: field.fieldName, isRole: true });
			if (!role) continue;
			const given = verify.parameters[roleParameters(role).binaryField] ?? role.defaultBinaryField;
			expect(String(field.fieldName)).toMatch(new RegExp(`^${String(given).replace(/\*/g, '.*')}$`));
		}
	});

	it('writes each applicant once, on ktp_file_sha256; Needs Review to Slack with the reasons; Not Read to the error log', () => {
		expect(workflow.connections['Applicant form'].main.map((targets) => targets[0].node)).toEqual(['Verify Applicant']);
		expect(workflow.connections['Verify Applicant'].main.map((targets) => targets.map((target) => target.node))).toEqual([['Applicants sheet'], ['Ask a person on Slack'], ['Log files not read']]);
		expect(node('Applicants sheet').parameters).toMatchObject({ operation: 'appendOrUpdate', columns: { mappingMode: 'autoMapInputData', matchingColumns: ['ktp_file_sha256'] } });
		expect(node('Log files not read').parameters).toMatchObject({ operation: 'append', sheetName: { value: 'Errors' } });
		expect(node('Ask a person on Slack').parameters.text).toEqual(expect.stringContaining('{{ $json.reasons'));
		for (const { credentials } of workflow.nodes) for (const credential of Object.values(credentials ?? {})) expect(credential.id).toBe('REPLACE_ME');
	});
});
