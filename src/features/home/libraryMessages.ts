import { registerMessages, type FeatureMessages } from '../../app/i18n/i18n';

const fr = {
  views: {
    label: 'Missions affichées',
    active: 'En cours',
    archived: 'Archivées',
  },
  search: 'Filtrer la liste',
  searchPlaceholder: 'Client, intitulé, fichier…',
  client: 'Client',
  allClients: 'Tous les clients',
  phase: 'Étape',
  allPhases: 'Toutes les étapes',
  sort: 'Trier par',
  sortBy: {
    lastOpened: 'Dernière ouverture',
    client: 'Client (A → Z)',
    phase: 'Étape de la méthode',
    created: 'Date de création',
  },
  phases: {
    start: 'À démarrer',
    framing: 'Cadrage',
    analysis: 'Analyse',
    plan: 'Plan d’action',
    delivery: 'Livrables',
  },
  created: 'Créée le {{date}}',
  count_one: '{{count}} mission',
  count_other: '{{count}} missions',
  archive: 'Archiver',
  archiveLabel: 'Archiver la mission {{client}}',
  unarchive: 'Désarchiver',
  unarchiveLabel: 'Désarchiver la mission {{client}}',
  archivedToast: 'Mission archivée : elle est rangée sous « Archivées ». Son fichier n’a pas bougé.',
  unarchivedToast: 'Mission remise dans la liste en cours.',
  newFrom: 'Reprendre la structure',
  newFromLabel: 'Nouvelle mission à partir de {{client}}',
  noMatch: {
    title: 'Aucune mission ne correspond',
    text: 'Modifiez la recherche ou les filtres, ou effacez-les pour revoir toutes les missions.',
    clear: 'Effacer les filtres',
  },
  noArchived: {
    title: 'Aucune mission archivée',
    text: 'Archivez une mission terminée pour alléger la liste : elle se range ici, et son fichier reste où il est.',
  },
  allArchived: {
    title: 'Toutes vos missions sont archivées',
    text: 'Démarrez une nouvelle mission, ou retrouvez les anciennes sous « Archivées ».',
  },
};

export const libraryMessages: FeatureMessages<typeof fr> = {
  fr,
  en: {
    views: {
      label: 'Engagements shown',
      active: 'Current',
      archived: 'Archived',
    },
    search: 'Filter the list',
    searchPlaceholder: 'Client, title, file…',
    client: 'Client',
    allClients: 'All clients',
    phase: 'Stage',
    allPhases: 'All stages',
    sort: 'Sort by',
    sortBy: {
      lastOpened: 'Last opened',
      client: 'Client (A → Z)',
      phase: 'Stage of the method',
      created: 'Date created',
    },
    phases: {
      start: 'Not started',
      framing: 'Framing',
      analysis: 'Analysis',
      plan: 'Action plan',
      delivery: 'Deliverables',
    },
    created: 'Created {{date}}',
    count_one: '{{count}} engagement',
    count_other: '{{count}} engagements',
    archive: 'Archive',
    archiveLabel: 'Archive the engagement {{client}}',
    unarchive: 'Unarchive',
    unarchiveLabel: 'Unarchive the engagement {{client}}',
    archivedToast: 'Engagement archived: it is now under “Archived”. Its file has not moved.',
    unarchivedToast: 'Engagement back in the current list.',
    newFrom: 'Reuse its structure',
    newFromLabel: 'New engagement based on {{client}}',
    noMatch: {
      title: 'No engagement matches',
      text: 'Change the search or the filters, or clear them to see every engagement.',
      clear: 'Clear filters',
    },
    noArchived: {
      title: 'No archived engagement',
      text: 'Archive a finished engagement to keep the list short: it moves here, and its file stays where it is.',
    },
    allArchived: {
      title: 'All your engagements are archived',
      text: 'Start a new engagement, or find the earlier ones under “Archived”.',
    },
  },
};

registerMessages('homeLibrary', libraryMessages);
