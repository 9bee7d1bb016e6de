import { createHash, type Hash } from 'node:crypto';
import { Transform, pipeline, type Readable, type TransformCallback } from 'node:stream';

/**
 * SHA-256 of the bytes a document is read as, computed on the way to the upload: the bytes
 * are hashed as they pass, so a file is never read a second time just to be hashed.
 */

/** A running SHA-256. Feed it one file, or several files in order (the combined case). */
export class StreamingSha256 {
	private readonly hash: Hash = createHash('sha256');
	private hex: string | undefined;

	update(chunk: Uint8Array): void {
		if (this.hex !== undefined) throw new Error('StreamingSha256: bytes arrived after the digest was taken');
		this.hash.update(chunk);
	}

	/** Ends the hash and gives its hex digest; later calls give the same digest. */
	finish(): string {
		this.hex ??= this.hash.digest('hex');
		return this.hex;
	}
}

export interface Sha256TapOptions {
	/**
	 * Finish the hash when this stream ends (default). False when the stream is one of several
	 * files hashed in order: the caller finishes the hash after the last one.
	 */
	finishOnEnd?: boolean;
}

/** A pass-through stream that hashes every chunk going through it, unchanged and uncopied. */
export class Sha256Tap extends Transform {
	constructor(
		readonly sha256: StreamingSha256 = new StreamingSha256(),
		private readonly options: Sha256TapOptions = {},
	) {
		super();
	}

	override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
		this.sha256.update(chunk);
		callback(null, chunk);
	}

	override _flush(callback: TransformCallback): void {
		if (this.options.finishOnEnd !== false) this.sha256.finish();
		callback();
	}
}

/**
 * Hashes `content` as it is consumed. A Buffer is already in memory: it is hashed at once and
 * handed back as it is. A stream comes back piped through a tap; an error on either side
 * destroys both, as `pipeline` does.
 */
export function hashWhileReading(
	content: Readable | Buffer,
	sha256: StreamingSha256 = new StreamingSha256(),
	options: Sha256TapOptions = {},
): Readable | Buffer {
	if (Buffer.isBuffer(content)) {
		sha256.update(content);
		if (options.finishOnEnd !== false) sha256.finish();
		return content;
	}
	const tap = new Sha256Tap(sha256, options);
	pipeline(content, tap, () => {
		// Errors reach the consumer through the tap, which pipeline destroys with them.
	});
	return tap;
}

/** Anything with the UploadSource's `open` (the transport re-opens it for every retry). */
export interface Reopenable {
	open(): Promise<Readable | Buffer>;
}

export type HashedSource<T extends Reopenable> = T & {
	/** The hex SHA-256 of the last read that went to its end; undefined until one did. */
	sha256(): string | undefined;
};

/**
 * Wraps an upload source so each `open()` hashes what it reads. A read cut short (a retry
 * abandoned mid-upload) records nothing; the digest is that of the last complete read.
 */
export function hashedSource<T extends Reopenable>(source: T): HashedSource<T> {
	let latest: string | undefined;
	return {
		...source,
		open: async () => {
			const sha256 = new StreamingSha256();
			const content = hashWhileReading(await source.open(), sha256, { finishOnEnd: false });
			if (Buffer.isBuffer(content)) {
				latest = sha256.finish();
			} else {
				content.once('end', () => {
					latest = sha256.finish();
				});
			}
			return content;
		},
		sha256: () => latest,
	};
}
