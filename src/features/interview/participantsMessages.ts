import { registerMessages } from '../../app/i18n/i18n';

registerMessages('interview', {
  fr: {
    participants: {
      title: 'Participants',
      noStakeholders: 'Ajoutez les parties prenantes dans la vue d’ensemble pour les cocher ici, ou saisissez un participant ci-dessous.',
      others: 'Autres participants',
      name: 'Autre participant',
      role: 'Fonction',
      add: 'Ajouter',
      remove: 'Retirer {{name}}',
    },
    details: { startTime: 'Heure de début', duration: 'Durée (minutes)', timeInvalid: 'Heure attendue au format HH:MM.', durationInvalid: 'Durée en minutes, entre 0 et 1440.' },
  },
  en: {
    participants: {
      title: 'Participants',
      noStakeholders: 'Add stakeholders on the overview to tick them here, or type a participant below.',
      others: 'Other participants',
      name: 'Other participant',
      role: 'Role',
      add: 'Add',
      remove: 'Remove {{name}}',
    },
    details: { startTime: 'Start time', duration: 'Duration (minutes)', timeInvalid: 'Time expected as HH:MM.', durationInvalid: 'Duration in minutes, between 0 and 1440.' },
  },
});
