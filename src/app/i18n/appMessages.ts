import type { FeatureMessages } from './i18n';

const fr = {
  appName: 'Orchestre',
  save: {
    saving: 'Enregistrement…',
    saved: 'Enregistré',
    error: 'Non enregistré',
    idle: 'Enregistrement automatique',
    retry: 'Réessayer',
  },
  lang: {
    label: 'Langue de l’interface',
    fr: 'Français',
    en: 'English',
  },
  common: {
    cancel: 'Annuler',
    close: 'Fermer',
    delete: 'Supprimer',
    edit: 'Modifier',
    add: 'Ajouter',
    create: 'Créer',
    loading: 'Chargement…',
    required: 'obligatoire',
    optional: 'facultatif',
    backHome: 'Retour à l’accueil',
    dismiss: 'Masquer',
  },
  field: {
    moneyInvalid: 'Montant non reconnu : écrivez par exemple 12 500 ou 12 500,50.',
    numberInvalid: 'Nombre non reconnu.',
  },
  errors: {
    unexpected: 'Une erreur inattendue est survenue.',
    closedFileMissing: 'La mission a été fermée : son fichier a disparu (déplacé ou supprimé ?).',
  },
  startup: {
    title: 'Orchestre ne répond pas',
    text: 'L’interface n’arrive pas à joindre le moteur de l’application. Relancez Orchestre ; si le problème persiste, vos fichiers ne sont pas touchés.',
  },
};

export const appMessages: FeatureMessages<typeof fr> = {
  fr,
  en: {
    appName: 'Orchestre',
    save: {
      saving: 'Saving…',
      saved: 'Saved',
      error: 'Not saved',
      idle: 'Saved automatically',
      retry: 'Retry',
    },
    lang: {
      label: 'Interface language',
      fr: 'Français',
      en: 'English',
    },
    common: {
      cancel: 'Cancel',
      close: 'Close',
      delete: 'Delete',
      edit: 'Edit',
      add: 'Add',
      create: 'Create',
      loading: 'Loading…',
      required: 'required',
      optional: 'optional',
      backHome: 'Back to home',
      dismiss: 'Dismiss',
    },
    field: {
      moneyInvalid: 'Amount not recognised: type for example 12 500 or 12 500,50.',
      numberInvalid: 'Number not recognised.',
    },
    errors: {
      unexpected: 'An unexpected error occurred.',
      closedFileMissing: 'The engagement was closed: its file disappeared (moved or deleted?).',
    },
    startup: {
      title: 'Orchestre is not responding',
      text: 'The interface cannot reach the application’s engine. Restart Orchestre; if the problem persists, your files are untouched.',
    },
  },
};
