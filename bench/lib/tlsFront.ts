/**
 * The sandbox behind TLS, for the HTTPS_PROXY row: GLAIR's real API is https, and a client picks
 * HTTPS_PROXY (not HTTP_PROXY) for an https:// URL. The front is addressed by a host name, as GLAIR
 * is (`localhost`: through an HTTPS proxy, n8n's https-proxy-agent sends no server name for an IP
 * address and Node then checks the certificate against "localhost"). The certificate is
 * self-signed, made at run time with openssl (no key is committed); the client process trusts it
 * through NODE_EXTRA_CA_CERTS, so no certificate check is turned off anywhere.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { createServer } from 'node:tls';

export interface Certificate {
	keyPath: string;
	certificatePath: string;
}

/** A one-day self-signed certificate for localhost in `dir`, or why there is none (no openssl). */
export function makeLoopbackCertificate(dir: string): Certificate | string {
	const keyPath = join(dir, 'loopback-key.pem');
	const certificatePath = join(dir, 'loopback-cert.pem');
	try {
		execFileSync(
			'openssl',
			['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certificatePath, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost'],
			{ stdio: 'ignore' },
		);
		return { keyPath, certificatePath };
	} catch (error) {
		return `openssl could not make a certificate (${(error as Error).message.split('\n')[0]})`;
	}
}

/** Terminates TLS on a loopback port and passes the bytes on to `target` (the plain-HTTP sandbox). */
export async function startTlsFront(target: URL, certificate: Certificate): Promise<{ baseUrl: string; close(): Promise<void> }> {
	const sockets = new Set<Socket>();
	const server = createServer({ key: readFileSync(certificate.keyPath), cert: readFileSync(certificate.certificatePath) }, (secure) => {
		const plain = connect(Number(target.port), target.hostname);
		for (const socket of [secure, plain]) {
			sockets.add(socket);
			socket.on('close', () => sockets.delete(socket));
		}
		secure.pipe(plain).pipe(secure);
		secure.on('error', () => plain.destroy());
		plain.on('error', () => secure.destroy());
		secure.on('close', () => plain.destroy());
		plain.on('close', () => secure.destroy());
	});
	await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
	return {
		baseUrl: `https://localhost:${(server.address() as AddressInfo).port}`,
		close: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise((resolve) => server.close(resolve));
		},
	};
}
