import type { GuideTemplate } from '../../../../src/shared/model/interview';

/**
 * The default discovery guide: the company, the project and the person, each
 * seen in the past, the present and the future, so that no subject is forgotten
 * (history, business goals, targets, digital presence, competitors, budget,
 * deadlines, constraints, decision process, success criteria). The hint names
 * the subject a question covers. French first, and its English twin.
 */
type Section = GuideTemplate['sections'][number];
const q = (text: string, hint: string) => ({ text, hint });

const FR: Section[] = [
  { title: 'L’entreprise — son histoire', questions: [
    q('Comment l’entreprise est-elle née, et quelles étapes l’ont façonnée ?', 'Contexte et historique'),
    q('Qu’a-t-elle déjà tenté sur le digital, et qu’en a-t-elle retenu ?', 'Présence digitale'),
  ] },
  { title: 'L’entreprise — aujourd’hui', questions: [
    q('Quels sont vos métiers, vos offres phares et la part de chacune dans le chiffre d’affaires ?', 'Contexte et historique'),
    q('Qui sont vos clients aujourd’hui, et comment vous trouvent-ils ?', 'Cibles et clients'),
    q('Quels canaux digitaux utilisez-vous (site, réseaux, e-mailing, annonces) et qui les anime ?', 'Présence digitale'),
    q('Quels concurrents croisez-vous le plus souvent, en ligne comme sur le terrain ?', 'Concurrents'),
  ] },
  { title: 'L’entreprise — demain', questions: [
    q('Où voulez-vous voir l’entreprise dans trois ans ?', 'Objectifs business'),
    q('Quels nouveaux marchés ou clients visez-vous ?', 'Cibles et clients'),
  ] },
  { title: 'Le projet — son origine', questions: [
    q('Qu’est-ce qui déclenche ce projet maintenant ?', 'Contexte et historique'),
    q('Un projet comparable a-t-il déjà été lancé ? Avec quel résultat ?', 'Contexte et historique'),
  ] },
  { title: 'Le projet — son cadre', questions: [
    q('Quels résultats chiffrés attendez-vous de ce projet ?', 'Objectifs business'),
    q('Quelle enveloppe budgétaire est prévue, et sur quelle période ?', 'Budget'),
    q('Quelles échéances comptent (salon, saison, lancement, fin d’exercice) ?', 'Délais'),
    q('Quelles contraintes devons-nous connaître (techniques, juridiques, ressources internes) ?', 'Contraintes'),
  ] },
  { title: 'Le projet — sa réussite', questions: [
    q('À quoi verrez-vous, dans un an, que le projet a réussi ?', 'Critères de succès'),
    q('Qui valide les étapes et qui décide en dernier ressort ?', 'Processus de décision'),
    q('Quels risques pourraient le faire échouer ?', 'Contraintes'),
  ] },
  { title: 'La personne — son parcours', questions: [
    q('Quel est votre rôle dans l’entreprise, et depuis quand ?', 'Processus de décision'),
    q('Quelle expérience avez-vous des prestataires digitaux ?', 'Contexte et historique'),
  ] },
  { title: 'La personne — son quotidien', questions: [
    q('Combien de temps pouvez-vous, vous et votre équipe, consacrer au projet ?', 'Contraintes'),
    q('Qu’est-ce qui vous fait perdre le plus de temps aujourd’hui ?', 'Objectifs business'),
  ] },
  { title: 'La personne — ses attentes', questions: [
    q('Qu’attendez-vous personnellement de notre collaboration ?', 'Critères de succès'),
    q('Comment souhaitez-vous être tenu informé, et à quel rythme ?', 'Processus de décision'),
  ] },
];

const EN: Section[] = [
  { title: 'The company — its history', questions: [
    q('How did the company start, and which milestones shaped it?', 'Context and history'),
    q('What has it already tried online, and what did it learn?', 'Digital presence'),
  ] },
  { title: 'The company — today', questions: [
    q('What are your businesses, your flagship offers and the share of each in revenue?', 'Context and history'),
    q('Who are your customers today, and how do they find you?', 'Targets and customers'),
    q('Which digital channels do you use (website, social media, e-mail, ads) and who runs them?', 'Digital presence'),
    q('Which competitors do you meet most often, online and in the field?', 'Competitors'),
  ] },
  { title: 'The company — tomorrow', questions: [
    q('Where do you want the company to be in three years?', 'Business goals'),
    q('Which new markets or customers are you aiming for?', 'Targets and customers'),
  ] },
  { title: 'The project — its origin', questions: [
    q('What triggers this project now?', 'Context and history'),
    q('Has a similar project been launched before? With what result?', 'Context and history'),
  ] },
  { title: 'The project — its frame', questions: [
    q('Which measurable results do you expect from this project?', 'Business goals'),
    q('What budget is planned, and over which period?', 'Budget'),
    q('Which dates matter (trade fair, season, launch, year end)?', 'Deadlines'),
    q('Which constraints should we know about (technical, legal, internal resources)?', 'Constraints'),
  ] },
  { title: 'The project — its success', questions: [
    q('In a year, how will you know the project succeeded?', 'Success criteria'),
    q('Who approves each step, and who has the final say?', 'Decision process'),
    q('Which risks could make it fail?', 'Constraints'),
  ] },
  { title: 'The person — background', questions: [
    q('What is your role in the company, and since when?', 'Decision process'),
    q('What experience do you have of digital agencies and freelancers?', 'Context and history'),
  ] },
  { title: 'The person — day to day', questions: [
    q('How much time can you and your team give to the project?', 'Constraints'),
    q('What wastes most of your time today?', 'Business goals'),
  ] },
  { title: 'The person — expectations', questions: [
    q('What do you personally expect from our work together?', 'Success criteria'),
    q('How would you like to be kept informed, and how often?', 'Decision process'),
  ] },
];

export const DEFAULT_GUIDES: Readonly<Record<'fr' | 'en', GuideTemplate>> = {
  fr: { id: 'builtin-discovery-fr', name: 'Entretien découverte (standard)', lang: 'fr', builtIn: true, updatedAt: 0, sections: FR },
  en: { id: 'builtin-discovery-en', name: 'Discovery interview (standard)', lang: 'en', builtIn: true, updatedAt: 0, sections: EN },
};
