import { registerMessages } from '../../app/i18n/i18n';

/** Strings of the session details form (added to the `interview` namespace). */
registerMessages('interview', {
  fr: {
    details: {
      summary: 'Informations de l’entretien',
      title: 'Titre',
      titleRequired: 'Le titre est requis.',
      heldOn: 'Date',
      mode: 'Modalité',
      modes: { onsite: 'Sur place', video: 'Visio', phone: 'Téléphone' },
      location: 'Lieu ou lien',
      summaryField: 'Résumé libre',
    },
  },
  en: {
    details: {
      summary: 'Interview details',
      title: 'Title',
      titleRequired: 'A title is required.',
      heldOn: 'Date',
      mode: 'Format',
      modes: { onsite: 'On site', video: 'Video call', phone: 'Phone' },
      location: 'Place or link',
      summaryField: 'Free summary',
    },
  },
});
