/**
 * Ids the parts of the sample engagement share (a note points to a question, an
 * action to a channel…). Fixed numbers, so links and screenshots are stable.
 */
export const STAKEHOLDER = {
  ceo: 1,
  marketing: 2,
  sales: 3,
  workshop: 4,
  consultant: 5,
  webAgency: 6,
  photographer: 7,
} as const;

export const IMAGE = {
  logo: 1,
  homeShot: 2,
  mobileShot: 3,
  instagramShot: 4,
  nathalie: 5,
  romain: 6,
  sophie: 7,
} as const;

export const SESSION = { launch: 1, salesWorkshop: 2 } as const;

export const CHANNEL = {
  website: 1,
  seo: 2,
  googleProfile: 3,
  ads: 4,
  instagram: 5,
  facebook: 6,
  linkedin: 7,
  pinterest: 8,
  emailing: 9,
  marketplaces: 10,
} as const;

export const PERSONA = { nathalie: 1, romain: 2, sophie: 3 } as const;

export const OBJECTIVE = { onlineRevenue: 1, traffic: 2, b2bLeads: 3, conversion: 4, instagram: 5, cpa: 6 } as const;

export const COMPETITOR = { lorand: 1, boreal: 2, quercy: 3, terrasse: 4, cedre: 5 } as const;

export const PHASE = { foundations: 1, shopLaunch: 2, b2b: 3, loyalty: 4 } as const;

export const PROVIDER = { pixelLoire: 1, lumiere: 2, referenceOuest: 3, plume: 4 } as const;
