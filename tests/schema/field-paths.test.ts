import { describe, expect, it } from 'vitest';
import { RECORD_FIELD_PATHS, ELEMENT_FIELD_PATHS, cellKind, csvHeaderExamples, fieldValues } from '../../src/schema/index.js';
import { RECORD_SHAPE } from '../../src/schema/record-shape.js';
import { deriveRecordShape } from '../../src/schema/schemas.js';

describe('the record shape table', () => {
  it('is what the zod record schema says (regenerate with `npm run gen:record-shape` after changing record.ts)', () => {
    expect(RECORD_SHAPE).toEqual(deriveRecordShape());
  });

  it('lists the fields a criterion may read, inside objects and list elements', () => {
    expect(RECORD_FIELD_PATHS).toContain('end_user.type');
    expect(RECORD_FIELD_PATHS).toContain('end_user_certificate.present');
    expect(RECORD_FIELD_PATHS).not.toContain('items.category');
    expect(ELEMENT_FIELD_PATHS.items).toContain('category');
    expect(ELEMENT_FIELD_PATHS.transit).toContain('state');
  });

  it('gives the values of an enum or a boolean, and nothing for open text', () => {
    expect(fieldValues('activity')).toContain('trans-shipment');
    expect(fieldValues('category', 'items')).toContain('small-arms');
    expect(fieldValues('own_use_movement')).toEqual([true, false]);
    expect(fieldValues('id')).toBeUndefined();
    expect(fieldValues('no_such_field')).toBeUndefined();
  });

  it('reads CSV cells by the kind of their field', () => {
    expect(cellKind(['items', 0, 'quantity'])).toBe('number');
    expect(cellKind(['own_use_movement'])).toBe('boolean');
    expect(cellKind(['transit'])).toBe('object-list');
    expect(cellKind(['end_user'])).toBeUndefined();
    expect(cellKind(['end_user', 'name'])).toBe('string');
    expect(cellKind(['nothing'])).toBeUndefined();
    expect(csvHeaderExamples()).toContain('items[0].category');
  });
});
