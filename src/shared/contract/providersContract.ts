import { z } from 'zod';
import type { Provider, Quote, QuoteComparison } from '../model/steering';
import { method } from './define';
import { cents, engagementId, isoDate, longText, requiredText, rowId, shortText } from './fields';

const providerFields = z.object({
  company: requiredText('société requise'),
  contactName: shortText,
  email: shortText,
  phone: shortText,
  website: shortText,
  skills: longText,
  notes: longText,
});
const quoteFields = z.object({
  providerId: rowId,
  amountCents: cents,
  receivedOn: isoDate.nullable(),
  validUntil: isoDate.nullable(),
  notes: longText,
  fileRef: shortText,
});

const e = { engagementId };

export const providersContract = {
  'provider:list': method(z.object(e).strict()).returns<Provider[]>(),
  'provider:create': method(z.object({ ...e, provider: providerFields.partial().required({ company: true }).strict() }).strict()).returns<Provider>(),
  'provider:update': method(z.object({ ...e, id: rowId, patch: providerFields.partial().strict() }).strict()).returns<Provider>(),
  'provider:delete': method(z.object({ ...e, id: rowId }).strict()).returns<{ deleted: boolean }>(),
  'quote:list': method(z.object({ ...e, actionId: rowId.nullable().default(null) }).strict()).returns<Quote[]>(),
  'quote:create': method(z.object({ ...e, actionId: rowId, quote: quoteFields.partial().required({ providerId: true, amountCents: true }).strict() }).strict()).returns<Quote>(),
  'quote:update': method(z.object({ ...e, id: rowId, patch: quoteFields.partial().strict() }).strict()).returns<Quote>(),
  'quote:delete': method(z.object({ ...e, id: rowId }).strict()).returns<{ deleted: boolean }>(),
  'quote:compare': method(z.object({ ...e, actionId: rowId }).strict()).returns<QuoteComparison>(),
  /** Picks a quote: sets the action's provider and planned budget. */
  'quote:select': method(z.object({ ...e, id: rowId }).strict()).returns<Quote>(),
};
