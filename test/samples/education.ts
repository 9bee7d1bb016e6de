/**
 * The vehicle file owner's diploma and transcript from an invented university: the same name, place
 * and date of birth as her KTP. EVERYTHING HERE IS INVENTED; the answers too (none is on record).
 */
import { diploma } from '../../nodes/GlairVision/documents/diploma';
import { transcript } from '../../nodes/GlairVision/documents/transcript';
import { drawFormPage, formAnswer } from './formPage';
import { OWNER, type PrintedRow } from './vehicleFile';

const UNIVERSITY = 'UNIVERSITAS CONTOH SPESIMEN';

export const DIPLOMA_TITLE = [UNIVERSITY, 'IJAZAH'] as const;
export const DIPLOMA_ROWS: readonly PrintedRow[] = [
	['ijazah_number', 'NOMOR IJAZAH', 'SPX/2012/000123'],
	['institutions', 'PERGURUAN TINGGI', UNIVERSITY],
	['student_name', 'NAMA', OWNER.name],
	['student_number', 'NIM', '0801234567'],
	['student_birth_place_date', 'TEMPAT, TANGGAL LAHIR', 'KOTA CONTOH, 05-08-1990'],
	['study_program', 'PROGRAM STUDI', 'AKUNTANSI'],
	['educational_level', 'JENJANG', 'S1'],
	['educational_degree', 'GELAR', 'SARJANA AKUNTANSI (S.AK.)'],
	['graduate_date', 'TANGGAL LULUS', '28-08-2012'],
];

export const TRANSCRIPT_TITLE = [UNIVERSITY, 'TRANSKRIP AKADEMIK'] as const;
export const TRANSCRIPT_ROWS: readonly PrintedRow[] = [
	['institution', 'PERGURUAN TINGGI', UNIVERSITY],
	['faculty', 'FAKULTAS', 'FAKULTAS EKONOMI'],
	['major', 'PROGRAM STUDI', 'AKUNTANSI'],
	['education_level', 'JENJANG', 'S1'],
	['student_name', 'NAMA', OWNER.name],
	['', 'NIM', '0801234567'],
	['gpa', 'IPK', '3,45'],
];

export const drawDiploma = () => drawFormPage(DIPLOMA_TITLE, DIPLOMA_ROWS);
export const drawTranscript = () => drawFormPage(TRANSCRIPT_TITLE, TRANSCRIPT_ROWS);

export const diplomaAnswer = () => formAnswer(diploma, DIPLOMA_ROWS, drawDiploma().boxes);
export const transcriptAnswer = () => formAnswer(transcript, TRANSCRIPT_ROWS, drawTranscript().boxes);
