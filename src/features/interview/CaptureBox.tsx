import { forwardRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang } from '../../shared/lang';
import { foldTag, suggestTags, tagPrefixAt, type TagSuggestion } from '../../shared/noteTags';

interface CaptureBoxProps {
  initialDraft: string;
  onSubmit: (text: string) => void;
  onDraft: (text: string) => void;
  /** Keys the screen handles (Alt+…, Ctrl+Z on an empty box); returns true when handled. */
  onShortcut: (event: KeyboardEvent<HTMLTextAreaElement>, empty: boolean) => boolean;
  attachedLabel: string | null;
}

/**
 * The capture box: always focused, Enter adds the note, `#` opens tag
 * suggestions (Tab or Enter picks, arrows move, Esc closes).
 */
export const CaptureBox = forwardRef<HTMLTextAreaElement, CaptureBoxProps>(function CaptureBox(
  { initialDraft, onSubmit, onDraft, onShortcut, attachedLabel },
  ref,
) {
  const { t, i18n } = useTranslation('interview');
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  const [text, setText] = useState(initialDraft);
  const [caret, setCaret] = useState(initialDraft.length);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState(false);
  const partial = tagPrefixAt(text, caret);
  const suggestions: TagSuggestion[] = partial && !dismissed ? suggestTags(partial.prefix, lang).slice(0, 6) : [];

  const change = (value: string, position: number) => {
    setText(value);
    setCaret(position);
    setActive(0);
    setDismissed(false);
    onDraft(value);
  };

  const pick = (suggestion: TagSuggestion, target: HTMLTextAreaElement) => {
    if (!partial) return;
    const before = `${text.slice(0, partial.start)}#${suggestion.alias} `;
    const value = before + text.slice(caret).replace(/^\S*\s?/, '');
    change(value, before.length);
    requestAnimationFrame(() => target.setSelectionRange(before.length, before.length));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (suggestions.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length);
        return;
      }
      if (event.key === 'Tab' || (event.key === 'Enter' && !event.shiftKey && partial && partial.prefix.length > 0 && !suggestions.some((s) => foldTag(s.alias) === foldTag(partial.prefix)))) {
        event.preventDefault();
        pick(suggestions[active] ?? suggestions[0]!, event.currentTarget);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setDismissed(true);
        return;
      }
    }
    if (onShortcut(event, text.trim() === '')) {
      event.preventDefault();
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (text.trim()) {
        onSubmit(text);
        change('', 0);
      }
    }
  };

  return (
    <div className="capture-box">
      {attachedLabel && <p className="capture-box__attached">{t('capture.attachedTo', { question: attachedLabel })}</p>}
      <textarea
        ref={ref}
        className="ui-input capture-box__input"
        aria-label={t('capture.label')}
        placeholder={t('capture.placeholder')}
        rows={2}
        value={text}
        autoFocus
        onChange={(event) => change(event.target.value, event.target.selectionStart)}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        aria-autocomplete="list"
        aria-controls={suggestions.length ? 'capture-suggestions' : undefined}
        aria-activedescendant={suggestions.length ? `capture-suggestion-${active}` : undefined}
      />
      {suggestions.length > 0 && (
        <ul className="capture-box__suggestions" id="capture-suggestions" role="listbox" aria-label={t('capture.suggestions')}>
          {suggestions.map((suggestion, i) => (
            <li
              key={suggestion.tag}
              id={`capture-suggestion-${i}`}
              role="option"
              aria-selected={i === active}
              className={`capture-box__suggestion tag-${suggestion.tag}`}
              onMouseDown={(event) => {
                event.preventDefault();
                const input = event.currentTarget.closest('.capture-box')?.querySelector('textarea');
                if (input) pick(suggestion, input);
              }}
            >
              <span className="capture-box__hash">#{suggestion.alias}</span>
              <span className="capture-box__tag-label">{t(`tags.${suggestion.tag}`)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="capture-box__help">{t('capture.help')}</p>
    </div>
  );
});
