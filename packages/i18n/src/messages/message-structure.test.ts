import { describe, expect, it } from 'vitest';
import { messageStructure } from './message-structure';

describe('messageStructure', () => {
  it('finds placeholders at every depth and the forms of each plural', () => {
    const structure = messageStructure(
      '{field} has {count, plural, one {# {kind} item} other {# items}} and {state, select, a {x} other {y}}',
    );
    expect([...structure.placeholders].sort()).toEqual(['count', 'field', 'kind', 'state']);
    expect(structure.pluralForms).toEqual([['one', 'other']]);
  });

  it('ignores literal text and quoted braces', () => {
    expect([...messageStructure("No data '{here}'").placeholders]).toEqual([]);
  });
});
