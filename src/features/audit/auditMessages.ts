import { registerMessages, type FeatureMessages } from '../../app/i18n/i18n';

const fr = {
  eyebrow: 'Étape 3 · Audit',
  title: 'Audit de présence digitale',
  description: 'Notez chaque canal de 0 à 5, preuves à l’appui, puis tirez-en points forts, axes d’amélioration et recommandations.',
  tabs: { grid: 'Grille d’audit', synthesis: 'Synthèse', swot: 'SWOT' },
  channels: { label: 'Canaux', add: 'Ajouter un canal', addPlaceholder: 'Nom du canal, puis Entrée', disabled: 'désactivé', notScored: 'non noté', enabled: 'Canal audité', summary: 'Synthèse du canal', name: 'Nom du canal', moveUp: 'Monter', moveDown: 'Descendre', delete: 'Supprimer le canal' },
  criteria: { title: 'Critères', score: 'Note', none: '—', na: 'N/A', evidence: 'Constat', url: 'Lien', figures: 'Chiffres', add: 'Nouveau critère, puis Entrée', delete: 'Supprimer le critère', details: 'Preuves' },
  findings: { strength: 'Points forts', improvement: 'Axes d’amélioration', addStrength: 'Nouveau point fort, puis Entrée', addImprovement: 'Nouvel axe d’amélioration, puis Entrée', delete: 'Supprimer', empty: 'Rien pour l’instant.' },
  recs: {
    title: 'Recommandations', text: 'Recommandation', add: 'Nouvelle recommandation, puis Entrée', impact: 'Impact', effort: 'Effort', priority: 'Priorité', owner: 'Porteur suggéré', detail: 'Détail',
    toAction: 'Créer l’action', inPlan: 'Dans le plan : {{label}}', created: 'Action « {{label}} » ajoutée au plan d’action (brouillon).', delete: 'Supprimer', empty: 'Aucune recommandation sur ce canal.',
  },
  levels: { 1: 'Faible', 2: 'Moyen', 3: 'Fort' },
  priorities: { high: 'Haute', medium: 'Moyenne', low: 'Basse' },
  metrics: { title: 'Chiffres clés', label: 'Indicateur', value: 'Valeur', unit: 'Unité', readOn: 'Relevé le', add: 'Nouvel indicateur (audience, taux d’engagement…), puis Entrée', delete: 'Supprimer' },
  images: { title: 'Captures d’écran', drop: 'Collez (Ctrl+V), déposez ou choisissez une capture d’écran', caption: 'Légende', delete: 'Retirer la capture', alt: 'Capture : {{caption}}' },
  chart: { title: 'Notes par canal', caption: 'Note moyenne sur 5 par canal audité', channel: 'Canal', score: 'Note /5', empty: 'Notez au moins un critère pour voir le graphique.', client: 'Client' },
  matrix: { title: 'Matrice impact / effort', caption: 'Recommandations par impact et effort', quickWins: 'Gains rapides', bigBets: 'Projets structurants', fillIns: 'Compléments', avoid: 'À reconsidérer', empty: 'Ajoutez des recommandations dans la grille pour les placer ici.' },
  swot: { strength: 'Forces', weakness: 'Faiblesses', opportunity: 'Opportunités', threat: 'Menaces', add: 'Ajouter, puis Entrée', fromAudit: 'issu de l’audit', hide: 'Masquer', show: 'Afficher', delete: 'Supprimer', hint: 'Forces et faiblesses viennent des points forts et axes d’amélioration de l’audit ; ajoutez opportunités et menaces.' },
  synthesisEmpty: {
    title: 'Rien à synthétiser pour l’instant',
    text: 'La synthèse met en regard les notes de chaque canal (radar ou barres, avec leur tableau) et place vos recommandations dans la matrice impact / effort. Notez les critères d’un premier canal dans la grille d’audit.',
    action: 'Noter dans la grille d’audit',
  },
  empty: { title: 'Aucun canal à auditer', body: 'Ajoutez un premier canal (site web, réseaux sociaux…) pour commencer l’audit.' },
};

export const auditMessages: FeatureMessages<typeof fr> = {
  fr,
  en: {
    eyebrow: 'Step 3 · Audit',
    title: 'Digital presence audit',
    description: 'Score each channel from 0 to 5 with evidence, then draw strengths, improvements and recommendations from it.',
    tabs: { grid: 'Audit grid', synthesis: 'Summary', swot: 'SWOT' },
    channels: { label: 'Channels', add: 'Add a channel', addPlaceholder: 'Channel name, then Enter', disabled: 'disabled', notScored: 'not scored', enabled: 'Channel audited', summary: 'Channel summary', name: 'Channel name', moveUp: 'Move up', moveDown: 'Move down', delete: 'Delete channel' },
    criteria: { title: 'Criteria', score: 'Score', none: '—', na: 'N/A', evidence: 'Finding', url: 'Link', figures: 'Figures', add: 'New criterion, then Enter', delete: 'Delete criterion', details: 'Evidence' },
    findings: { strength: 'Strengths', improvement: 'Areas for improvement', addStrength: 'New strength, then Enter', addImprovement: 'New area for improvement, then Enter', delete: 'Delete', empty: 'Nothing yet.' },
    recs: {
      title: 'Recommendations', text: 'Recommendation', add: 'New recommendation, then Enter', impact: 'Impact', effort: 'Effort', priority: 'Priority', owner: 'Suggested owner', detail: 'Detail',
      toAction: 'Create the action', inPlan: 'In the plan: {{label}}', created: 'Action “{{label}}” added to the action plan (draft).', delete: 'Delete', empty: 'No recommendation for this channel.',
    },
    levels: { 1: 'Low', 2: 'Medium', 3: 'High' },
    priorities: { high: 'High', medium: 'Medium', low: 'Low' },
    metrics: { title: 'Key figures', label: 'Indicator', value: 'Value', unit: 'Unit', readOn: 'Read on', add: 'New indicator (audience, engagement rate…), then Enter', delete: 'Delete' },
    images: { title: 'Screenshots', drop: 'Paste (Ctrl+V), drop or choose a screenshot', caption: 'Caption', delete: 'Remove screenshot', alt: 'Screenshot: {{caption}}' },
    chart: { title: 'Scores by channel', caption: 'Mean score out of 5 per audited channel', channel: 'Channel', score: 'Score /5', empty: 'Score at least one criterion to see the chart.', client: 'Client' },
    matrix: { title: 'Impact / effort matrix', caption: 'Recommendations by impact and effort', quickWins: 'Quick wins', bigBets: 'Major projects', fillIns: 'Fill-ins', avoid: 'Reconsider', empty: 'Add recommendations in the grid to place them here.' },
    swot: { strength: 'Strengths', weakness: 'Weaknesses', opportunity: 'Opportunities', threat: 'Threats', add: 'Add, then Enter', fromAudit: 'from the audit', hide: 'Hide', show: 'Show', delete: 'Delete', hint: 'Strengths and weaknesses come from the audit’s findings; add opportunities and threats.' },
    synthesisEmpty: {
      title: 'Nothing to summarise yet',
      text: 'The summary sets each channel’s scores side by side (radar or bars, with their table) and places your recommendations in the impact / effort matrix. Score a first channel’s criteria in the audit grid.',
      action: 'Score in the audit grid',
    },
    empty: { title: 'No channel to audit', body: 'Add a first channel (website, social media…) to start the audit.' },
  },
};

registerMessages('audit', auditMessages);
