/**
 * A throwaway PostgreSQL for queue mode, from Debian's postgresql package: n8n supports queue mode
 * on Postgres only (with one SQLite file shared by a main and workers, n8n itself fails some
 * executions with SQLITE_BUSY before any node runs). Postgres refuses to run as root, so the
 * cluster belongs to the `postgres` system user; it listens on 127.0.0.1 only, with trust auth.
 */
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { freePort, log, runProcess } from './lib';

export interface PostgresDatabase {
	host: string;
	port: number;
	database: string;
	user: string;
	/** postgres://user@host:port/database, what the db scripts take. */
	url: string;
	stop(): Promise<void>;
}

const BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

async function asPostgres(command: string, args: string[]) {
	const result = await runProcess('runuser', ['-u', 'postgres', '--', path.join(BIN, command), ...args], { timeoutMs: 60_000 });
	if (result.code !== 0) throw new Error(`${command} failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
	return result;
}

export async function startPostgres(): Promise<PostgresDatabase> {
	if (!existsSync(path.join(BIN, 'initdb'))) throw new Error(`${BIN}/initdb missing: apt-get install -y postgresql`);
	const dataDir = mkdtempSync(path.join(tmpdir(), 'glair-n8n-pg-'));
	const postgresUid = Number((await runProcess('id', ['-u', 'postgres'])).stdout.trim());
	const postgresGid = Number((await runProcess('id', ['-g', 'postgres'])).stdout.trim());
	chownSync(dataDir, postgresUid, postgresGid);
	const port = await freePort();
	await asPostgres('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
	await asPostgres('pg_ctl', ['-D', dataDir, '-w', '-l', path.join(dataDir, 'server.log'), '-o', `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
	await asPostgres('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-c', 'CREATE DATABASE n8n']);
	log('postgres', `PostgreSQL on 127.0.0.1:${port} (data ${dataDir})`);
	return {
		host: '127.0.0.1',
		port,
		database: 'n8n',
		user: 'postgres',
		url: `postgres://postgres@127.0.0.1:${port}/n8n`,
		stop: async () => {
			await asPostgres('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']).catch(() => undefined);
			rmSync(dataDir, { recursive: true, force: true });
		},
	};
}
