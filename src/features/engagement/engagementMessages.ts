import { registerMessages, type FeatureMessages } from '../../app/i18n/i18n';

const fr = {
  nav: {
    label: 'Sections de la mission',
    home: 'Toutes les missions',
    step: 'Étape {{n}}',
  },
  sections: {
    overview: 'Vue d’ensemble',
    interview: 'Entretien',
    objectives: 'Objectifs',
    audit: 'Audit',
    benchmark: 'Benchmark',
    personas: 'Personas',
    plan: 'Plan d’action',
    deliverables: 'Livrables',
  },
  comingSoon: {
    title: '{{section}} : bientôt disponible',
    text: 'Cette section arrive dans une prochaine version d’Orchestre. En attendant, complétez la vue d’ensemble : tout ce que vous y saisissez est enregistré dans le fichier de la mission.',
    action: 'Aller à la vue d’ensemble',
  },
  header: {
    file: 'Fichier',
    close: 'Fermer la mission',
    closing: 'Fermeture…',
  },
  readOnly:
    'Ce fichier est en lecture seule : vous pouvez le consulter, mais vos modifications ne seront pas enregistrées.',
  fileMoved: {
    missing: 'Le fichier de cette mission a été déplacé, renommé ou supprimé pendant qu’elle était ouverte.',
    replaced: 'Un autre fichier a pris la place de celui de cette mission pendant qu’elle était ouverte (une synchronisation ?).',
    text: 'Les modifications ne sont plus enregistrées. Tout ce qui a été enregistré jusqu’ici est encore là : enregistrez-en une copie, puis ouvrez cette copie depuis l’accueil.',
    saveCopy: 'Enregistrer une copie',
    saving: 'Copie en cours…',
    saved: 'Copie enregistrée : {{path}}',
  },
  notOpen: {
    title: 'Cette mission n’est plus ouverte',
    text: 'Elle a pu être fermée depuis une autre fenêtre, ou Orchestre a redémarré. Rouvrez-la depuis l’accueil.',
  },
  unknownSection: 'Section inconnue.',
};

export const engagementMessages: FeatureMessages<typeof fr> = {
  fr,
  en: {
    nav: {
      label: 'Engagement sections',
      home: 'All engagements',
      step: 'Step {{n}}',
    },
    sections: {
      overview: 'Overview',
      interview: 'Interview',
      objectives: 'Objectives',
      audit: 'Audit',
      benchmark: 'Benchmark',
      personas: 'Personas',
      plan: 'Action plan',
      deliverables: 'Deliverables',
    },
    comingSoon: {
      title: '{{section}}: coming soon',
      text: 'This section arrives in a later version of Orchestre. Meanwhile, fill in the overview: everything you type there is saved in the engagement’s file.',
      action: 'Go to the overview',
    },
    header: {
      file: 'File',
      close: 'Close engagement',
      closing: 'Closing…',
    },
    readOnly: 'This file is read-only: you can browse it, but your changes will not be saved.',
    fileMoved: {
      missing: 'This engagement’s file was moved, renamed or deleted while it was open.',
      replaced: 'Another file took the place of this engagement’s file while it was open (a sync?).',
      text: 'Changes are no longer saved. Everything saved so far is still here: save a copy, then open that copy from the home screen.',
      saveCopy: 'Save a copy',
      saving: 'Saving a copy…',
      saved: 'Copy saved: {{path}}',
    },
    notOpen: {
      title: 'This engagement is no longer open',
      text: 'It may have been closed from another window, or Orchestre restarted. Reopen it from the home screen.',
    },
    unknownSection: 'Unknown section.',
  },
};

registerMessages('engagement', engagementMessages);
