import { registerMessages, type FeatureMessages } from '../../app/i18n/i18n';

const fr = {
  title: 'Bienvenue dans Orchestre',
  text: 'Trois façons de commencer. Tout reste sur votre poste : une mission = un fichier .orchestre, rangé dans {{folder}}.',
  demo: {
    title: 'Découvrir la mission d’exemple',
    text: 'Les Ateliers Verdier : une mission complète, de l’entretien aux livrables, pour voir Orchestre à l’œuvre.',
    action: 'Ouvrir l’exemple',
  },
  branding: {
    title: 'Préparer votre profil de marque',
    text: 'Logo, couleurs, polices et mentions légales : vos livrables Word sortiront à vos couleurs.',
    action: 'Créer un profil de marque',
  },
  create: {
    title: 'Créer votre première mission',
    text: 'Seul le nom du client est demandé ; le guide d’entretien, la grille d’audit et les indicateurs sont prêts.',
    action: 'Nouvelle mission',
  },
  dismiss: 'Ne plus afficher',
};

export const onboardingMessages: FeatureMessages<typeof fr> = {
  fr,
  en: {
    title: 'Welcome to Orchestre',
    text: 'Three ways to start. Everything stays on your computer: one engagement = one .orchestre file, kept in {{folder}}.',
    demo: {
      title: 'Explore the sample engagement',
      text: 'Les Ateliers Verdier: a complete engagement, from the interview to the deliverables, to see Orchestre at work.',
      action: 'Open the sample',
    },
    branding: {
      title: 'Set up your branding profile',
      text: 'Logo, colours, fonts and legal notice: your Word deliverables will carry your brand.',
      action: 'Create a branding profile',
    },
    create: {
      title: 'Create your first engagement',
      text: 'Only the client’s name is needed; the interview guide, audit grid and KPIs are ready.',
      action: 'New engagement',
    },
    dismiss: 'Don’t show again',
  },
};

registerMessages('onboarding', onboardingMessages);
