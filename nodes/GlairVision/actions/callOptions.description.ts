import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { ktp } from '../documents/ktp';
import { readOptions } from './read/options.description';

/**
 * The Options of an operation that makes one GLAIR call per item (faces, identity, sessions): the
 * Read options that mean something for a call, named and working as they do for Read, and the
 * operation's own. Sorted as n8n lists them.
 */

const CALL_OPTIONS = ['concurrency', 'errorOutputs', 'maxRetries', 'retryDelay', 'timeout'];
/** Where the call uploads pictures from the item, the options about those files. */
const FILE_OPTIONS = ['includeBinary', 'maxFileSizeMb'];

export function callOptions(displayOptions: IDisplayOptions, { withFiles, extra = [] }: { withFiles: boolean; extra?: INodeProperties[] }): INodeProperties {
	const read = readOptions(ktp);
	const names = new Set([...CALL_OPTIONS, ...(withFiles ? FILE_OPTIONS : [])]);
	const known = (read.options as INodeProperties[]).filter((option) => names.has(option.name) && !extra.some((own) => own.name === option.name));
	const options = [...known, ...extra].map((option) =>
		option.name === 'includeBinary' ? { ...option, description: "Whether to pass the input item's files (the pictures) on with each output item" } : option,
	);
	return { ...read, displayOptions, options: options.sort((a, b) => a.displayName.localeCompare(b.displayName)) };
}

/** A Read option (by name) as it is, for an operation that shapes a reading like Read does. */
export function readOption(name: string): INodeProperties {
	const option = (readOptions(ktp).options as INodeProperties[]).find((candidate) => candidate.name === name);
	if (!option) throw new Error(`Read has no option "${name}"`);
	return option;
}

/** Where an item's picture is: a binary field's name, shown for the given operations. */
export function binaryFieldParameter(
	name: string,
	displayName: string,
	defaultValue: string,
	description: string,
	displayOptions: IDisplayOptions,
	hint?: string,
): INodeProperties {
	return { displayName, name, type: 'string', default: defaultValue, required: true, placeholder: `e.g. ${defaultValue}`, description, displayOptions, ...(hint ? { hint } : {}) };
}
