import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

function absoluteUrl(target: string | undefined): URL | undefined {
	try {
		return new URL(target ?? '');
	} catch {
		return undefined;
	}
}

export interface TunnelProxy {
	server: Server;
	url: string;
	/** host:port of every CONNECT tunnel (how undici's proxy agent, and any client to an https:// URL, go through). */
	tunnels: string[];
	/** host:port of every request forwarded in absolute form (how http-proxy-agent sends to an http:// URL). */
	forwarded: string[];
	/**
	 * Requests the proxy's HTTP parser refused as malformed, by Node's error code and reason (never the
	 * bytes: they may hold the Authorization header). Each got a 400, as from any Node server.
	 */
	rejected: string[];
	close(): Promise<void>;
}

/**
 * A corporate proxy in miniature: tunnels CONNECT requests and forwards plain ones, and remembers
 * where to. With `forward: false` a plain request gets 405 (a proxy that only tunnels).
 */
export async function startTunnelProxy(options: { forward?: boolean } = {}): Promise<TunnelProxy> {
	const tunnels: string[] = [];
	const forwarded: string[] = [];
	const rejected: string[] = [];
	const tunnelSockets = new Set<Socket>();
	const server = createServer((request, response) => {
		const target = options.forward ? absoluteUrl(request.url) : undefined;
		if (!target) return void response.writeHead(405).end();
		forwarded.push(target.host);
		const upstream = httpRequest(target, { method: request.method, headers: request.headers }, (answer) => {
			response.writeHead(answer.statusCode ?? 502, answer.headers);
			answer.pipe(response);
		});
		upstream.on('error', () => response.destroy());
		response.on('close', () => upstream.destroy());
		request.pipe(upstream);
	});
	server.on('clientError', (error: NodeJS.ErrnoException & { reason?: string }, socket) => {
		rejected.push(`${error.code ?? 'error'}: ${error.reason ?? error.message}`);
		// What Node's server does without this listener: a bare 400, then close.
		if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
		else socket.destroy();
	});
	server.on('connect', (request, clientSocket, head) => {
		tunnels.push(request.url ?? '');
		const [host, port] = (request.url ?? '').split(':');
		tunnelSockets.add(clientSocket as Socket);
		clientSocket.on('close', () => tunnelSockets.delete(clientSocket as Socket));
		const upstream = connect(Number(port), host, () => {
			clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			upstream.write(head);
			upstream.pipe(clientSocket);
			clientSocket.pipe(upstream);
		});
		upstream.on('error', () => clientSocket.destroy());
		clientSocket.on('error', () => upstream.destroy());
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		server,
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		tunnels,
		forwarded,
		rejected,
		close: async () => {
			server.closeAllConnections();
			for (const socket of tunnelSockets) socket.destroy();
			await new Promise((resolve) => server.close(resolve));
		},
	};
}
