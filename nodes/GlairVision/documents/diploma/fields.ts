import type { SectionSpec } from '../spec';

/**
 * An Indonesian diploma (ijazah), as GLAIR reads it: its docs page and the newest Node SDK agree on
 * the nine fields; each holds `value` only in the docs. Keys are English; the answer is flat.
 */
export const DIPLOMA_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'diploma',
		label: 'Diploma (Ijazah)',
		fields: [
			{ key: 'ijazah_number', label: 'Diploma Number (Nomor Ijazah)' },
			{ key: 'institutions', label: 'Institution (Perguruan Tinggi / Sekolah)' },
			{ key: 'student_name', label: 'Name (Nama)' },
			{ key: 'student_number', label: 'Student Number (NIM / NIS)' },
			{ key: 'student_birth_place_date', label: 'Place and Date of Birth (Tempat, Tanggal Lahir)' },
			{ key: 'study_program', label: 'Study Programme (Program Studi)' },
			{ key: 'educational_level', label: 'Level (Jenjang: SMA, D3, S1 ...)' },
			{ key: 'educational_degree', label: 'Degree (Gelar)' },
			{ key: 'graduate_date', label: 'Date of Graduation (Tanggal Lulus)' },
		],
	},
];
