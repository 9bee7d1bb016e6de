import type { INodeProperties } from 'n8n-workflow';

import { GlairVision } from '../../../../../nodes/GlairVision/GlairVision.node';
import { readDescription } from '../../../../../nodes/GlairVision/actions/read/read.description';
import { bpkb } from '../../../../../nodes/GlairVision/documents/bpkb';
import {
	DEFAULTS,
	RANGES,
	SettingsError,
	checkBaseUrl,
	parseConcurrency,
	parseFormat,
	parsePage,
	parseReadSettings,
} from '../../../../../nodes/GlairVision/engine/plan/readSettings';

function settingsWith(options: Record<string, unknown>) {
	return parseReadSettings(bpkb, { binaryPropertyName: 'data', page: 'all', output: 'flattened', options: options as never });
}

function errorOf(run: () => unknown): Error {
	try {
		run();
	} catch (error) {
		return error as Error;
	}
	throw new Error('expected a SettingsError, but nothing was thrown');
}

describe('parsePage', () => {
	it('reads "all", an empty value and no value as all pages', () => {
		expect(parsePage(bpkb, 'all')).toBeUndefined();
		expect(parsePage(bpkb, '')).toBeUndefined();
		expect(parsePage(bpkb, undefined)).toBeUndefined();
		expect(parsePage(bpkb, null)).toBeUndefined();
	});

	it.each([1, 2, 3, 4])('reads the number %i as that page', (page) => {
		expect(parsePage(bpkb, page)).toBe(page);
	});

	it.each(['1', '2', '3', '4'])('reads the string %p as that page number', (page) => {
		expect(parsePage(bpkb, page)).toBe(Number(page));
	});

	it('trims spaces an expression may leave around the page', () => {
		expect(parsePage(bpkb, ' 2 ')).toBe(2);
	});

	it.each([0, 5, 'x', 2.5, '2.5', -1, '02', 'ALL', true])('refuses %p with a message saying what to put', (value) => {
		const error = errorOf(() => parsePage(bpkb, value));
		expect(error).toBeInstanceOf(SettingsError);
		expect(error.message).toMatch(/^Page must be 1, 2, 3, 4 or "all", but it is /);
		expect(error.message).toContain(`"${String(value)}"`);
	});

	it('shortens a very long wrong value in the message', () => {
		const error = errorOf(() => parsePage(bpkb, 'x'.repeat(500)));
		expect(error.message).toContain(`"${'x'.repeat(40)}"`);
		expect(error.message).not.toContain('x'.repeat(41));
	});
});

describe('parseFormat', () => {
	it.each(['flattened', 'nested', 'raw'])('accepts %p', (format) => {
		expect(parseFormat(format)).toBe(format);
	});

	it('refuses anything else', () => {
		expect(() => parseFormat('table')).toThrow(SettingsError);
	});
});

describe('the number options', () => {
	it('have the same range in the editor as in the parser, so only an expression can give a value out of range', () => {
		// Every operation's Options (a Read's, Passive Liveness's Max Spoof Score ...), each option once.
		const collections = new GlairVision().description.properties.filter((property) => property.name === 'options');
		const options = collections.flatMap((collection) => (collection.options ?? []) as Array<{ name: string; type: string; typeOptions?: { minValue?: number; maxValue?: number } }>);
		const numberOptions = [...new Map(options.filter((option) => option.type === 'number').map((option) => [option.name, option])).values()];
		expect(numberOptions.map((option) => option.name).sort()).toEqual(Object.keys(RANGES).sort());
		for (const option of numberOptions) {
			const range = RANGES[option.name as keyof typeof RANGES];
			expect([option.name, option.typeOptions?.minValue, option.typeOptions?.maxValue]).toEqual([option.name, range.min, range.max]);
		}
	});
});

describe('parseReadSettings', () => {
	it('uses the defaults when no options are set', () => {
		const settings = settingsWith({});
		expect(settings.maxFileSizeMb).toBe(DEFAULTS.maxFileSizeMb);
		expect(settings.retry).toEqual({
			maxRetries: DEFAULTS.maxRetries,
			timeoutMs: DEFAULTS.timeoutSeconds * 1000,
			initialDelayMs: DEFAULTS.retryDelaySeconds * 1000,
		});
		expect(settings).toMatchObject({
			binaryPropertyName: 'data',
			page: undefined,
			format: 'flattened',
			includeConfidence: false,
			includeOriginalValue: false,
			includeBinary: true,
			validate: true,
			reviewBelowConfidence: 0,
			reviewOnWarnings: false,
			skipNonDocuments: false,
		});
	});

	it('reads seconds as milliseconds and accepts numbers given as strings', () => {
		const settings = settingsWith({ timeout: '30', retryDelay: 0.25, maxRetries: '0' });
		expect(settings.retry).toEqual({ maxRetries: 0, timeoutMs: 30_000, initialDelayMs: 250 });
	});

	it('treats an empty number option as not set', () => {
		expect(settingsWith({ maxRetries: '' }).retry.maxRetries).toBe(DEFAULTS.maxRetries);
	});

	it('trims the binary field name and refuses an empty one', () => {
		expect(parseReadSettings(bpkb, { binaryPropertyName: ' scan ', page: '3', output: 'raw', options: {} })).toMatchObject({
			binaryPropertyName: 'scan',
			page: 3,
			format: 'raw',
		});
		expect(() => parseReadSettings(bpkb, { binaryPropertyName: '  ', page: 'all', output: 'raw', options: {} })).toThrow(
			/Input Binary Field is empty/,
		);
	});

	it.each([
		['maxRetries', 11, 'Max Retries'],
		['maxRetries', -1, 'Max Retries'],
		['timeout', 0, 'Timeout (Seconds)'],
		['timeout', 'soon', 'Timeout (Seconds)'],
		['retryDelay', -1, 'Retry Delay (Seconds)'],
		['retryDelay', 601, 'Retry Delay (Seconds)'],
		['maxFileSizeMb', 0, 'Max File Size (MB)'],
		['maxFileSizeMb', 5000, 'Max File Size (MB)'],
		['reviewBelowConfidence', 101, 'Review Below Confidence'],
		['reviewBelowConfidence', -5, 'Review Below Confidence'],
	])('refuses %s = %p with a message naming "%s"', (name, value, label) => {
		const error = errorOf(() => settingsWith({ [name]: value }));
		expect(error).toBeInstanceOf(SettingsError);
		expect(error.message).toContain(label);
		expect(error.message).toMatch(/must be a number from \S+ to \S+, but it is "/);
		expect(error.message).toContain(`"${String(value)}"`);
	});

	it('switches the boolean options on only when they are exactly true, and off only when exactly false', () => {
		const settings = settingsWith({
			includeConfidence: true,
			includeOriginalValue: 'true',
			includeBinary: false,
			validate: 0,
			reviewOnWarnings: true,
			skipNonDocuments: true,
		});
		expect(settings).toMatchObject({
			includeConfidence: true,
			includeOriginalValue: false,
			includeBinary: false,
			validate: true,
			reviewOnWarnings: true,
			skipNonDocuments: true,
		});
	});
});

describe('parseConcurrency', () => {
	it('defaults to DEFAULTS.concurrency', () => {
		expect(parseConcurrency({})).toBe(DEFAULTS.concurrency);
	});

	it('rounds a fractional value from an expression', () => {
		expect(parseConcurrency({ concurrency: 2.4 })).toBe(2);
		expect(parseConcurrency({ concurrency: '8' })).toBe(8);
	});

	it.each([0, 33, 'many'])('refuses %p with a message naming Concurrency', (value) => {
		const error = errorOf(() => parseConcurrency({ concurrency: value }));
		expect(error).toBeInstanceOf(SettingsError);
		expect(error.message).toContain('Concurrency must be a number from 1 to 32');
	});
});

describe('checkBaseUrl', () => {
	it('accepts https and returns it as given', () => {
		expect(checkBaseUrl('https://api.vision.glair.ai')).toBe('https://api.vision.glair.ai');
	});

	it('accepts http (a local stand-in)', () => {
		expect(checkBaseUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
	});

	it('accepts a trailing slash and leaves it for the client to join', () => {
		expect(checkBaseUrl('https://api.vision.glair.ai/')).toBe('https://api.vision.glair.ai/');
	});

	it('trims spaces pasted around the URL', () => {
		expect(checkBaseUrl('  https://api.vision.glair.ai \n')).toBe('https://api.vision.glair.ai');
	});

	it.each(['ftp://api.vision.glair.ai', 'api.vision.glair.ai', 'localhost:8080', '', '   ', undefined, null])(
		'refuses %p with a message giving the usual value',
		(value) => {
			const error = errorOf(() => checkBaseUrl(value));
			expect(error).toBeInstanceOf(SettingsError);
			expect(error.message).toMatch(/must start with https:\/\//);
			expect(error.message).toContain('https://api.vision.glair.ai');
		},
	);
});

describe('DEFAULTS and the node description', () => {
	const options = (readDescription(bpkb).find((property) => property.name === 'options')?.options ?? []) as INodeProperties[];
	const defaultOf = (name: string) => {
		const option = options.find((candidate) => candidate.name === name);
		if (!option) throw new Error(`no option "${name}" in read.description.ts`);
		return option.default;
	};

	it.each([
		['concurrency', 'concurrency'],
		['maxRetries', 'maxRetries'],
		['timeoutSeconds', 'timeout'],
		['retryDelaySeconds', 'retryDelay'],
		['maxFileSizeMb', 'maxFileSizeMb'],
	] as const)('DEFAULTS.%s equals the default of the "%s" option', (key, optionName) => {
		expect(defaultOf(optionName)).toBe(DEFAULTS[key]);
	});

	it('covers every DEFAULTS key', () => {
		expect(Object.keys(DEFAULTS).sort()).toEqual(
			['concurrency', 'maxFileSizeMb', 'maxRetries', 'retryDelaySeconds', 'timeoutSeconds'].sort(),
		);
	});

	it('accepts every option default as a setting', () => {
		const settings = settingsWith({
			maxRetries: defaultOf('maxRetries'),
			timeout: defaultOf('timeout'),
			retryDelay: defaultOf('retryDelay'),
			maxFileSizeMb: defaultOf('maxFileSizeMb'),
			reviewBelowConfidence: defaultOf('reviewBelowConfidence'),
		});
		expect(settings.retry.maxRetries).toBe(DEFAULTS.maxRetries);
		expect(parseConcurrency({ concurrency: defaultOf('concurrency') })).toBe(DEFAULTS.concurrency);
	});
});
