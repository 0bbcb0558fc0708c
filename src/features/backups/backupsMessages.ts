import { registerMessages } from '../../app/i18n/i18n';

registerMessages('backups', {
  fr: {
    open: 'Sauvegardes…',
    title: 'Restaurer une sauvegarde',
    description:
      'Orchestre sauvegarde chaque mission à l’ouverture et toutes les 10 minutes pendant que vous travaillez, dans son dossier de données (pas à côté de vos fichiers). Une restauration crée un nouveau fichier : l’original n’est jamais remplacé.',
    engagements: 'Missions sauvegardées',
    none: 'Aucune sauvegarde pour l’instant. Elles apparaissent dès qu’une mission a été ouverte.',
    chooseEngagement: 'Choisissez une mission pour voir ses sauvegardes.',
    copies_one: '{{count}} sauvegarde, {{when}}',
    copies_other: '{{count}} sauvegardes, la dernière {{when}}',
    unnamed: 'Mission sans nom',
    columns: { date: 'Date', reason: 'Origine', content: 'Contenu', size: 'Taille' },
    reason: {
      ouverture: 'À l’ouverture',
      auto: 'Automatique',
      manuelle: 'Manuelle',
      'avant-migration': 'Avant mise à jour',
    },
    content: '{{notes}} notes, {{objectives}} objectifs, {{actions}} actions',
    unreadable: 'Copie illisible',
    restore: 'Restaurer',
    restoreLabel: 'Restaurer la sauvegarde du {{date}}',
    restored: 'Sauvegarde restaurée dans un nouveau fichier : {{path}}',
  },
  en: {
    open: 'Backups…',
    title: 'Restore a backup',
    description:
      'Orchestre backs up each engagement when it opens and every 10 minutes while you work, in its data folder (not beside your files). Restoring creates a new file: the original is never replaced.',
    engagements: 'Backed-up engagements',
    none: 'No backup yet. They appear once an engagement has been opened.',
    chooseEngagement: 'Choose an engagement to see its backups.',
    copies_one: '{{count}} backup, {{when}}',
    copies_other: '{{count}} backups, latest {{when}}',
    unnamed: 'Unnamed engagement',
    columns: { date: 'Date', reason: 'Origin', content: 'Content', size: 'Size' },
    reason: {
      ouverture: 'On open',
      auto: 'Automatic',
      manuelle: 'Manual',
      'avant-migration': 'Before update',
    },
    content: '{{notes}} notes, {{objectives}} objectives, {{actions}} actions',
    unreadable: 'Unreadable copy',
    restore: 'Restore',
    restoreLabel: 'Restore the backup of {{date}}',
    restored: 'Backup restored into a new file: {{path}}',
  },
});
