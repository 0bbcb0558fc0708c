import type { providersContract } from '../../../../src/shared/contract/providersContract';
import { localIsoDate } from '../../../../src/shared/smartCheck';
import { createProvider, deleteProvider, listProviders, updateProvider } from '../../domain/providers/providers';
import { compareQuotes, createQuote, deleteQuote, listQuotes, selectQuote, updateQuote } from '../../domain/providers/quotes';
import type { CallContext } from '../context';
import type { Handlers } from '../handlerTypes';

const session = (input: { engagementId: string }, ctx: CallContext) => ctx.sessions.get(input.engagementId);

export const providersHandlers: Handlers<typeof providersContract> = {
  'provider:list': (input, ctx) => session(input, ctx).read((db) => listProviders(db)),
  'provider:create': (input, ctx) => session(input, ctx).write((db) => createProvider(db, input.provider, ctx.now())),
  'provider:update': (input, ctx) => session(input, ctx).write((db) => updateProvider(db, input.id, input.patch)),
  'provider:delete': (input, ctx) => ({ deleted: session(input, ctx).write((db) => deleteProvider(db, input.id)) }),
  'quote:list': (input, ctx) => session(input, ctx).read((db) => listQuotes(db, input.actionId)),
  'quote:create': (input, ctx) => session(input, ctx).write((db) => createQuote(db, input.actionId, input.quote, ctx.now())),
  'quote:update': (input, ctx) => session(input, ctx).write((db) => updateQuote(db, input.id, input.patch)),
  'quote:delete': (input, ctx) => ({ deleted: session(input, ctx).write((db) => deleteQuote(db, input.id)) }),
  'quote:compare': (input, ctx) => session(input, ctx).read((db) => compareQuotes(db, input.actionId, localIsoDate(ctx.now()))),
  'quote:select': (input, ctx) => session(input, ctx).write((db) => selectQuote(db, input.id, ctx.now())),
};
