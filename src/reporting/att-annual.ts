import { CATEGORY_LABELS, SUBCATEGORY_LABELS } from './categories.js';
import { leftOutInTables, stateLabel, type AnnualReport, type LeftOutSource } from './document.js';
import { figure, streamOf, type Form, type PrintedReport } from './form.js';
import type { Direction, Row } from './model.js';
import { leftOutForm, provenance, rowComments } from './common-sections.js';

/**
 * The ATT annual report (Art 13(3)) in the layout of the template: an exports table and an imports
 * table, one row per category (SALW subcategory) and partner state, with number and/or value.
 */
export function printAttAnnual(report: AnnualReport, leftOut: LeftOutSource = leftOutInTables(report)): PrintedReport {
  const state = stateLabel(report, report.reporting_state.code);
  const both = !report.tables.exports.length && !report.tables.imports.length;
  const measureText = { number: 'number of items', value: 'value (USD)', both: 'number of items and value (USD)' }[report.measure];
  const intro = [
    `Annual report of ${state} in accordance with Article 13(3) of the Arms Trade Treaty: exports and imports of conventional arms covered by Article 2(1)(a)-(h), calendar year ${report.year}.`,
    `Basis: ${report.basis} ${report.basis === 'authorized' ? 'exports and imports (licences granted in the year)' : 'exports and imports (shipments made in the year)'}; figures given as ${measureText}.`,
    ...(report.national_definitions?.compiled_by ? [`Compiled by ${report.national_definitions.compiled_by}.`] : []),
    ...(both ? [`Nil report: ${state} did not ${report.basis === 'authorized' ? 'authorize' : 'carry out'} any exports or imports of conventional arms covered by Article 2(1) during calendar year ${report.year}.`] : []),
  ];
  const definitions = report.national_definitions;
  const withheld = definitions?.withheld;
  return {
    title: `ATT annual report ${report.year}: ${state}`,
    intro,
    forms: [table(report, 'exports'), table(report, 'imports'), leftOutForm(report, leftOut)],
    closing: [
      { heading: 'National definitions (Annex 2)', lines: definitions?.definitions.length ? definitions.definitions.map(d => `${d.term}: ${d.definition}`) : ['None given.'] },
      {
        heading: 'Information withheld (Article 13(3))',
        lines: withheld
          ? [`Commercially sensitive information withheld: ${withheld.commercially_sensitive ? 'yes' : 'no'}.`, `National security information withheld: ${withheld.national_security ? 'yes' : 'no'}.`, ...(withheld.note ? [withheld.note] : [])]
          : ['Not stated.'],
      },
      provenance(report),
    ],
  };
}

function table(report: AnnualReport, direction: Direction): Form {
  const partner = direction === 'exports' ? 'Final importing State' : 'Exporting State';
  const measures = report.measure === 'both' ? ['Number of items', 'Value (USD)'] : report.measure === 'number' ? ['Number of items'] : ['Value (USD)'];
  const rows = report.tables[direction].map((row: Row) => [
    `${CATEGORY_LABELS[row.category].code} ${CATEGORY_LABELS[row.category].title}`,
    row.subcategory ? `${SUBCATEGORY_LABELS[row.subcategory].code} ${SUBCATEGORY_LABELS[row.subcategory].title}` : '',
    report.basis === 'authorized' ? 'Authorized' : 'Actual',
    stateLabel(report, row.partner),
    ...(report.measure !== 'value' ? [figure(row.number)] : []),
    ...(report.measure !== 'number' ? [figure(row.value_usd)] : []),
    describe(row),
    rowComments(report, row),
  ]);
  const verb = report.basis === 'authorized' ? 'authorized' : 'actual';
  return {
    name: direction,
    title: `${direction === 'exports' ? 'Exports' : 'Imports'} (${verb}), ${report.year}`,
    columns: ['Category', 'SALW sub-category', 'Authorized or actual', partner, ...measures, 'Description of item', 'Comments on the transfer'],
    rows: streamOf(rows),
    empty: rows.length === 0,
    nil: `Nil report: no ${verb} ${direction} of conventional arms covered by Article 2(1) in ${report.year}.`,
  };
}

/** The row's item descriptions, and how many more there were. */
export function describe(row: Row): string {
  const more = row.more_descriptions ? `; and ${row.more_descriptions} more` : '';
  return `${row.descriptions.join('; ')}${more}`;
}
