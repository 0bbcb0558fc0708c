import { registerMessages, type FeatureMessages } from '../../app/i18n/i18n';

const fr = {
  legend: 'Point de départ',
  source: 'Partir de',
  standard: 'Modèles standard d’Orchestre',
  previousGroup: 'Une mission précédente',
  previous: '{{client}} — {{title}}',
  guideTemplate: 'Guide d’entretien',
  guideTemplateDefault: 'Guide standard, dans la langue des livrables',
  carryLegend: 'À reprendre de cette mission',
  carry: {
    guide: 'Guide d’entretien (sections et questions)',
    auditGrid: 'Grille d’audit (canaux et critères, sans les notes)',
    kpis: 'Catalogue d’indicateurs (y compris les vôtres)',
    branding: 'Profil de marque des livrables',
  },
  never:
    'Jamais repris : les données du client (notes d’entretien, notes et constats d’audit, objectifs, personas, actions, interlocuteurs, logo). Ce qui n’est pas coché part du modèle standard.',
};

export const startingPointMessages: FeatureMessages<typeof fr> = {
  fr,
  en: {
    legend: 'Starting point',
    source: 'Start from',
    standard: 'Orchestre’s standard templates',
    previousGroup: 'A previous engagement',
    previous: '{{client}} — {{title}}',
    guideTemplate: 'Interview guide',
    guideTemplateDefault: 'Standard guide, in the deliverables language',
    carryLegend: 'Carry over from that engagement',
    carry: {
      guide: 'Interview guide (sections and questions)',
      auditGrid: 'Audit grid (channels and criteria, no scores)',
      kpis: 'KPI catalogue (your own included)',
      branding: 'Deliverables branding profile',
    },
    never:
      'Never carried: the client’s data (interview notes, audit scores and findings, objectives, personas, actions, contacts, logo). Anything unticked starts from the standard template.',
  },
};

registerMessages('startingPoint', startingPointMessages);
