import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

/**
 * n8n adds "Custom API Call" (this value) to the node's Resource and Operation lists because the
 * credential has `authenticate` (n8n's LoadNodesAndCredentials.injectCustomApiCallOptions). The
 * editor then hides the other parameters and says to use the HTTP Request node, which offers this
 * credential under Predefined Credential Type; n8n's own nodes do no more. A run says the same,
 * instead of failing on a parameter the editor hid.
 */
export const CUSTOM_API_CALL = '__CUSTOM_API_CALL__';

export function refuseCustomApiCall(this: IExecuteFunctions): void {
	// Read before any other parameter: with Custom API Call as the resource there is no Operation.
	const chosen = [this.getNodeParameter('resource', 0), this.getNodeParameter('operation', 0, '')];
	if (!chosen.includes(CUSTOM_API_CALL)) return;
	throw new NodeOperationError(this.getNode(), 'Custom API Call: use the HTTP Request node with your GLAIR Vision API credential', {
		description:
			'This node reads documents. For any other GLAIR request, add an HTTP Request node, set Authentication to "Predefined Credential Type", Credential Type to "GLAIR Vision API" and pick your credential: n8n sends your username, password and key with the request.',
	});
}
