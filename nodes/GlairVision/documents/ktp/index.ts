import type { DocumentSpec } from '../spec';
import { KTP_CHECKS } from './checks';
import { KTP_IMAGES, KTP_SECTIONS } from './fields';

/** Kartu Tanda Penduduk: the national identity card, one side, read flat. */
export const ktp: DocumentSpec = {
	resource: 'ktp',
	displayName: 'KTP (Identity Card)',
	shortName: 'KTP',
	description: 'Read the fields of a KTP (identity card) photo, optionally with its face photo, signature and image quality',
	path: '/ocr/v1/ktp',
	sections: KTP_SECTIONS,
	flat: true,
	// The docs list png/jpg/jpeg only: a PDF or TIFF is refused before upload.
	fileTypes: ['png', 'jpeg'],
	multiPage: false,
	checks: KTP_CHECKS,
	images: KTP_IMAGES,
	quality: {
		path: '/ocr/v1/ktp/qualities',
		// Older answers put the image checks under `condition` instead of `qualities`.
		legacyKey: 'condition',
		reviewFlags: {
			photocopy: 'the picture is a photocopy, not the card itself',
			screen: 'the picture was taken of a screen',
			blur: 'the picture is blurred',
			crop: 'the card is cut off at the edge of the picture',
		},
		otherFlags: ['bright', 'dark', 'flash'],
		textEntries: ['document', 'rotate'],
		// `rotate.fixed_image` is the picture turned upright: image data, never in the JSON.
		imageEntries: [['rotate', 'fixed_image']],
	},
};
