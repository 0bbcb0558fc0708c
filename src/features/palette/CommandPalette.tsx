import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { requestJump } from '../../app/jump/jumpTarget';
import { navigate } from '../../app/routing/useRoute';
import type { SearchHit } from '../../shared/model/search';
import { Dialog } from '../../ui';
import '../engagement/engagementMessages';
import { SECTIONS } from '../engagement/sections';
import { COMMANDS, type CommandContext } from './commands';
import { MatchedText } from './MatchedText';
import './CommandPalette.css';
import './paletteMessages';
import { keyLabel } from './shortcuts';
import { usePaletteSearch } from './usePaletteSearch';

interface Option {
  id: string;
  group: string;
  label: ReactNode;
  detail?: ReactNode;
  shortcut?: string;
  run(): void;
}

/** Case and accents do not matter when matching command names (« creer » finds « Créer »). */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Ctrl/⌘+K: one field to go anywhere. Typing filters the sections and commands
 * and searches the open engagement's items; ↑/↓ choose, Enter acts. A combobox
 * over a listbox (WAI-ARIA), focus stays in the field, the chosen option is
 * announced through aria-activedescendant.
 */
export function CommandPalette({ open, onClose, context }: { open: boolean; onClose: () => void; context: CommandContext }) {
  const { t } = useTranslation('palette');
  const { t: tNav } = useTranslation('engagement');
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const search = usePaletteSearch(open ? context.engagementId : null, query);
  const lang = context.lang;

  const options = useMemo<Option[]>(() => {
    const wanted = fold(query.trim());
    const matches = (label: string) => !wanted || fold(label).includes(wanted);
    const close = (run: () => void) => () => {
      onClose();
      setQuery('');
      run();
    };
    const found: Option[] = [];
    const engagementId = context.engagementId;
    if (engagementId) {
      for (const section of SECTIONS) {
        const label = tNav(section.labelKey);
        if (!matches(label)) continue;
        found.push({
          id: `section-${section.id}`,
          group: t('groups.section'),
          label: t('sectionItem', { label }),
          run: close(() => navigate({ name: 'engagement', engagementId, section: section.id })),
        });
      }
    }
    for (const command of COMMANDS) {
      if (command.scope === 'engagement' && !engagementId) continue;
      const label = t(`commands.${command.labelKey}`);
      if (!matches(label)) continue;
      found.push({ id: `command-${command.id}`, group: t('groups.command'), label, shortcut: command.shortcut, run: close(() => command.run(context)) });
    }
    if (engagementId && search.result) {
      for (const hit of search.result.hits) found.push(hitOption(hit, engagementId, close));
    }
    return found;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `hitOption` reads `t` only
  }, [query, context, search.result, t, tNav, onClose]);

  function hitOption(hit: SearchHit, engagementId: string, close: (run: () => void) => () => void): Option {
    const title = hit.title.length ? hit.title : hit.snippet;
    return {
      id: `hit-${hit.kind}-${hit.itemId}`,
      group: t(`kinds.${hit.kind}`),
      label: <MatchedText parts={title} />,
      detail: (
        <>
          {hit.context && <span className="palette__context">{hit.context}</span>}
          {hit.title.length > 0 && hit.snippet.some((part) => part.text.trim()) && <MatchedText parts={hit.snippet} />}
        </>
      ),
      run: close(() => requestJump(engagementId, hit)),
    };
  }

  const current = Math.min(active, Math.max(options.length - 1, 0));
  const optionId = (index: number) => `${listId}-${index}`;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!options.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = (current + step + options.length) % options.length;
      setActive(next);
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      options[current]?.run();
    }
  };

  const total = search.result?.total ?? 0;
  return (
    <Dialog open={open} title={t('title')} onClose={() => { onClose(); setQuery(''); }} wide>
      <div className="palette">
        <input
          className="ui-input palette__input"
          data-autofocus
          role="combobox"
          aria-label={t('input')}
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={options.length ? optionId(current) : undefined}
          placeholder={t('placeholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellCheck={false}
        />
        <ul className="palette__list" id={listId} role="listbox" aria-label={t('results')}>
          {options.map((option, index) => (
            <li
              key={option.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              className="palette__option"
              onMouseMove={() => index !== current && setActive(index)}
              onClick={option.run}
            >
              <span className="palette__group">{option.group}</span>
              <span className="palette__main">
                <span className="palette__label">{option.label}</span>
                {option.detail && <span className="palette__detail">{option.detail}</span>}
              </span>
              {option.shortcut && <kbd className="palette__kbd">{keyLabel(option.shortcut, lang)}</kbd>}
            </li>
          ))}
        </ul>
        <p className="palette__status" role="status">
          {search.pending ? t('searching') : options.length === 0 && query.trim() ? t('none', { query: query.trim() }) : total > (search.result?.hits.length ?? 0) ? t('more', { count: total }) : ''}
        </p>
      </div>
    </Dialog>
  );
}
