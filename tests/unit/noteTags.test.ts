import { describe, expect, test } from 'vitest';
import { parseNoteText, suggestTags, tagFromAlias, tagPrefixAt } from '../../src/shared/noteTags';

describe('inline tags', () => {
  test.each([
    ['#besoin', 'need'], ['#need', 'need'], ['#objectif', 'objective'], ['#goal', 'objective'], ['#contrainte', 'constraint'],
    ['#constraint', 'constraint'], ['#budget', 'budget'], ['#delai', 'deadline'], ['#délai', 'deadline'], ['#DÉLAI', 'deadline'],
    ['#deadline', 'deadline'], ['#concurrent', 'competitor'], ['#competitor', 'competitor'], ['#persona', 'persona'], ['#risque', 'risk'],
    ['#risk', 'risk'], ['#idee', 'idea'], ['#idée', 'idea'], ['#idea', 'idea'], ['#decision', 'decision'], ['#décision', 'decision'],
    ['#suite', 'next_step'], ['#next', 'next_step'],
  ])('%s is %s', (alias, tag) => {
    expect(tagFromAlias(alias)).toBe(tag);
  });

  test('recognised tags leave the text; unknown hashtags, e-mail-like and mid-word # stay', () => {
    expect(parseNoteText('Refonte du site #besoin avant l’été #délai')).toEqual({ body: 'Refonte du site avant l’été', tags: ['need', 'deadline'] });
    expect(parseNoteText('Campagne #SoldesHiver sur Instagram #idee')).toEqual({ body: 'Campagne #SoldesHiver sur Instagram', tags: ['idea'] });
    expect(parseNoteText('Voir C#budget et contact@site#risque')).toEqual({ body: 'Voir C#budget et contact@site#risque', tags: [] });
    expect(parseNoteText('Trop cher #budget, à revoir')).toEqual({ body: 'Trop cher, à revoir', tags: ['budget'] });
    expect(parseNoteText('Cible prioritaire : architectes #persona ?')).toEqual({ body: 'Cible prioritaire : architectes ?', tags: ['persona'] });
  });

  test('a note made only of tags keeps its text; tags are de-duplicated in canonical order', () => {
    expect(parseNoteText('#decision')).toEqual({ body: '#decision', tags: ['decision'] });
    expect(parseNoteText('x #risque #need #besoin #risk')).toEqual({ body: 'x', tags: ['need', 'risk'] });
  });

  test('autocompletion offers the UI language first, accents optional', () => {
    expect(suggestTags('de', 'fr').map((s) => s.alias)).toEqual(['délai', 'décision']);
    expect(suggestTags('de', 'en').map((s) => s.alias)).toEqual(['deadline', 'decision']);
    expect(suggestTags('ob', 'en')).toEqual([{ tag: 'objective', alias: 'objective' }]);
    expect(suggestTags('co', 'fr').map((s) => s.tag)).toEqual(['constraint', 'competitor']);
  });

  test('the #partial before the caret is found', () => {
    expect(tagPrefixAt('Salon en mai #dé', 16)).toEqual({ start: 13, prefix: 'dé' });
    expect(tagPrefixAt('#', 1)).toEqual({ start: 0, prefix: '' });
    expect(tagPrefixAt('C#b', 3)).toBeNull();
    expect(tagPrefixAt('#budget fini ', 13)).toBeNull();
  });
});
