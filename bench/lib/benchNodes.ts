/**
 * Two bench-only node types:
 * - File Source: stands where "Read Files from Disk" or an email trigger would; puts each file
 *   into n8n's binary store (filesystem mode) as a real entry (file + metadata), but copies the
 *   bytes with the kernel (fs.copyFile) instead of streaming them through this process, so that
 *   loading a 100 MB file leaves no freed-but-resident memory behind to hide what the measured
 *   node then uses.
 * - Mark: passes items through and, just before the measured node starts, opens the peak-RSS
 *   window (GC, baseline, reset of the high-water mark).
 */
import { copyFile, stat, writeFile } from 'node:fs/promises';

import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { handOver, takeHandedOver } from '../../test/helpers/fixtureRegistry';
import { startPeakWindow } from './memory';

export const FILE_SOURCE_TYPE = 'glairBench.fileSource';
export const MARK_TYPE = 'glairBench.mark';

export interface SourceFile {
	path: string;
	fileName: string;
	mimeType: string;
	/** Files with the same item number are one item (an email with several attachments); default: one item each. */
	item?: number;
	/** The binary field on that item (default `data`). */
	field?: string;
}

export function registerFiles(files: SourceFile[]): string {
	return handOver(files);
}

export class FileSource implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bench File Source',
		name: 'fileSource',
		group: ['input'],
		version: 1,
		description: 'Streams files from disk into the binary store',
		defaults: { name: 'Bench File Source' },
		inputs: [],
		outputs: ['main'],
		properties: [{ displayName: 'Key', name: 'key', type: 'string', default: '' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const key = this.getNodeParameter('key', 0) as string;
		const files = takeHandedOver<SourceFile[]>(key);
		const items: INodeExecutionData[] = [];
		const byItem = new Map<number, INodeExecutionData>();
		const store = Container.get(BinaryDataService);
		const sizes = new Map<string, number>();
		for (const file of files) {
			// An empty entry made the normal way, then its bytes and metadata replaced in place.
			const data = await this.helpers.prepareBinaryData(Buffer.alloc(0), file.fileName, file.mimeType);
			const path = store.getPath(data.id!);
			await copyFile(file.path, path);
			let size = sizes.get(file.path);
			if (size === undefined) sizes.set(file.path, (size = (await stat(file.path)).size));
			await writeFile(`${path}.metadata`, JSON.stringify({ fileName: data.fileName, mimeType: data.mimeType, fileSize: size }));
			data.bytes = size;
			data.fileSize = `${(size / 1024).toFixed(1)} kB`;
			const existing = file.item === undefined ? undefined : byItem.get(file.item);
			if (existing) {
				existing.binary![file.field ?? 'data'] = data;
				continue;
			}
			const item: INodeExecutionData = { json: { fileName: file.fileName }, binary: { [file.field ?? 'data']: data } };
			if (file.item !== undefined) byItem.set(file.item, item);
			items.push(item);
		}
		return [items];
	}
}

export interface MarkRecord {
	baselineMiB: number;
	at: number;
}

let lastMark: MarkRecord | undefined;
let markHook: (() => void) | undefined;

/** Called by Mark right after the baseline: e.g. bench/profile.ts starts the CPU profiler there. */
export function setMarkHook(hook: (() => void) | undefined): void {
	markHook = hook;
}

export function takeMark(): MarkRecord | undefined {
	const mark = lastMark;
	lastMark = undefined;
	return mark;
}

export class Mark implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bench Mark',
		name: 'mark',
		group: ['transform'],
		version: 1,
		description: 'Opens the peak-RSS window for the next node',
		defaults: { name: 'Bench Mark' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const { baselineMiB } = startPeakWindow();
		lastMark = { baselineMiB, at: performance.now() };
		markHook?.();
		return [items];
	}
}
