import { registerMessages, type FeatureMessages } from '../../app/i18n/i18n';

const fr = {
  label: 'Rechercher dans toutes les missions',
  placeholder: 'Une note, un objectif, une action, un persona…',
  results: 'Résultats de la recherche',
  none: 'Aucune mission ne contient « {{query}} ».',
  count_one: '{{count}} résultat',
  count_other: '{{count}} résultats',
  summary_one: '{{count}} mission trouvée',
  summary_other: '{{count}} missions trouvées',
  skipped_one: '{{count}} fichier n’a pas pu être lu (ouvert ailleurs, ancien ou abîmé).',
  skipped_other: '{{count}} fichiers n’ont pas pu être lus (ouverts ailleurs, anciens ou abîmés).',
  openHit: 'Ouvrir {{kind}} dans {{client}}',
};

export const searchMessages: FeatureMessages<typeof fr> = {
  fr,
  en: {
    label: 'Search all engagements',
    placeholder: 'A note, an objective, an action, a persona…',
    results: 'Search results',
    none: 'No engagement contains “{{query}}”.',
    count_one: '{{count}} result',
    count_other: '{{count}} results',
    summary_one: '{{count}} engagement found',
    summary_other: '{{count}} engagements found',
    skipped_one: '{{count}} file could not be read (open elsewhere, old or damaged).',
    skipped_other: '{{count}} files could not be read (open elsewhere, old or damaged).',
    openHit: 'Open {{kind}} in {{client}}',
  },
};

registerMessages('search', searchMessages);
