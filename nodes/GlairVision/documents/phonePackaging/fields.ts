import type { SectionSpec } from '../spec';

/**
 * The label of a phone's box, as GLAIR reads it (the newest Node SDK; no docs page is on record):
 * the phone's make, model and specification, its serial number and IMEIs. GLAIR sends the IMEIs as a
 * list (two for a dual-SIM phone): one column, joined by ", ". Keys are English; the answer is flat.
 */
export const PHONE_PACKAGING_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'phone_packaging',
		label: 'Phone Box Label',
		fields: [
			{ key: 'brand', label: 'Brand' },
			{ key: 'handphone_type', label: 'Model' },
			{ key: 'handphone_color', label: 'Colour' },
			{ key: 'serial_number', label: 'Serial Number' },
			{ key: 'imei', label: 'IMEI (one per SIM slot)', list: { separator: ', ' } },
			{ key: 'memory', label: 'Memory (RAM)' },
			{ key: 'storage_size', label: 'Storage' },
			{ key: 'processor', label: 'Processor' },
			{ key: 'screen_size', label: 'Screen Size' },
			{ key: 'camera_pixel', label: 'Camera' },
			{ key: 'battery_size', label: 'Battery' },
		],
	},
];
