import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import type { DocumentSpec } from '../../nodes/GlairVision/documents/spec';
import type { BpkbPage } from '../helpers/bpkbSpec';
import { checkCredentials, type SandboxCredentials } from './auth';
import { biometricRoute, type BiometricContext, type BiometricRoute } from './biometrics';
import { registeredSpecs, sandboxDocument, type SandboxDocument } from './documents';
import {
	invalidFormatEnvelope,
	invalidPageEnvelope,
	noFileEnvelope,
	parsePage,
	REASONS,
	successEnvelope,
	type DocumentReading,
	type Envelope,
} from './envelopes';
import {
	DEFAULT_RESET_AFTER_BYTES,
	answerWithFault,
	defaultErrorBody,
	describeFault,
	type EndpointAnswers,
	type Fault,
} from './faults';
import { activeLivenessAnswer, loadFaceScenes, passiveLivenessAnswer, sceneOf, type FaceAnswer, type FaceScene } from './faces';
import type { DetectedFileType } from './fileType';
import { drain, readForm, readUpload, type ImagePart, type Upload } from './multipart';
import type { IdentityShape } from './population';
import { seededRandom, sleep } from './random';
import { GATEWAY_DENIED_BODY, send, sendJson } from './respond';
import { DEFAULT_SAMPLES_DIRECTORY, loadSampleDocuments, type KnownSample } from './sampleDocuments';
import type { PageImages } from './assembledPdf';
import { SessionStore, type Session } from './sessions';
import { legacyAnswer, type Spelling } from './spelling';

export type { Fault, MalformedVariant, ScriptedEnvelopeStatus } from './faults';
export type { SandboxCredentials } from './auth';
export type { IdentityShape } from './population';
export type { Session } from './sessions';
export type { Spelling } from './spelling';

/**
 * A local stand-in for the GLAIR Vision API, faithful to ../shared/GLAIR-API.md, with scriptable
 * faults: every registered document's endpoint (and its quality endpoint), each with its own
 * sample documents and answers; the face, identity and hosted-session endpoints (biometrics.ts),
 * with the session's capture page. It listens on 127.0.0.1 only and never logs a body.
 */

export interface SandboxOptions {
	credentials?: SandboxCredentials;
	/** Keys that authenticate but are not allowed on any endpoint: 403. */
	forbiddenApiKeys?: string[];
	/**
	 * Keys that authenticate and may use only the endpoint paths listed (an account enabled for some
	 * products): 403 with the gateway's body on every other path.
	 */
	limitedApiKeys?: Record<string, readonly string[]>;
	/** Answer in the newest spelling (default) or in the older one GLAIR's earlier answers used. */
	spelling?: Spelling;
	/** The identity endpoints' answer shape: the docs' (default) or the Go SDK's (population.ts). */
	identityShape?: IdentityShape;
	/** Wait per document before answering; a range is drawn uniformly from the seeded PRNG. */
	latencyMs?: number | { min: number; max: number };
	seed?: number;
	/** Requests processed at once; one more gets 429 with Retry-After. */
	maxInFlight?: number;
	/** Retry-After on the sandbox's own 429s; null sends none (the contract only says "retry with backoff"). */
	retryAfterSeconds?: number | null;
	/** Where the sample documents it recognises live (default: the repository's samples/). */
	samplesDirectory?: string;
}

export interface RecordedRequest {
	requestId: string;
	method: string;
	path: string;
	/** Known once the `image` part's headers have been read. */
	fileName?: string;
	/** The Content-Type the client gave the image part. */
	contentType?: string;
	page?: string;
	/** Bytes of the image part read (so far, if the request was cut short). */
	bytes: number;
	sha256?: string;
	detectedType?: DetectedFileType;
	/** The face and identity endpoints: every file part by its name (the first is also in fileName, bytes...). */
	files?: Record<string, Pick<ImagePart, 'fileName' | 'contentType' | 'bytes' | 'sha256'>>;
	/** Their text parts as sent (kept in memory for the tests; never logged). */
	fields?: Record<string, string>;
	/** A session's JSON body as sent. */
	json?: unknown;
	/** For a PDF: the SHA-256 of each page's images, in page order. */
	pdfPageImages?: PageImages;
	/** The status sent; 0 until the request is over, and for good if the connection was reset instead. */
	httpStatus: number;
	/** The scripted step used, as describeFault labels it, or "rate-limit". */
	fault?: string;
	authenticated: boolean;
	/** Date.now() at arrival and when the answer was sent or the connection dropped. */
	startedAt: number;
	endedAt?: number;
}

const ANY_FILE = '*';

/** One path the sandbox serves: a document's reading endpoint, or its quality endpoint. */
interface Endpoint {
	spec: DocumentSpec;
	document: SandboxDocument;
	samples: Map<string, KnownSample>;
	/** The quality endpoint: the reading plus the picture's grades. */
	grades: boolean;
}

const DEFAULT_CREDENTIALS: SandboxCredentials = {
	username: 'sandbox-user',
	password: 'sandbox-password',
	apiKey: 'sandbox-api-key',
};

type ResolvedOptions = Required<Omit<SandboxOptions, 'latencyMs' | 'maxInFlight'>> &
	Pick<SandboxOptions, 'latencyMs' | 'maxInFlight'>;

export class GlairSandbox {
	readonly requests: RecordedRequest[] = [];
	private readonly scripts = new Map<string, Fault[]>();
	private readonly sockets = new Set<Socket>();
	private readonly closing = new AbortController();
	private readonly endpoints = new Map<string, Endpoint>();
	private readonly faceScenes: Map<string, FaceScene>;
	/** Every hosted session created, by id: tests finish, expire or inspect them. */
	readonly sessions = new SessionStore(() => this.baseUrl);
	private options: ResolvedOptions;
	private random: () => number;
	private inFlight = 0;
	private connectionsAccepted = 0;

	private constructor(
		private readonly server: Server,
		options: SandboxOptions,
	) {
		this.options = {
			credentials: DEFAULT_CREDENTIALS,
			forbiddenApiKeys: [],
			limitedApiKeys: {},
			spelling: 'newest',
			identityShape: 'docs',
			seed: 1,
			retryAfterSeconds: 1,
			samplesDirectory: DEFAULT_SAMPLES_DIRECTORY,
			...options,
		};
		this.random = seededRandom(this.options.seed);
		for (const spec of registeredSpecs()) {
			const endpoint = { spec, document: sandboxDocument(spec), samples: loadSampleDocuments(spec, this.options.samplesDirectory) };
			this.endpoints.set(spec.path, { ...endpoint, grades: false });
			if (spec.quality) this.endpoints.set(spec.quality.path, { ...endpoint, grades: true });
		}
		this.faceScenes = loadFaceScenes(this.options.samplesDirectory);
		server.on('connection', (socket) => {
			this.connectionsAccepted++;
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		server.on('request', (request: IncomingMessage, response: ServerResponse) => {
			this.handle(request, response).catch(() => {
				// Not logged: the error may quote the body. The client still gets an answer.
				sendJson(response, 500, defaultErrorBody(500));
			});
		});
	}

	static async start(options: SandboxOptions = {}): Promise<GlairSandbox> {
		const server = createServer();
		const sandbox = new GlairSandbox(server, options);
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(0, '127.0.0.1', () => resolve());
		});
		return sandbox;
	}

	get baseUrl(): string {
		const { port } = this.server.address() as AddressInfo;
		return `http://127.0.0.1:${port}`;
	}

	get credentials(): SandboxCredentials {
		return this.options.credentials;
	}

	/**
	 * Queues steps for the next requests carrying that file name, one step per request, in order;
	 * afterwards the file is answered normally again. '*' steps apply to any request and are taken
	 * as soon as its headers arrive, so they win over steps for a file name (taken when the file
	 * part begins). Requests turned away before (404, 401, 403, 429) take no step.
	 */
	script(fileName: string, steps: Fault[]): void {
		this.scripts.set(fileName, [...(this.scripts.get(fileName) ?? []), ...steps]);
	}

	attempts(fileName: string): number {
		return this.requests.filter((request) => request.fileName === fileName).length;
	}

	/** Requests received and not yet answered or abandoned (those turned away early never count). */
	inFlightRequests(): number {
		return this.inFlight;
	}

	/**
	 * Sockets currently open, busy or idle; one being torn down no longer counts. Note that Node's
	 * fetch (undici) may open a fresh idle connection right after a request is aborted.
	 */
	openConnections(): number {
		return [...this.sockets].filter((socket) => !socket.destroyed).length;
	}

	/** TCP connections accepted since the last reset: how many a client opened for its requests. */
	acceptedConnections(): number {
		return this.connectionsAccepted;
	}

	setOptions(partial: Partial<SandboxOptions>): void {
		this.options = { ...this.options, ...partial };
		if (partial.seed !== undefined) this.random = seededRandom(partial.seed);
	}

	reset(): void {
		this.scripts.clear();
		this.requests.length = 0;
		this.connectionsAccepted = 0;
		this.sessions.sessions.clear();
	}

	/** Finishes a session as if its person had photographed that sample file (default: the kind's own). */
	finishSession(sid: string, sampleFileName?: string): void {
		this.sessions.finish(sid, this.capture, sampleFileName);
	}

	async close(): Promise<void> {
		this.closing.abort();
		const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
		for (const socket of this.sockets) socket.destroy();
		await closed;
	}

	private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const record: RecordedRequest = {
			// Invented: the record says every answer carries Request-Id, not its shape; a UUID is our guess.
			requestId: randomUUID(),
			method: request.method ?? '',
			path: new URL(request.url ?? '/', 'http://sandbox').pathname,
			bytes: 0,
			httpStatus: 0,
			authenticated: false,
			startedAt: Date.now(),
		};
		this.requests.push(record);
		response.setHeader('Request-Id', record.requestId);
		response.on('close', () => {
			record.httpStatus = response.headersSent ? response.statusCode : 0;
			record.endedAt = Date.now();
		});
		const clientGone = new AbortController();
		response.on('close', () => clientGone.abort());
		const cancelled = AbortSignal.any([clientGone.signal, this.closing.signal]);

		// The capture page is the person's, opened on their phone: no credentials.
		if (request.method === 'GET' && record.path.startsWith('/prebuilt/')) return this.capturePage(request, response);

		// Invented order: the gateway routes first, then authenticates, then rate-limits; only then does
		// GLAIR see the upload. The record says none of this; it is how API gateways usually work.
		const endpoint = this.endpoints.get(record.path);
		const biometric = endpoint ? undefined : biometricRoute(request.method ?? '', record.path, this.sessions);
		if ((request.method !== 'POST' || !endpoint) && !biometric) {
			return this.turnAway(request, response, 404, { message: 'no Route matched with those values' });
		}
		const permissionPath = biometric?.permissionPath ?? record.path;
		const access = checkCredentials(request.headers, this.options.credentials, this.options.forbiddenApiKeys, this.options.limitedApiKeys, permissionPath);
		record.authenticated = access !== 'unauthenticated';
		if (access !== 'allowed') {
			return this.turnAway(request, response, access === 'forbidden' ? 403 : 401, GATEWAY_DENIED_BODY);
		}
		if (this.options.maxInFlight !== undefined && this.inFlight >= this.options.maxInFlight) {
			record.fault = 'rate-limit';
			// Invented: that GLAIR's 429 carries a Retry-After at all, and in seconds.
			const retryAfter = this.options.retryAfterSeconds;
			return this.turnAway(request, response, 429, defaultErrorBody(429), retryAfter === null ? {} : { 'Retry-After': String(retryAfter) });
		}

		this.inFlight++;
		response.once('close', () => this.inFlight--);

		let fault = this.takeStep(ANY_FILE);
		let connectionReset = false;
		const resetConnection = (): void => {
			connectionReset = true;
			record.fault = fault && describeFault(fault);
			request.socket.resetAndDestroy();
		};
		if (fault?.kind === 'reset' && fault.during === 'headers') return resetConnection();
		if (biometric) return this.answerBiometric(biometric, request, response, record, fault, resetConnection, cancelled);
		if (!endpoint) throw new Error('unreachable: a request is routed to a document or to biometrics');

		let upload: Upload;
		try {
			upload = await readUpload(request, {
				onImageStart: (fileName, contentType) => {
					Object.assign(record, { fileName, contentType });
					fault ??= this.takeStep(fileName);
					if (fault?.kind === 'reset' && fault.during === 'headers') resetConnection();
				},
				onImageBytes: (bytesSoFar) => {
					// busboy finishes the chunk it holds even after a reset: those bytes never counted.
					if (connectionReset) return;
					record.bytes = bytesSoFar;
					const resetAt =
						fault?.kind === 'reset' && fault.during === 'upload'
							? (fault.afterBytes ?? DEFAULT_RESET_AFTER_BYTES)
							: Infinity;
					if (bytesSoFar >= resetAt) resetConnection();
				},
			});
		} catch {
			return; // the connection is gone: nobody to answer
		}
		// A small body may already be parsed in full by the time the reset is done.
		if (connectionReset) return;
		Object.assign(record, upload.image, { page: upload.page });
		if (fault?.kind === 'reset') return resetConnection(); // the file was smaller than afterBytes
		if (fault) record.fault = describeFault(fault);

		await sleep(fault?.kind === 'delay' ? fault.ms : this.drawLatency(), cancelled);
		if (cancelled.aborted) return;

		const page = pageOf(endpoint.spec, upload.page);
		if (fault && fault.kind !== 'delay') {
			return answerWithFault(fault, response, page === 'invalid' ? undefined : page, this.scriptedAnswers(endpoint, upload));
		}
		this.answerNormally(endpoint, upload, response);
	}

	/**
	 * A face, identity or session request: the body read whole (file parts hashed as they stream),
	 * then answered as its route says, or as a scripted step says. A step for a file name is taken
	 * by the first file part's name; a `reset` step resets once the body is read.
	 */
	private async answerBiometric(
		route: BiometricRoute,
		request: IncomingMessage,
		response: ServerResponse,
		record: RecordedRequest,
		scripted: Fault | undefined,
		resetConnection: () => void,
		cancelled: AbortSignal,
	): Promise<void> {
		const context: BiometricContext = { scenes: this.faceScenes, identityShape: this.options.identityShape, sessions: this.sessions };
		let answer: () => FaceAnswer;
		try {
			if (route.body === 'form') {
				const form = await readForm(request, route.fileParts);
				const files = [...form.files].map(([name, { fileName, contentType, bytes, sha256 }]) => [name, { fileName, contentType, bytes, sha256 }] as const);
				Object.assign(record, { files: Object.fromEntries(files), fields: Object.fromEntries(form.fields) }, files[0] ? files[0][1] : {});
				answer = () => route.answer(form, context);
			} else if (route.body === 'json') {
				const bodyText = await readText(request);
				try {
					record.json = JSON.parse(bodyText);
				} catch {
					record.json = bodyText;
				}
				answer = () => route.answer(bodyText, context);
			} else {
				await drain(request);
				answer = () => route.answer(context);
			}
		} catch {
			return; // the connection is gone: nobody to answer
		}
		const fault = scripted ?? (record.fileName !== undefined ? this.takeStep(record.fileName) : undefined);
		if (fault?.kind === 'reset') {
			record.fault = describeFault(fault);
			return resetConnection();
		}
		if (fault) record.fault = describeFault(fault);
		await sleep(fault?.kind === 'delay' ? fault.ms : this.drawLatency(), cancelled);
		if (cancelled.aborted) return;
		const { httpStatus, body } = answer();
		if (fault && fault.kind !== 'delay') {
			const same = () => structuredClone(body);
			return answerWithFault(fault, response, undefined, { sample: same, empty: same, partlyRead: same, flat: true });
		}
		sendJson(response, httpStatus, body);
	}

	/** GET /prebuilt/<kind>/<sid>: the person finishes (or leaves) the session and is sent back. */
	private capturePage(request: IncomingMessage, response: ServerResponse): void {
		const url = new URL(request.url ?? '/', 'http://sandbox');
		const visit = this.sessions.visit(url.pathname, url.searchParams, this.capture);
		if (visit.location) return send(response, visit.httpStatus, '', { Location: visit.location });
		send(response, visit.httpStatus, visit.html ?? '', { 'Content-Type': 'text/html' });
	}

	/** What the capture page yields: GLAIR's own answer for that sample on the session's endpoint. */
	private readonly capture = (session: Session, sampleFileName: string): Record<string, unknown> => {
		const path = join(this.options.samplesDirectory, sampleFileName);
		const bytes = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		if (session.kind === 'ktp' || session.kind === 'npwp') {
			const endpoint = this.endpoints.get(session.qualities_detector ? '/ocr/v1/ktp/qualities' : `/ocr/v1/${session.kind}`)!;
			const known = endpoint.samples.get(sha256);
			return this.spelled(endpoint, this.success(endpoint, known?.reading() ?? {}, undefined, known));
		}
		const scene = sceneOf(this.faceScenes, { sha256 } as ImagePart);
		// INVENTED: an active session's result is its last gesture's answer; the page asks for HAND_01100.
		if (session.kind === 'active-liveness') return activeLivenessAnswer(scene, 'HAND_01100').body;
		const answer = passiveLivenessAnswer(scene).body as { status: string; result: Record<string, unknown> };
		if (this.options.spelling !== 'legacy') return answer;
		// The Node SDK's example reads a passive session's grade as `spoof_status`.
		const { status: grade, ...rest } = answer.result;
		return { ...answer, result: { ...rest, spoof_status: grade } };
	};

	/** What GLAIR itself does with an upload nobody scripted. */
	private answerNormally(endpoint: Endpoint, upload: Upload, response: ServerResponse): void {
		const image = upload.image;
		// An empty file part is "no file" too: there is nothing to read.
		if (!image || image.bytes === 0) return sendJson(response, 400, noFileEnvelope());
		const page = pageOf(endpoint.spec, upload.page);
		if (page === 'invalid') return sendJson(response, 400, invalidPageEnvelope());
		// INVENTED for the documents whose docs list fewer types (a KTP: png/jpg/jpeg): the real
		// server's answer to a PDF there is not on record; 415 is what it says for a wrong format.
		if (image.detectedType === 'unknown' || !endpoint.spec.fileTypes.includes(image.detectedType)) {
			return sendJson(response, 415, invalidFormatEnvelope());
		}
		const known = endpoint.samples.get(image.sha256);
		const reading =
			known?.reading() ??
			// An upload the sandbox does not know by its bytes may hold samples it does (the BPKB's
			// page photos in a PDF assembled by Combine Files; invented: see assembledPdf.ts).
			endpoint.document.unknownUpload?.(image, this.options.samplesDirectory) ??
			{};
		sendJson(response, 200, this.spelled(endpoint, this.success(endpoint, reading, page, known)));
	}

	/** The document's success answer, with the picture's grades on its quality endpoint. */
	private success(endpoint: Endpoint, reading: DocumentReading, page: BpkbPage | undefined, known?: KnownSample): Envelope {
		const envelope = successEnvelope(endpoint.spec, reading, page);
		if (!endpoint.grades) return envelope;
		const qualities = known?.qualities?.() ?? endpoint.document.unknownQualities?.() ?? {};
		return { ...envelope, qualities };
	}

	private spelled(endpoint: Endpoint, envelope: Envelope): Record<string, unknown> {
		return this.options.spelling === 'legacy' ? legacyAnswer(endpoint.spec, endpoint.document.legacy, envelope) : { ...envelope };
	}

	/** The answers a scripted step is made of, on this endpoint and in the current spelling. */
	private scriptedAnswers(endpoint: Endpoint, upload: Upload): EndpointAnswers {
		const known = upload.image && endpoint.samples.get(upload.image.sha256);
		return {
			sample: (page) => this.spelled(endpoint, this.success(endpoint, endpoint.document.scriptedReading(), page, known)),
			empty: (page) => this.spelled(endpoint, this.success(endpoint, {}, page, known)),
			partlyRead: (page) => {
				const first = endpoint.spec.sections[0].key;
				const envelope = this.success(endpoint, { [first]: endpoint.document.scriptedReading()[first] }, page, known);
				return this.spelled(endpoint, { ...envelope, reason: REASONS.someFieldsInvalid });
			},
			flat: endpoint.spec.flat || (this.options.spelling === 'legacy' && endpoint.document.legacy.flat === true),
		};
	}

	/** Answers without looking at the upload, but reads it first so the connection stays usable. */
	private async turnAway(
		request: IncomingMessage,
		response: ServerResponse,
		status: number,
		body: unknown,
		headers: Record<string, string> = {},
	): Promise<void> {
		try {
			await drain(request);
		} catch {
			return;
		}
		// Invented: the challenge header and its realm.
		const challenge = status === 401 ? { 'WWW-Authenticate': 'Basic realm="glair"' } : {};
		sendJson(response, status, body, { ...challenge, ...headers });
	}

	private takeStep(fileName: string): Fault | undefined {
		const steps = this.scripts.get(fileName);
		const step = steps?.shift();
		if (steps?.length === 0) this.scripts.delete(fileName);
		return step;
	}

	private drawLatency(): number {
		const latency = this.options.latencyMs;
		if (latency === undefined) return 0;
		if (typeof latency === 'number') return latency;
		return latency.min + this.random() * (latency.max - latency.min);
	}
}

/** A JSON body, read whole (a session's is a few hundred bytes; more than 64 KiB is cut). */
function readText(request: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let length = 0;
		request.on('data', (chunk: Buffer) => {
			if (length < 64 * 1024) chunks.push(chunk);
			length += chunk.length;
		});
		request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		request.on('close', () => (request.complete ? undefined : reject(new Error('client went away'))));
	});
}

/** A document without pages takes no `page` part: one sent anyway is ignored (INVENTED: not on record). */
function pageOf(spec: DocumentSpec, raw: string | undefined): BpkbPage | undefined | 'invalid' {
	return spec.pages ? parsePage(raw) : undefined;
}
