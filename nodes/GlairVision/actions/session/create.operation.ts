import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { emptySession, sessionColumns } from '../../engine/output/biometricColumns';
import { SettingsError, parseCallSettings, parseHttpUrl, type CallSettings } from '../../engine/plan/readSettings';
import { parseSession } from '../../engine/response/sessionAnswer';
import { callOperation, type CallUnit } from '../../engine/run/callOperation';
import { callGlair } from '../../engine/run/callGlair';
import { interpret } from '../../engine/run/callResult';
import { runOperation } from '../../engine/run/runOperation';
import { SESSION_TYPES, parseSessionType, sessionProduct, type SessionType } from './sessionTypes';

export { sessionDescription as description } from './session.description';

interface CreateUnit extends CallUnit {
	settings: CallSettings;
	type: SessionType;
	body: IDataObject;
}

/** An http(s) address, or a message saying which parameter is not one. Never quoted: a resume URL carries n8n's token. */
function httpUrl(value: unknown, parameter: string, hint: string): string {
	const text = String(value ?? '').trim();
	if (!parseHttpUrl(text)) throw new SettingsError(`${parameter} must be an http(s) address${text === '' ? ', but it is empty' : ''}. ${hint}`);
	return text;
}

/** The JSON GLAIR takes to make a session of this type (`qualities_detector` and `number_of_gestures` where they apply). */
function sessionBody(context: IExecuteFunctions, type: SessionType, itemIndex: number): IDataObject {
	const body: IDataObject = {
		success_url: httpUrl(
			context.getNodeParameter('successUrl', itemIndex, ''),
			'Success URL',
			'The default, {{ $execution.resumeUrl }}, resumes this execution at a Wait node (Resume: On Webhook Call).',
		),
	};
	const cancelUrl = String(context.getNodeParameter('cancelUrl', itemIndex, '') ?? '').trim();
	if (cancelUrl !== '') body.cancel_url = httpUrl(cancelUrl, 'Cancel URL', 'Leave it empty for no back button.');
	if (type === 'ktp') body.qualities_detector = context.getNodeParameter('checkImageQuality', itemIndex, false) === true;
	if (type === 'activeLiveness') {
		const gestures = Number(context.getNodeParameter('numberOfGestures', itemIndex, 1));
		if (!Number.isInteger(gestures) || gestures < 1) throw new SettingsError(`Number of Gestures must be a whole number from 1, but it is "${String(gestures).slice(0, 20)}".`);
		body.number_of_gestures = gestures;
	}
	return body;
}

/** Create Session: a link to GLAIR's capture page per item, to send to the person. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runOperation(
		this,
		callOperation<CreateUnit>({
			noun: 'session',
			keepInputJson: true,
			emptyColumns: (unit, at) => emptySession(unit?.type ?? String(at?.run.context.getNodeParameter('sessionType', at.itemIndex, '') ?? ''), { withUrl: true }),
			plan: (run, itemIndex) => {
				const settings = parseCallSettings(run.context.getNodeParameter('options', itemIndex, {}) as IDataObject);
				const type = parseSessionType(run.context.getNodeParameter('sessionType', itemIndex, 'ktp'));
				// Nothing of the item is uploaded, so nothing of it is passed on either way.
				return { itemIndex, settings, type, body: sessionBody(run.context, type, itemIndex), includeBinary: settings.includeBinary && !run.toolMode };
			},
			perform: async (unit, run) => {
				const createdAt = Date.now();
				const request = { method: 'POST' as const, path: SESSION_TYPES[unit.type].path, body: { kind: 'json' as const, value: unit.body } };
				const sent = await callGlair(run, request, unit.settings.retry, sessionProduct(unit.type, 'Create'), unit.itemIndex);
				return interpret(sent, {
					empty: emptySession(unit.type, { withUrl: true }),
					parse: (httpStatus, body) => parseSession(httpStatus, body, createdAt),
					judge: (session) => ({
						reason: `GLAIR made the session${session.expiresAt ? `, valid until ${session.expiresAt}` : ''}: send session_url to the person`,
						reviewReasons: [],
						columns: sessionColumns(unit.type, session, { withUrl: true }),
					}),
				});
			},
		}),
	);
}
