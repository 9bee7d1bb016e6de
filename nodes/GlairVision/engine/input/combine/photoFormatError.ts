/**
 * What is wrong with one photo's bytes, worded so that it can follow the file's name
 * ("x.jpg" is a JPEG that is cut short ...). The kind decides what the user is told to do:
 * a damaged file is sent again whole; an unsupported one is saved in another format.
 */
export type PhotoProblem = 'damaged' | 'unsupported';

export class PhotoFormatError extends Error {
	constructor(
		readonly problem: PhotoProblem,
		message: string,
	) {
		super(message);
		this.name = 'PhotoFormatError';
	}
}

export const damaged = (message: string) => new PhotoFormatError('damaged', message);
export const unsupported = (message: string) => new PhotoFormatError('unsupported', message);
