import { requestHomeIntent } from '../../app/commands/homeIntent';
import { focusWhenReady } from '../../app/jump/focusWhenReady';
import { navigate } from '../../app/routing/useRoute';
import type { Lang } from '../../shared/lang';

/** What a command may act on: where the user is, and the app-wide switches. */
export interface CommandContext {
  engagementId: string | null;
  lang: Lang;
  setLang(lang: Lang): void;
  openHelp(): void;
  undo(): void;
  redo(): void;
}

export interface PaletteCommand {
  id: string;
  /** Key under `commands` in the palette messages. */
  labelKey: string;
  /** A shortcut shown beside it (declared in shortcuts.ts). */
  shortcut?: string;
  /** Only inside an engagement, or everywhere. */
  scope: 'engagement' | 'any';
  run(context: CommandContext): void;
}

/** Goes to a section of the open engagement, then puts the caret in the field that adds an item. */
const addIn = (section: string, field: string) => (context: CommandContext) => {
  if (!context.engagementId) return;
  navigate({ name: 'engagement', engagementId: context.engagementId, section });
  focusWhenReady(field);
};

const home = (intent?: Parameters<typeof requestHomeIntent>[0]) => () => {
  if (intent) requestHomeIntent(intent);
  navigate({ name: 'home' });
};

/**
 * The palette's commands: each says what it does in one function, using the
 * same routes and home intents as the buttons and the desktop menu.
 */
export const COMMANDS: readonly PaletteCommand[] = [
  { id: 'note.new', labelKey: 'newNote', scope: 'engagement', run: addIn('interview', '.capture-box textarea') },
  { id: 'objective.new', labelKey: 'newObjective', scope: 'engagement', run: addIn('objectives', '.horizon__new') },
  { id: 'action.new', labelKey: 'newAction', scope: 'engagement', run: addIn('plan', '.plan-new__title input, input.plan-new__title') },
  { id: 'persona.new', labelKey: 'newPersona', scope: 'engagement', run: addIn('personas', '.persona-add input, input.persona-add') },
  { id: 'deliverables.export', labelKey: 'export', shortcut: 'Mod+E', scope: 'engagement', run: addIn('deliverables', '.export-card input, .export-card button') },
  { id: 'edit.undo', labelKey: 'undo', shortcut: 'Mod+Z', scope: 'engagement', run: (context) => context.undo() },
  { id: 'edit.redo', labelKey: 'redo', shortcut: 'Mod+Shift+Z', scope: 'engagement', run: (context) => context.redo() },
  { id: 'home', labelKey: 'home', scope: 'engagement', run: home() },
  { id: 'engagement.new', labelKey: 'newEngagement', shortcut: 'Mod+N', scope: 'any', run: home({ kind: 'new' }) },
  { id: 'engagement.open', labelKey: 'openEngagement', shortcut: 'Mod+O', scope: 'any', run: home({ kind: 'open' }) },
  { id: 'backups.restore', labelKey: 'backups', scope: 'any', run: home({ kind: 'backups' }) },
  { id: 'language.switch', labelKey: 'language', scope: 'any', run: (context) => context.setLang(context.lang === 'fr' ? 'en' : 'fr') },
  { id: 'help.shortcuts', labelKey: 'help', shortcut: 'F1', scope: 'any', run: (context) => context.openHelp() },
];
