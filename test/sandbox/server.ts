import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { DocumentSpec } from '../../nodes/GlairVision/documents/spec';
import type { BpkbPage } from '../helpers/bpkbSpec';
import { checkCredentials, type SandboxCredentials } from './auth';
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
import type { DetectedFileType } from './fileType';
import { drain, readUpload, type Upload } from './multipart';
import { seededRandom, sleep } from './random';
import { GATEWAY_DENIED_BODY, sendJson } from './respond';
import { DEFAULT_SAMPLES_DIRECTORY, loadSampleDocuments, type KnownSample } from './sampleDocuments';
import type { PageImages } from './assembledPdf';
import { legacyAnswer, type Spelling } from './spelling';

export type { Fault, MalformedVariant, ScriptedEnvelopeStatus } from './faults';
export type { SandboxCredentials } from './auth';
export type { Spelling } from './spelling';

/**
 * A local stand-in for the GLAIR Vision API, faithful to ../shared/GLAIR-API.md, with scriptable
 * faults: every registered document's endpoint (and its quality endpoint), each with its own
 * sample documents and answers. It listens on 127.0.0.1 only and never logs a body.
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

		// Invented order: the gateway routes first, then authenticates, then rate-limits; only then does
		// GLAIR see the upload. The record says none of this; it is how API gateways usually work.
		const endpoint = this.endpoints.get(record.path);
		if (request.method !== 'POST' || !endpoint) {
			return this.turnAway(request, response, 404, { message: 'no Route matched with those values' });
		}
		const access = checkCredentials(request.headers, this.options.credentials, this.options.forbiddenApiKeys, this.options.limitedApiKeys, record.path);
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

/** A document without pages takes no `page` part: one sent anyway is ignored (INVENTED: not on record). */
function pageOf(spec: DocumentSpec, raw: string | undefined): BpkbPage | undefined | 'invalid' {
	return spec.pages ? parsePage(raw) : undefined;
}
