import type { IDataObject } from 'n8n-workflow';

import type { FormPart, UploadSource } from '../../transport/multipart';
import { preparePictures, type PictureSource } from '../input/pictures';
import { judged, notRead, type CallResult } from '../output/callRow';
import type { CallSettings } from '../plan/readSettings';
import type { Reading } from '../response/biometricAnswer';
import { callGlair, type CallAnswer, type GlairProduct } from './callGlair';
import type { Run } from './run';

/**
 * From a request to a result: the pictures checked and sent with the text parts (or a JSON body,
 * or nothing), GLAIR's answer read by the operation's reader and judged by its judge. Whatever
 * goes wrong on the way is the item's Not Read, in words.
 */

/** What an operation makes of what it parsed: GLAIR's words, why a person should look (if at all), its columns. */
export interface Judgement {
	reason: string;
	reviewReasons: string[];
	columns: IDataObject;
}

export interface Interpretation<T> {
	/** The operation's columns, empty. */
	empty: IDataObject;
	parse(httpStatus: number, body: unknown): Reading<T>;
	judge(value: T): Judgement;
}

export function interpret<T>(sent: CallAnswer, interpretation: Interpretation<T>): CallResult {
	if (sent.kind === 'failed') return notRead('FAILED', sent.reason, interpretation.empty, sent.call, sent.retryable);
	if (sent.answer.kind === 'unreadable') return notRead('FAILED', sent.answer.reason, interpretation.empty, sent.call);
	const reading = interpretation.parse(sent.call.httpStatus ?? 0, sent.answer.body);
	if (reading.kind === 'unreadable') return notRead('FAILED', reading.reason, interpretation.empty, sent.call);
	const { reason, reviewReasons, columns } = interpretation.judge(reading.value);
	return judged(reason, reviewReasons, columns, sent.call);
}

/** A multipart call: the item's pictures (checked first: none is sent when one is wrong) and text parts. */
export async function callWithForm<T>(
	run: Run,
	itemIndex: number,
	form: { path: string; pictures: readonly PictureSource[]; texts: ReadonlyArray<readonly [name: string, value: string]> },
	settings: CallSettings,
	product: GlairProduct,
	interpretation: Interpretation<T>,
): Promise<CallResult> {
	const pictures = await preparePictures(run.context, run.items[itemIndex], itemIndex, form.pictures, settings.maxFileSizeMb);
	if (pictures.kind === 'refused') return notRead(pictures.status, pictures.reason, interpretation.empty);
	return await callWithFiles(run, itemIndex, { path: form.path, files: pictures.files, texts: form.texts }, settings, product, interpretation);
}

/** A multipart call with files already checked (a selfie, a face photo GLAIR cut from a KTP) and text parts. */
export async function callWithFiles<T>(
	run: Run,
	itemIndex: number,
	form: { path: string; files: ReadonlyArray<{ part: string; upload: UploadSource }>; texts: ReadonlyArray<readonly [name: string, value: string]> },
	settings: CallSettings,
	product: GlairProduct,
	interpretation: Interpretation<T>,
): Promise<CallResult> {
	const parts: FormPart[] = [...form.files.map(({ part, upload }) => ({ name: part, file: upload })), ...form.texts.map(([name, text]) => ({ name, text }))];
	const sent = await callGlair(run, { method: 'POST', path: form.path, body: { kind: 'multipart', parts } }, settings.retry, product, itemIndex);
	return interpret(sent, interpretation);
}
