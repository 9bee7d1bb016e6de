/**
 * The other way to build this node: GLAIR's upload sent through n8n's own request helper
 * (`this.helpers.httpRequestWithAuthentication`, axios inside n8n-core), with no runtime dependency
 * but form-data. Written the way an n8n node author would (and the way n8n's HTTP Request node does
 * since n8n PR 28233): the binary as a stream from `getBinaryStream`, its length from
 * `getBinaryMetadata` as form-data's `knownLength`, so the body streams with a Content-Length.
 * Uploads run `concurrency` at a time; a failed item carries `error` instead of GLAIR's answer.
 * No retries, no rate gate: what the helper gives by itself. Bench only.
 */
import FormData from 'form-data';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

export const HELPER_UPLOAD_TYPE = 'glairBench.helperUpload';

async function formFor(context: IExecuteFunctions, itemIndex: number): Promise<FormData> {
	const binary = context.helpers.assertBinaryData(itemIndex, 'data');
	const form = new FormData();
	const part = { filename: binary.fileName ?? 'document', contentType: binary.mimeType };
	if (binary.id) {
		const { fileSize } = await context.helpers.getBinaryMetadata(binary.id);
		form.append('image', await context.helpers.getBinaryStream(binary.id), { ...part, knownLength: fileSize });
	} else {
		form.append('image', await context.helpers.getBinaryDataBuffer(itemIndex, 'data'), part);
	}
	return form;
}

export class HelperUpload implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bench Helper Upload',
		name: 'helperUpload',
		group: ['transform'],
		version: 1,
		description: "Uploads each item's binary to GLAIR through n8n's httpRequestWithAuthentication",
		defaults: { name: 'Bench Helper Upload' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'glairVisionApi', required: true }],
		properties: [
			{ displayName: 'Concurrency', name: 'concurrency', type: 'number', default: 4 },
			// n8n's helper follows redirects by default; axios then keeps every byte it has sent, in case a
			// 307 asks for the body again. Off, the body streams straight to the socket.
			{ displayName: 'Follow Redirects', name: 'followRedirects', type: 'boolean', default: true },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const concurrency = this.getNodeParameter('concurrency', 0) as number;
		const followRedirects = this.getNodeParameter('followRedirects', 0) as boolean;
		const { baseUrl } = await this.getCredentials<{ baseUrl: string }>('glairVisionApi');
		const url = new URL('/ocr/v1/bpkb', baseUrl).href;
		const out: INodeExecutionData[] = new Array(items.length);
		let next = 0;
		const worker = async () => {
			while (next < items.length) {
				const itemIndex = next++;
				try {
					const answer = (await this.helpers.httpRequestWithAuthentication.call(this, 'glairVisionApi', {
						method: 'POST',
						url,
						body: await formFor(this, itemIndex),
						json: true,
						disableFollowRedirect: !followRedirects,
					})) as IDataObject;
					out[itemIndex] = { json: answer, pairedItem: { item: itemIndex } };
				} catch (error) {
					out[itemIndex] = { json: { error: (error as Error).message }, pairedItem: { item: itemIndex } };
				}
			}
		};
		await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
		return [out];
	}
}
