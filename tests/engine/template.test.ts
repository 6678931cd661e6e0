import { describe, expect, it } from 'vitest';
import { renderTemplate, templatePlaceholders } from '../../src/engine/template.js';

describe('renderTemplate', () => {
  it('fills bound facts first, then record fields', () => {
    const text = renderTemplate('{{embargo.basis}} covers {{end_user.state}}', { embargo: { basis: 'UNSCR 1718 (2006)' } }, { end_user: { state: 'KP' } });
    expect(text).toBe('UNSCR 1718 (2006) covers KP');
  });

  it('never drops a missing fact silently', () => {
    expect(renderTemplate('end user {{end_user.name}}', {}, {})).toBe('end user (not stated)');
  });

  it('joins lists', () => {
    expect(renderTemplate('missing: {{missing}}', { missing: ['end_user.type', 'transit'] }, {})).toBe('missing: end_user.type, transit');
  });

  it('lists placeholders for lint', () => {
    expect(templatePlaceholders('{{a.b}} and {{ c }}')).toEqual(['a.b', 'c']);
  });
});
