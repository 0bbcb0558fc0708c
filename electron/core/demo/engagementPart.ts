import type Database from 'better-sqlite3';
import { at, DEMO_NOW } from './demoClock';
import { IMAGE, STAKEHOLDER } from './demoIds';
import { insertRows } from './insertRows';

export const DEMO_RECORD = {
  title: 'Stratégie digitale 2026-2027',
  clientName: 'Les Ateliers Verdier',
  clientSector: 'Fabrication de mobilier d’extérieur en bois',
  startDate: '2026-02-02',
  endDate: '2027-01-29',
  budgetEnvelopeCents: 4_800_000,
  deliverableLang: 'fr' as const,
};

/** Fixed, so that links between exports of the demo stay comparable. */
export const DEMO_UID = '6a1f3c0e-7d52-4b8e-9f21-0c4d5e8a7b90';

/** The engagement record (created by the store) completed, and the `meta` table. */
export function seedEngagement(db: Database.Database): void {
  db.prepare(
    `UPDATE engagement SET uid = @uid, client_city = @city, client_website = @website, client_headcount = @headcount,
       client_description = @description, context = @context, confidentiality = @confidentiality,
       client_logo_image_id = @logo, created_at = @createdAt, updated_at = @updatedAt
     WHERE id = 1`,
  ).run({
    uid: DEMO_UID,
    city: 'Brissac Loire Aubance (Maine-et-Loire)',
    website: 'https://www.ateliers-verdier.fr',
    headcount: '45 salariés',
    description:
      'Entreprise familiale fondée en 1978 par Roger Verdier, aujourd’hui dirigée par sa fille Hélène. ' +
      'Conçoit et fabrique dans son atelier angevin des salons de jardin, bancs, bains de soleil et jardinières ' +
      'en chêne et en douglas issus de forêts gérées durablement (PEFC). Environ 6,2 M€ de chiffre d’affaires, ' +
      'réalisé à 85 % auprès de 140 jardineries indépendantes et de deux enseignes nationales.',
    context:
      'Les jardineries réduisent leurs références et négocient des remises plus fortes chaque saison : la marge ' +
      'de l’entreprise s’érode et elle ne connaît pas ses clients finaux. La direction veut ouvrir un canal de ' +
      'vente directe en ligne sans froisser son réseau de revendeurs, et conquérir une clientèle professionnelle ' +
      '(paysagistes, cafés, hôtels et restaurants avec terrasse) qui la découvre aujourd’hui par le bouche-à-oreille. ' +
      'Le site actuel, refait en 2017, est une vitrine sans boutique ; les réseaux sociaux sont animés au gré du ' +
      'temps disponible par le responsable marketing. La mission couvre le diagnostic, la stratégie, le plan ' +
      'd’action sur un an et l’accompagnement du lancement de la boutique en ligne avant la saison 2027.',
    confidentiality:
      'Confidentiel : diffusion réservée au comité de direction des Ateliers Verdier et aux prestataires retenus.',
    logo: IMAGE.logo,
    createdAt: at('2026-01-26 10:15'),
    updatedAt: DEMO_NOW,
  });

  insertRows(db, 'meta', [
    { key: 'demo.dataset', value: 'ateliers-verdier' },
    { key: 'demo.revision', value: '1' },
  ]);

  const created = at('2026-01-26 10:20');
  insertRows(db, 'stakeholders', [
    {
      id: STAKEHOLDER.ceo,
      name: 'Hélène Verdier',
      role: 'Présidente-directrice générale',
      side: 'client',
      email: 'h.verdier@ateliers-verdier.fr',
      phone: '02 41 00 12 01',
      is_approver: 1,
      notes: 'Valide le plan d’action et les budgets. Préfère une synthèse d’une page avant chaque comité.',
      position: 1,
      created_at: created,
    },
    {
      id: STAKEHOLDER.marketing,
      name: 'Julien Moreau',
      role: 'Responsable marketing et communication',
      side: 'client',
      email: 'j.moreau@ateliers-verdier.fr',
      phone: '02 41 00 12 14',
      is_approver: 0,
      notes: 'Interlocuteur au quotidien. Seul au service marketing, à mi-temps sur les salons professionnels.',
      position: 2,
      created_at: created,
    },
    {
      id: STAKEHOLDER.sales,
      name: 'Sandrine Lebrun',
      role: 'Directrice commerciale',
      side: 'client',
      email: 's.lebrun@ateliers-verdier.fr',
      phone: '06 12 00 48 31',
      is_approver: 0,
      notes: 'Gère les jardineries et les deux enseignes nationales ; attentive au risque de conflit de canaux.',
      position: 3,
      created_at: created,
    },
    {
      id: STAKEHOLDER.workshop,
      name: 'Thomas Verdier',
      role: 'Responsable de production et logistique',
      side: 'client',
      email: 't.verdier@ateliers-verdier.fr',
      phone: '02 41 00 12 30',
      is_approver: 0,
      notes: 'Connaît les délais de fabrication et les contraintes d’expédition des pièces volumineuses.',
      position: 4,
      created_at: created,
    },
    {
      id: STAKEHOLDER.consultant,
      name: 'Claire Dumas',
      role: 'Consultante en stratégie digitale',
      side: 'consultant',
      email: 'claire@dumas-conseil.fr',
      phone: '06 70 00 21 45',
      is_approver: 0,
      notes: 'Pilote de la mission.',
      position: 5,
      created_at: created,
    },
    {
      id: STAKEHOLDER.webAgency,
      name: 'Karim Benali',
      role: 'Chef de projet, Atelier Pixel Loire',
      side: 'provider',
      email: 'karim@pixel-loire.fr',
      phone: '02 41 00 77 08',
      is_approver: 0,
      notes: 'Agence retenue pour la refonte du site et la boutique.',
      position: 6,
      created_at: at('2026-03-16 11:00'),
    },
    {
      id: STAKEHOLDER.photographer,
      name: 'Émilie Roux',
      role: 'Photographe, Lumière d’Anjou Studio',
      side: 'provider',
      email: 'emilie@lumiere-anjou.fr',
      phone: '06 33 00 19 62',
      is_approver: 0,
      notes: 'Prises de vue produits et ambiances en extérieur.',
      position: 7,
      created_at: at('2026-03-23 15:30'),
    },
  ]);
}
