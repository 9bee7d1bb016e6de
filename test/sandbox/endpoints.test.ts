import { DOCUMENT_SPECS } from '../../nodes/GlairVision/documents/registry';
import { allFields } from '../../nodes/GlairVision/documents/fieldList';
import { ktp } from '../../nodes/GlairVision/documents/ktp';
import { stnk } from '../../nodes/GlairVision/documents/stnk';
import { SANDBOX_DOCUMENTS } from './documents';
import vendorSampleAnswer from './fixtures/bpkb-sample-response.json';
import ktpAnswer from './fixtures/ktp-sample-response.json';
import stnkAnswer from './fixtures/stnk-sample-response.json';
import { GlairSandbox } from './server';
import { authHeaders, postTo, readJson, sample } from './testClient';

/** Every registered document's endpoint, each with its own samples, spellings and access. */

let sandbox: GlairSandbox;
beforeAll(async () => {
	sandbox = await GlairSandbox.start({ limitedApiKeys: { 'bpkb-only-key': ['/ocr/v1/bpkb'], 'ktp-only-key': ['/ocr/v1/ktp'] } });
});
afterEach(() => {
	sandbox.reset();
	sandbox.setOptions({ spelling: 'newest' });
});
afterAll(() => sandbox.close());

const png = (fileName: string) => ({ file: sample(fileName), fileName, contentType: 'image/png' });
/** Each document's first sample in the sandbox's table. */
const sampleOf = (resource: string) => SANDBOX_DOCUMENTS[resource].samples[0].fileName;
/** The fixture as the sandbox sends it: the note saying it is invented stays in the file. */
const withoutNote = (fixture: Record<string, unknown>) => Object.fromEntries(Object.entries(fixture).filter(([key]) => key !== '_invented'));

describe('one endpoint per registered document', () => {
	it.each(DOCUMENT_SPECS.map((spec) => [spec.path, spec.resource]))('%s reads the %s sample', async (path, resource) => {
		const fileName = sampleOf(resource);
		const response = await postTo(sandbox, path, { file: sample(fileName), fileName, contentType: fileName.endsWith('.pdf') ? 'application/pdf' : 'image/png' });
		expect(response.status).toBe(200);
		expect(await readJson(response)).toMatchObject({ status: 'SUCCESS', reason: 'File Successfully Read' });
	});

	it.each([
		[stnk.path, 'stnk-sample.png', stnkAnswer],
		[ktp.path, 'ktp-sample.png', ktpAnswer],
	])('%s answers its sample with the invented fixture, as is (the note left out)', async (path, fileName, fixture) => {
		const response = await postTo(sandbox, path, png(fileName));
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual(withoutNote(fixture as Record<string, unknown>));
	});

	it('reads another document\'s sample as nothing: a KTP sent to Read STNK is "Some fields are invalid"', async () => {
		const body = await readJson(await postTo(sandbox, stnk.path, png('ktp-sample.png')));
		expect(body.reason).toBe('File successfully read. Some fields are invalid.');
		expect(Object.keys(body.read)).toEqual(['halaman_stnk', 'halaman_pajak_tahunan']);
		for (const section of stnk.sections) expect(Object.keys(body.read[section.key])).toEqual(section.fields.map((field) => field.key));
		expect(Object.values(body.read.halaman_stnk).every((field) => (field as { value: string }).value === '')).toBe(true);
	});

	it('answers a flat KTP with every field empty for a picture that is not one', async () => {
		const body = await readJson(await postTo(sandbox, ktp.path, png('not-a-bpkb.png')));
		expect(body.reason).toBe('File successfully read. Some fields are invalid.');
		expect(Object.keys(body.read)).toEqual(allFields(ktp).map((field) => field.key));
	});

	it('answers 415 to a PDF on Read KTP, whose docs list only png and jpeg', async () => {
		const response = await postTo(sandbox, ktp.path, { file: sample('bpkb-sample.pdf'), fileName: 'card.pdf', contentType: 'application/pdf' });
		expect(response.status).toBe(415);
		expect((await readJson(response)).status).toBe('FILE_INVALID_FORMAT');
	});

	it('ignores a page part on a document without pages', async () => {
		const response = await postTo(sandbox, stnk.path, { ...png('stnk-sample.png'), page: '7' });
		expect(response.status).toBe(200);
		expect((await readJson(response)).reason).toBe('File Successfully Read');
	});

	it.each(DOCUMENT_SPECS.map((spec) => [spec.path]))('%s answers 400 NO_FILE without a file, and its scripted faults', async (path) => {
		const noFile = await postTo(sandbox, path, {});
		expect([noFile.status, (await readJson(noFile)).status]).toEqual([400, 'NO_FILE']);
		sandbox.script('*', [{ kind: 'http', status: 503 }, { kind: 'envelope', status: 'FAILED' }, { kind: 'html' }]);
		expect((await postTo(sandbox, path, png('signature.gif'))).status).toBe(503);
		const failed = await postTo(sandbox, path, png('signature.gif'));
		expect([failed.status, (await readJson(failed)).status]).toEqual([200, 'FAILED']);
		const html = await postTo(sandbox, path, png('signature.gif'));
		expect([html.status, html.headers.get('content-type')]).toEqual([502, 'text/html']);
	});

	it('a scripted SUCCESS on an endpoint is that document\'s sample answer', async () => {
		sandbox.script('*', [{ kind: 'envelope', status: 'SUCCESS' }, { kind: 'envelope', status: 'SUCCESS' }]);
		expect((await readJson(await postTo(sandbox, stnk.path, png('not-a-bpkb.png')))).read).toEqual(stnkAnswer.read);
		expect((await readJson(await postTo(sandbox, '/ocr/v1/bpkb', png('not-a-bpkb.png')))).read).toEqual(vendorSampleAnswer.read);
	});

	it('a scripted malformed answer keeps the document\'s shape: bare-string-field on a flat KTP', async () => {
		sandbox.script('*', [{ kind: 'malformed', variant: 'bare-string-field' }]);
		const body = await readJson(await postTo(sandbox, ktp.path, png('ktp-sample.png')));
		const [first] = Object.keys(ktpAnswer.read);
		expect(body.read[first]).toBe((ktpAnswer.read as Record<string, { value: string }>)[first].value);
	});
});

describe('the KTP quality endpoint', () => {
	it('answers the reading plus the picture\'s grades: a clean card photo has no flag raised', async () => {
		const body = await readJson(await postTo(sandbox, '/ocr/v1/ktp/qualities', png('ktp-sample.png')));
		expect(body.read).toEqual(ktpAnswer.read);
		const qualities = body.qualities as Record<string, { value: unknown; fixed_image?: string }>;
		expect(Object.keys(qualities).sort()).toEqual(['blur', 'bright', 'crop', 'dark', 'document', 'flash', 'photocopy', 'rotate', 'screen']);
		for (const flag of ['blur', 'bright', 'crop', 'dark', 'flash', 'photocopy', 'screen']) {
			expect(qualities[flag]).toEqual({ value: false, confidence: expect.any(Number), [`confidence_${flag}`]: expect.any(Number) });
		}
		expect(qualities.document.value).toBe('KTP');
		expect(Buffer.from(qualities.rotate.fixed_image!, 'base64').equals(sample('ktp-sample.png'))).toBe(true);
	});

	it('grades the photocopy sample as a photocopy', async () => {
		const body = await readJson(await postTo(sandbox, '/ocr/v1/ktp/qualities', png('ktp-photocopy.png')));
		expect((body.qualities as Record<string, { value: unknown }>).photocopy.value).toBe(true);
		expect((body.qualities as Record<string, { value: unknown }>).screen.value).toBe(false);
	});

	it('the plain KTP endpoint sends no grades', async () => {
		const body = await readJson(await postTo(sandbox, ktp.path, png('ktp-photocopy.png')));
		expect(body.qualities).toBeUndefined();
		expect(body.read).toEqual(ktpAnswer.read);
	});
});

describe('the older spelling, on demand', () => {
	beforeEach(() => sandbox.setOptions({ spelling: 'legacy' }));

	it('STNK: flat, camelCase, bare strings, isi_sillinder', async () => {
		const body = await readJson(await postTo(sandbox, stnk.path, png('stnk-sample.png')));
		const registration = stnkAnswer.read.halaman_stnk as Record<string, { value: string }>;
		expect(body.read).toMatchObject({ nomorRegistrasi: registration.nomor_registrasi.value, isi_sillinder: registration.isi_silinder.value, berlakuSampai: registration.berlaku_sampai.value });
		expect(Object.keys(body.read)).toHaveLength(Object.keys(registration).length);
		expect(body.read.halamanPajakTahunan).toBeUndefined();
	});

	it('KTP: camelCase keys, images under a top-level images {photo, sign}, grades under condition', async () => {
		const body = await readJson(await postTo(sandbox, '/ocr/v1/ktp/qualities', png('ktp-photocopy.png')));
		const read = ktpAnswer.read as Record<string, { value: string }>;
		expect(body.read).toMatchObject({ tanggalLahir: read.tanggal_lahir.value, rtRw: read.rt_rw.value, kotaKabupaten: read.kota_kabupaten.value, nik: read.nik.value });
		expect(body.read.foto).toBeUndefined();
		expect(body.images).toEqual({ photo: read.foto.value, sign: read.tanda_tangan.value });
		expect(body.qualities).toBeUndefined();
		expect((body.condition as Record<string, { value: unknown }>).photocopy.value).toBe(true);
	});

	it('BPKB: camelCase sections and keys, bare strings', async () => {
		const body = await readJson(await postTo(sandbox, '/ocr/v1/bpkb', { file: sample('bpkb-sample.pdf'), fileName: 'b.pdf', contentType: 'application/pdf' }));
		expect(body.read.identitasKendaraan.nomorRangka).toBe(vendorSampleAnswer.read.identitas_kendaraan.nomor_rangka.value);
	});
});

describe('an account enabled for some products only', () => {
	it.each([
		['bpkb-only-key', '/ocr/v1/bpkb', [stnk.path, ktp.path, '/ocr/v1/ktp/qualities']],
		['ktp-only-key', ktp.path, ['/ocr/v1/bpkb', stnk.path, '/ocr/v1/ktp/qualities']],
	])('%s reads on %s and gets the gateway\'s 403 elsewhere', async (apiKey, allowed, refused) => {
		const headers = authHeaders({ ...sandbox.credentials, apiKey });
		const ok = await postTo(sandbox, allowed, { headers });
		expect(ok.status).toBe(400);
		for (const path of refused) {
			const response = await postTo(sandbox, path, { headers });
			expect([path, response.status, await response.json()]).toEqual([path, 403, { error: 'Access to this API has been disallowed' }]);
		}
		const wrongPassword = await postTo(sandbox, allowed, { headers: authHeaders({ ...sandbox.credentials, apiKey, password: 'nope' }) });
		expect(wrongPassword.status).toBe(401);
	});
});
