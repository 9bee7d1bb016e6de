/**
 * A loopback HTTP file server for the URL-input tests: real sockets, real redirects, real
 * streaming, and a log of what it was asked for and how much it managed to send.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedRequest {
	method: string;
	/** Path and query string, as the server saw them. */
	url: string;
}

export interface StreamedResponse {
	path: string;
	/** Bytes written before the response finished or the client went away. */
	bytesSent: number;
	/** True when the client closed the connection before the whole body was sent. */
	closedEarly: boolean;
}

export interface FileRoute {
	status?: number;
	headers?: Record<string, string>;
	body?: Buffer | string;
	/** Answers in turn: the first request gets [0], the next [1], ...; the last one repeats. */
	sequence?: FileRoute[];
	/** Streams this many bytes (a PDF header, then filler) in 64 KiB chunks, honouring back-pressure. */
	streamBytes?: number;
	/** Send a Content-Length for streamed bodies (default: chunked). */
	declareLength?: boolean;
	/** Send the headers, then nothing: the client must time out. */
	stall?: boolean;
	/** Redirect to this path (302). */
	redirectTo?: string;
	/**
	 * Hold the answer until this many requests to holding routes are waiting at once, then answer
	 * them all: only a client that downloads that many files at the same time gets any of them.
	 */
	holdUntil?: number;
}

export class FileServer {
	readonly requests: ServedRequest[] = [];
	readonly streams: StreamedResponse[] = [];
	private readonly routes = new Map<string, FileRoute>();
	private readonly hits = new Map<string, number>();
	private readonly open = new Set<ServerResponse>();
	private held: Array<() => void> = [];
	/** The most requests to holding routes that were waiting at the same time. */
	maxHeld = 0;

	private constructor(
		private readonly server: Server,
		readonly baseUrl: string,
	) {}

	static async start(): Promise<FileServer> {
		const holder: { instance?: FileServer } = {};
		const server = createServer((request, response) => holder.instance!.handle(request, response));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		holder.instance = new FileServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
		return holder.instance;
	}

	/** Registers what `path` (without query string) answers. */
	route(path: string, route: FileRoute): string {
		this.routes.set(path, route);
		this.hits.set(path, 0);
		return `${this.baseUrl}${path}`;
	}

	hitsOf(path: string): number {
		return this.hits.get(path) ?? 0;
	}

	reset(): void {
		this.requests.length = 0;
		this.streams.length = 0;
		this.routes.clear();
		this.hits.clear();
		this.held = [];
		this.maxHeld = 0;
	}

	async close(): Promise<void> {
		for (const response of this.open) response.destroy();
		await new Promise((resolve) => this.server.close(resolve));
	}

	private handle(request: IncomingMessage, response: ServerResponse): void {
		this.requests.push({ method: request.method ?? '', url: request.url ?? '' });
		const path = (request.url ?? '/').split('?')[0];
		const registered = this.routes.get(path);
		if (!registered) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('no such file');
			return;
		}
		const hit = this.hits.get(path) ?? 0;
		this.hits.set(path, hit + 1);
		const route = registered.sequence ? registered.sequence[Math.min(hit, registered.sequence.length - 1)] : registered;
		this.open.add(response);
		response.on('close', () => this.open.delete(response));

		if (route.holdUntil !== undefined) {
			const release = () => this.answer(path, response, { ...route, holdUntil: undefined });
			this.held.push(release);
			this.maxHeld = Math.max(this.maxHeld, this.held.length);
			response.on('close', () => (this.held = this.held.filter((waiting) => waiting !== release)));
			if (this.held.length >= route.holdUntil) {
				const released = this.held;
				this.held = [];
				for (const waiting of released) waiting();
			}
			return;
		}
		this.answer(path, response, route);
	}

	private answer(path: string, response: ServerResponse, route: FileRoute): void {
		if (route.redirectTo) {
			response.writeHead(302, { location: route.redirectTo }).end();
			return;
		}
		if (route.stall) {
			response.writeHead(200, { 'content-type': 'application/pdf', ...route.headers });
			response.flushHeaders();
			return;
		}
		if (route.streamBytes !== undefined) {
			this.stream(path, response, route);
			return;
		}
		const body = typeof route.body === 'string' ? Buffer.from(route.body) : (route.body ?? Buffer.alloc(0));
		response.writeHead(route.status ?? 200, { 'content-length': String(body.length), ...route.headers });
		response.end(body);
	}

	private stream(path: string, response: ServerResponse, route: FileRoute): void {
		const total = route.streamBytes!;
		const record: StreamedResponse = { path, bytesSent: 0, closedEarly: false };
		this.streams.push(record);
		response.writeHead(route.status ?? 200, {
			'content-type': 'application/pdf',
			...(route.declareLength ? { 'content-length': String(total) } : {}),
			...route.headers,
		});
		const chunk = Buffer.alloc(64 * 1024, 0x20);
		Buffer.from('%PDF-1.7\n').copy(chunk);
		let first = true;
		const pump = () => {
			while (record.bytesSent < total) {
				if (response.destroyed) return;
				const size = Math.min(chunk.length, total - record.bytesSent);
				const piece = first ? chunk.subarray(0, size) : Buffer.alloc(size, 0x20);
				first = false;
				record.bytesSent += size;
				if (!response.write(piece)) {
					response.once('drain', pump);
					return;
				}
			}
			response.end();
		};
		response.on('close', () => {
			if (record.bytesSent < total || !response.writableFinished) record.closedEarly = !response.writableFinished;
		});
		pump();
	}
}
