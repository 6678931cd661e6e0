/**
 * A clean rifle export between two fictional States Parties (Aldoria XA to Belmark XB), every fact
 * stated and nothing triggered on the training context: tests change only what they test.
 */
export const CLEAN_EXPORT = {
  id: 'U-1',
  date: '2026-03-14',
  own_use_movement: false,
  exporter: { state: 'XA', name: 'Aldorian Defence Systems' },
  importer: { state: 'XB', name: 'Belmark Ministry of Defence' },
  end_user: { name: 'Belmark Army', state: 'XB', type: 'armed-forces' },
  items: [{ category: 'small-arms', class: 'arm', quantity: 100 }],
  transit: [],
  brokers: [],
  import_authorization: { present: true },
  end_user_certificate: { present: true, issuer: 'government', authenticated: true, non_reexport_clause: true, delivery_verification: true },
  officer: { knowledge_6_3: false },
};
