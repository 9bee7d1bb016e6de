import { skpr } from '../../../../../nodes/GlairVision/documents/skpr';
import { describeCheckTable, fail, pass } from '../../../../helpers/checkTable';

const CONTEXT = { currentYear: 2026, today: { year: 2026, month: 12, day: 1 } };

describeCheckTable(
	skpr,
	[
		pass('id_card_number/identity-number-kind', { id_card_number: '3299994508900001' }, { id_card_number_kind: 'NIK' }),
		pass('id_card_number/identity-number-kind', { id_card_number: 'A1234567' }, { id_card_number_kind: 'other' }), // a passport: said, not warned about
		pass('attorney_in_fact_id_card_number/identity-number-kind', { attorney_in_fact_id_card_number: '32.9999.110785.0003' }, { attorney_in_fact_id_card_number_kind: 'NIK' }),
		pass('attorney_in_fact_id_card_number/identity-number-kind', { attorney_in_fact_id_card_number: '9120001234567' }, { attorney_in_fact_id_card_number_kind: 'NIB' }),
		pass('policy_amount/amount', { policy_amount: 'Rp 425.000' }, { policy_amount_number: 425000 }),
		pass('policy_amount/amount', { policy_amount: '425000' }, { policy_amount_number: 425000 }),
		fail('policy_amount/amount', { policy_amount: 'EMPAT RATUS RIBU' }, /^cannot read "EMPAT RATUS RIBU" as an amount/),
		pass('signing_date/date', { signing_date: '01-03-2026' }, { signing_date_iso: '2026-03-01' }),
		pass('signing_date/date', { signing_date: '1 Maret 2026' }, { signing_date_iso: '2026-03-01' }),
		fail('signing_date/date', { signing_date: '30-02-2026' }, /is not a real date/),
	],
	CONTEXT,
	['id_card_number/identity-number-kind', 'attorney_in_fact_id_card_number/identity-number-kind'],
);
