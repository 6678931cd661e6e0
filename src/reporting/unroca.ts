import { CATEGORY_LABELS, SUBCATEGORY_LABELS, isSalw } from './categories.js';
import { leftOutInTables, stateLabel, type AnnualReport, type LeftOutSource } from './document.js';
import { figure, streamOf, type Form, type PrintedReport } from './form.js';
import { leftOutForm, provenance, rowComments } from './common-sections.js';
import { describe } from './att-annual.js';
import type { Direction, Row } from './model.js';

/**
 * The UN Register of Conventional Arms forms from the same rows: exports and imports of categories
 * I-VII, and the SALW exports and imports forms by subcategory. The Register counts items, not value.
 * "State of origin (if not exporter)" is the items' `origin_state`, empty when they were made in the exporting state.
 */
export function printUnroca(report: AnnualReport, leftOut: LeftOutSource = leftOutInTables(report)): PrintedReport {
  const state = stateLabel(report, report.reporting_state.code);
  return {
    title: `UN Register of Conventional Arms ${report.year}: ${state}`,
    intro: [
      `Report of ${state} to the United Nations Register of Conventional Arms, calendar year ${report.year}, from ${report.basis === 'actual' ? 'shipments made in the year' : 'licences authorized in the year'}.`,
    ],
    forms: [
      form(report, 'exports', false),
      form(report, 'imports', false),
      form(report, 'exports', true),
      form(report, 'imports', true),
      leftOutForm(report, leftOut),
    ],
    closing: [provenance(report)],
  };
}

function form(report: AnnualReport, direction: Direction, salw: boolean): Form {
  const rows = report.tables[direction].filter((row: Row) => isSalw(row.category) === salw);
  const title = `${salw ? 'Small arms and light weapons: ' : ''}${direction === 'exports' ? 'Exports' : 'Imports'}, ${report.year}`;
  return {
    name: `${salw ? 'salw-' : ''}${direction}`,
    empty: rows.length === 0,
    title,
    columns: [
      salw ? 'Category / sub-category' : 'Category (I-VII)',
      direction === 'exports' ? 'Final importer State(s)' : 'Exporter State(s)',
      'Number of items',
      'State of origin (if not exporter)',
      'Intermediate location(s) (if any)',
      'Description of items',
      'Comments on the transfer',
    ],
    rows: streamOf(rows.map(row => [
      salw && row.subcategory
        ? `${CATEGORY_LABELS[row.category].title} ${SUBCATEGORY_LABELS[row.subcategory].code} ${SUBCATEGORY_LABELS[row.subcategory].title}`
        : `${CATEGORY_LABELS[row.category].code}. ${CATEGORY_LABELS[row.category].title}`,
      stateLabel(report, row.partner),
      figure(row.number),
      row.origin === undefined ? '' : stateLabel(report, row.origin),
      row.intermediate.map(code => stateLabel(report, code)).join(', '),
      describe(row),
      rowComments({ ...report, measure: 'number' }, { ...row, intermediate: [] }, false),
    ])),
    nil: `Nil: no ${direction} ${salw ? 'of small arms and light weapons' : 'in categories I-VII'} in ${report.year}.`,
  };
}
