import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import type { DocumentOutcome } from '../../engine/outcome';
import { emptySession, sessionColumns } from '../../engine/output/biometricColumns';
import { callColumns, callEntry, notRead, type GlairCall } from '../../engine/output/callRow';
import { toOutputEntry } from '../../engine/output/outputItem';
import type { OutputEntry } from '../../engine/output/outputs';
import { SettingsError, parseCallSettings, parseMaxSpoofScore, parseReadSettings, type CallSettings } from '../../engine/plan/readSettings';
import { parseDocumentBody } from '../../engine/response/parseAnswer';
import { parseSession, type CaptureSession } from '../../engine/response/sessionAnswer';
import { callGlair } from '../../engine/run/callGlair';
import { interpret, type Interpretation } from '../../engine/run/callResult';
import type { Run } from '../../engine/run/run';
import { runOperation } from '../../engine/run/runOperation';
import { activeLivenessInterpretation } from '../face/activeLiveness.operation';
import { passiveLivenessInterpretation } from '../face/passiveLiveness.operation';
import { SESSION_TYPES, parseSessionType, sessionProduct, type SessionType } from './sessionTypes';

export { sessionDescription as description } from './session.description';

interface GetUnit {
	itemIndex: number;
	type: SessionType;
	sessionId: string;
	settings: CallSettings;
	options: IDataObject;
	/** A parameter of this item the node cannot use. */
	refusal?: string;
}

const NO_FILES = { json: false, binary: false };

/** Not finished: a person should follow it up (the session may still be finished, or has expired). */
function pendingReason(session: CaptureSession, now: number): string {
	const expiry = Date.parse(session.expiresAt);
	if (Number.isFinite(expiry) && expiry < now) return `the session expired at ${session.expiresAt} before the person finished it: create a new one`;
	return `the person has not finished the session yet${session.expiresAt ? ` (it expires at ${session.expiresAt})` : ''}`;
}

/** A finished KTP or NPWP session is that document's reading: read, checked, shaped and routed as Read does it. */
async function documentEntry(run: Run, unit: GetUnit, spec: DocumentSpec, result: unknown, call: GlairCall, session: IDataObject): Promise<OutputEntry> {
	const reading = parseDocumentBody(spec, 200, result);
	const base = { fileName: '', binaryField: '', fileSha256: '', page: undefined, ...call };
	const outcome: DocumentOutcome =
		reading.kind === 'document'
			? { ...base, status: reading.status, reason: reading.reason, read: reading.read, images: reading.images, qualities: reading.qualities, body: reading.body }
			: { ...base, status: 'FAILED', reason: reading.reason, retryable: false, body: reading.body };
	const settings = parseReadSettings(spec, {
		inputType: 'url',
		binaryPropertyName: '',
		page: undefined,
		output: 'flattened',
		// The picture's grades are there when the session was made with Check Image Quality.
		options: { ...unit.options, includeBinary: false, checkImageQuality: reading.kind === 'document' && reading.qualities !== undefined },
	});
	const entry = await toOutputEntry(run.context, spec, { itemIndex: unit.itemIndex, binaryField: '', settings, fromWildcard: false }, outcome, run.items[unit.itemIndex], []);
	// The session's columns after why the item went where it did: the reading's own follow.
	const { reason, review_reasons: reviewReasons, ...rest } = entry.json;
	return { ...entry, json: { reason, ...(reviewReasons === undefined ? {} : { review_reasons: reviewReasons }), ...session, ...rest } };
}

/** A finished liveness session is read and judged as the liveness operation's answer. */
function livenessEntry<T>(interpretation: Interpretation<T>, result: unknown, call: GlairCall, session: IDataObject, input: INodeExecutionData): OutputEntry {
	const withSession: Interpretation<T> = {
		empty: { ...session, ...interpretation.empty },
		parse: interpretation.parse,
		judge: (value) => {
			const judgement = interpretation.judge(value);
			return { ...judgement, columns: { ...session, ...judgement.columns } };
		},
	};
	return callEntry(input, interpret({ kind: 'answered', call: { ...call }, answer: { kind: 'json', body: result } }, withSession), NO_FILES);
}

async function getSession(run: Run, unit: GetUnit): Promise<OutputEntry> {
	const input = run.items[unit.itemIndex];
	const empty = emptySession(unit.type, { sessionId: unit.sessionId });
	if (unit.refusal !== undefined) return callEntry(input, notRead('FAILED', unit.refusal, empty), NO_FILES);
	const path = `${SESSION_TYPES[unit.type].path}/${encodeURIComponent(unit.sessionId)}`;
	const sent = await callGlair(run, { method: 'GET', path, body: { kind: 'empty' } }, unit.settings.retry, sessionProduct(unit.type, 'Get'), unit.itemIndex);
	let session: CaptureSession | undefined;
	const result = interpret(sent, {
		empty,
		parse: parseSession,
		judge: (read) => {
			session = read;
			return { reason: read.status, reviewReasons: read.status === 'FINISHED' ? [] : [pendingReason(read, Date.now())], columns: sessionColumns(unit.type, read, { sessionId: unit.sessionId }) };
		},
	});
	if (!session || session.status !== 'FINISHED' || sent.kind !== 'answered') return callEntry(input, result, NO_FILES);

	const columns = sessionColumns(unit.type, session, { sessionId: unit.sessionId });
	const document = SESSION_TYPES[unit.type].document;
	if (document) return await documentEntry(run, unit, document, session.result, sent.call, columns);
	const interpretation = unit.type === 'passiveLiveness' ? passiveLivenessInterpretation(parseMaxSpoofScore(unit.options)) : activeLivenessInterpretation('');
	return livenessEntry(interpretation as Interpretation<unknown>, session.result, sent.call, columns, input);
}

/** Get Session: a session read back, and once finished, what GLAIR read from the person's picture. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runOperation(this, {
		noun: 'session',
		plan: (run) =>
			run.items.map((_, itemIndex): GetUnit => {
				const context = run.context;
				const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
				let type: SessionType = 'ktp';
				const sessionId = String(context.getNodeParameter('sessionId', itemIndex, '') ?? '').trim();
				try {
					type = parseSessionType(context.getNodeParameter('sessionType', itemIndex, 'ktp'));
					const settings = parseCallSettings(options);
					if (sessionId === '') {
						throw new SettingsError(
							'Session ID is empty. After a Wait node it is {{ $json.query.sid }}, which GLAIR appends when the person finishes; when the Wait node resumed on its time limit there is none: use session_id from Create Session instead.',
						);
					}
					return { itemIndex, type, sessionId, settings, options };
				} catch (error) {
					if (!(error instanceof SettingsError)) throw new NodeOperationError(context.getNode(), error as Error, { itemIndex });
					return { itemIndex, type, sessionId, settings: parseCallSettings({}), options, refusal: error.message };
				}
			}),
		perform: async (unit, run) => await getSession(run, unit),
		finish: async (_itemIndex, entries) => [...entries],
		failedRow: (_itemIndex, unit, failure) =>
			callColumns(notRead('FAILED', failure.reason, emptySession(unit?.type ?? '', { sessionId: unit?.sessionId }), { requestId: null, httpStatus: failure.httpStatus, attempts: 0 })),
	});
}
