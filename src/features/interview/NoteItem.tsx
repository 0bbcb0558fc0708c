import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format/intl';
import { IconButton, PencilIcon, TrashIcon } from '../../ui';
import { isLang } from '../../shared/lang';
import type { GuideQuestion } from '../../shared/model/interview';
import type { UiNote } from './useCaptureSession';
import { jumpKey } from '../../app/jump/jumpTarget';

interface NoteItemProps {
  note: UiNote;
  selected: boolean;
  editing: boolean;
  question: GuideQuestion | undefined;
  questionNumber: number | undefined;
  onSelect: () => void;
  onEdit: (body: string | null) => void;
  onStartEdit: () => void;
  onDelete: () => void;
  onConvert: () => void;
}

const time = (epoch: number, lang: string) => new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { hour: '2-digit', minute: '2-digit' }).format(epoch);

/** One note: time, text, tag chips, its question, and what it became (links shown both ways). */
export function NoteItem({ note, selected, editing, question, questionNumber, onSelect, onEdit, onStartEdit, onDelete, onConvert }: NoteItemProps) {
  const { t, i18n } = useTranslation('interview');
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  return (
    <li
      data-jump={jumpKey('note', note.id)}
      className={['note', selected && 'note--selected', note.pending && 'note--pending'].filter(Boolean).join(' ')}
      data-note-id={note.pending ? undefined : note.id}
      aria-current={selected ? 'true' : undefined}
      onClick={onSelect}
    >
      <time className="note__time" dateTime={new Date(note.capturedAt).toISOString()}>
        {time(note.capturedAt, lang)}
      </time>
      <div className="note__main">
        {editing ? (
          <EditBox initial={note.body} label={t('notes.editLabel')} onDone={onEdit} />
        ) : (
          <p className="note__body">{note.body}</p>
        )}
        {(note.tags.length > 0 || question || note.became.length > 0) && (
          <div className="note__meta">
            {note.tags.map((tag) => (
              <span key={tag} className={`note-tag tag-${tag}`}>
                {t(`tags.${tag}`)}
              </span>
            ))}
            {question && (
              <span className="note__question" title={question.text}>
                Q{formatNumber(questionNumber ?? 0, lang)}
              </span>
            )}
            {note.became.map((item) => (
              <span key={`${item.kind}-${item.id}`} className="note__became" data-link={`${item.kind}:${item.id}`}>
                {`→ ${t(`kinds.${item.kind}`)}${lang === 'fr' ? '\u00a0' : ''}: ${item.label}`}
              </span>
            ))}
          </div>
        )}
      </div>
      <div className="note__actions">
        {note.pending ? (
          <span className="note__saving">{t('notes.saving')}</span>
        ) : (
          <>
            {/* Out of the Tab order: Alt+C, Alt+E and Alt+Suppr do the same on the selected note. */}
            <button type="button" className="note__convert" tabIndex={-1} onClick={onConvert}>
              {t('notes.convert')}
            </button>
            <IconButton label={t('notes.edit')} icon={<PencilIcon />} tabIndex={-1} onClick={onStartEdit} />
            <IconButton label={t('notes.delete')} icon={<TrashIcon />} tone="danger" tabIndex={-1} onClick={onDelete} />
          </>
        )}
      </div>
    </li>
  );
}

function EditBox({ initial, label, onDone }: { initial: string; label: string; onDone: (body: string | null) => void }) {
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  return (
    <textarea
      ref={ref}
      className="ui-input note__edit"
      aria-label={label}
      rows={2}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          onDone(value.trim() && value !== initial ? value : null);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          onDone(null);
        }
      }}
      onBlur={() => onDone(value.trim() && value !== initial ? value : null)}
    />
  );
}
