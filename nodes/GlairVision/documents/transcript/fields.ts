import type { SectionSpec } from '../spec';

/**
 * An Indonesian academic transcript (transkrip akademik), as GLAIR reads it: its docs page and the
 * newest Node SDK agree on the six fields, the grades themselves are not among them. GLAIR calls the
 * endpoint beta. Keys are English; the answer is flat.
 */
export const TRANSCRIPT_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'transcript',
		label: 'Academic Transcript (Transkrip Akademik)',
		fields: [
			{ key: 'institution', label: 'Institution (Perguruan Tinggi)' },
			{ key: 'faculty', label: 'Faculty (Fakultas)' },
			{ key: 'major', label: 'Major (Program Studi)' },
			{ key: 'education_level', label: 'Level (Jenjang: D3, S1 ...)' },
			{ key: 'student_name', label: 'Name (Nama)' },
			{ key: 'gpa', label: 'Grade Point Average (IPK)' },
		],
	},
];
