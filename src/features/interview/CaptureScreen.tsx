import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api/client';
import type { SessionDetail } from '../../shared/model/interview';
import { SHORTCUT_TAGS } from '../../shared/noteTags';
import { CaptureBox } from './CaptureBox';
import { ConvertDialog, type ConvertRequest } from './ConvertDialog';
import { GuidePanel } from './GuidePanel';
import { NoteFilters, NO_FILTERS, type Filters } from './NoteFilters';
import { NoteItem } from './NoteItem';
import { countQuestions, countTags, filterNotes, numberedQuestions } from './noteFiltering';
import { useKeyboardScroll } from '../../ui';
import { useCaptureSession } from './useCaptureSession';
import { GuideEditor } from './GuideEditor';

/** Live capture: the guide on the left, the notes and the always-focused capture box on the right. */
export function CaptureScreen({ engagementId, detail }: { engagementId: string; detail: SessionDetail }) {
  const queryClient = useQueryClient();
  const { t } = useTranslation('interview');
  const capture = useCaptureSession(engagementId, detail);
  const box = useRef<HTMLTextAreaElement>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [editingKey, setEditingKey] = useState<string | null>(null);
  const [convertingKey, setConvertingKey] = useState<string | null>(null);
  const [currentQuestionId, setCurrentQuestionId] = useState<number | null>(null);
  const questions = useMemo(() => numberedQuestions(detail.guide), [detail.guide]);
  const visible = filterNotes(capture.notes, filters);
  const selected = visible.find((n) => n.key === selectedKey) ?? visible.at(-1) ?? null;
  const focusBox = () => requestAnimationFrame(() => box.current?.focus());
  const questionOf = (id: number | null) => questions.find((q) => q.question.id === id);
  const currentQuestion = questionOf(currentQuestionId);
  const list = useRef<HTMLOListElement>(null);
  const scrollNotes = useKeyboardScroll(t('notes.label'));
  const listRef = useCallback(
    (node: HTMLOListElement | null) => {
      list.current = node;
      return scrollNotes(node);
    },
    [scrollNotes],
  );

  // The selected note (the newest, while typing) stays in view above the capture box.
  useEffect(() => {
    list.current?.querySelector('.note--selected')?.scrollIntoView({ block: 'nearest' });
  }, [selected?.key, visible.length]);

  const moveSelection = (step: -1 | 1) => {
    if (!visible.length) return;
    const index = selected ? visible.indexOf(selected) : visible.length;
    setSelectedKey(visible[Math.max(0, Math.min(visible.length - 1, index + step))]!.key);
  };
  const stepQuestion = (step: -1 | 1) => {
    const index = questions.findIndex((q) => q.question.id === currentQuestionId);
    const next = questions[index < 0 ? (step > 0 ? 0 : questions.length - 1) : index + step];
    setCurrentQuestionId(next ? next.question.id : null);
  };

  const onShortcut = (event: KeyboardEvent<HTMLTextAreaElement>, empty: boolean): boolean => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'z' && empty) {
      const restored = capture.undo();
      if (restored) setSelectedKey(restored.key);
      return restored !== null;
    }
    if (!event.altKey) return false;
    const digit = /^Digit([1-9])$/.exec(event.code);
    if (digit && selected) {
      capture.toggleTag(selected.key, SHORTCUT_TAGS[Number(digit[1]) - 1]!);
      return true;
    }
    switch (event.key) {
      case 'ArrowUp':
      case 'ArrowDown': {
        const step = event.key === 'ArrowUp' ? -1 : 1;
        if (event.shiftKey && selected) {
          capture.move(selected.key, step);
          setSelectedKey(selected.key);
        } else moveSelection(step);
        return true;
      }
      case 'PageUp':
      case 'PageDown':
        stepQuestion(event.key === 'PageUp' ? -1 : 1);
        return true;
      case 'Enter':
        if (currentQuestionId !== null) capture.setCoverage(currentQuestionId, !capture.covered.has(currentQuestionId));
        return true;
    }
    const key = event.code;
    if (key === 'KeyE' && selected && !selected.pending) setEditingKey(selected.key);
    else if ((key === 'Delete' || key === 'Backspace') && selected && !selected.pending) capture.remove(selected.key);
    else if (key === 'KeyC' && selected && !selected.pending) setConvertingKey(selected.key);
    else if (key === 'KeyQ' && selected) capture.attach(selected.key, currentQuestionId);
    else return false;
    return true;
  };

  const convert = async (key: string, request: ConvertRequest) => {
    setConvertingKey(null);
    focusBox();
    await capture.enqueue(async () => {
      await call('note:convert', {
        engagementId,
        noteIds: [capture.idOf(key)],
        into: request.into,
        ...(request.title.trim() ? { title: request.title } : {}),
        ...(request.into === 'objective' ? { horizon: request.horizon } : {}),
        ...(request.into === 'persona_trait' ? { traitKind: request.traitKind, ...(request.personaName.trim() ? { personaName: request.personaName } : {}) } : {}),
      });
      await capture.refresh(key);
      // The new item lives in another screen (objectives, benchmark, personas, plan…) and in
      // the overview's counts: mark this engagement's other reads stale. The session itself
      // is kept, since re-reading it would remount the capture screen mid-interview.
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey.includes(engagementId) && query.queryKey[0] !== 'interview:getSession',
      });
    });
  };

  const converting = capture.notes.find((n) => n.key === convertingKey);
  return (
    <div className="capture">
      {detail.guide && (
        <GuidePanel
          guide={detail.guide}
          headerAction={<GuideEditor engagementId={engagementId} sessionId={detail.session.id} guide={detail.guide} />}
          covered={capture.covered}
          currentQuestionId={currentQuestionId}
          questionCounts={countQuestions(capture.notes)}
          filterQuestionId={filters.questionId}
          onCover={(id, value) => {
            capture.setCoverage(id, value);
            focusBox();
          }}
          onCurrent={(id) => {
            setCurrentQuestionId(id);
            focusBox();
          }}
          onFilter={(questionId) => setFilters({ ...filters, questionId })}
        />
      )}
      <div className="capture__notes">
        <NoteFilters
          filters={filters}
          counts={countTags(capture.notes)}
          shown={visible.length}
          total={capture.notes.length}
          questionLabel={filters.questionId !== null ? `Q${questionOf(filters.questionId)?.number ?? ''}` : null}
          onChange={setFilters}
        />
        <ol ref={listRef} className="note-list" aria-label={t('notes.label')}>
          {visible.map((note) => (
            <NoteItem
              key={note.key}
              note={note}
              selected={note === selected}
              editing={note.key === editingKey}
              question={questionOf(note.questionId)?.question}
              questionNumber={questionOf(note.questionId)?.number}
              onSelect={() => setSelectedKey(note.key)}
              onStartEdit={() => setEditingKey(note.key)}
              onEdit={(body) => {
                setEditingKey(null);
                if (body) capture.edit(note.key, body);
                focusBox();
              }}
              onDelete={() => {
                capture.remove(note.key);
                focusBox();
              }}
              onConvert={() => setConvertingKey(note.key)}
            />
          ))}
        </ol>
        {visible.length === 0 && <p className="note-list__empty">{capture.notes.length ? t('notes.noMatch') : t('notes.empty')}</p>}
        <CaptureBox
          ref={box}
          initialDraft={detail.session.captureDraft}
          attachedLabel={currentQuestion ? `Q${currentQuestion.number} — ${currentQuestion.question.text}` : null}
          onDraft={capture.saveDraft}
          onShortcut={onShortcut}
          onSubmit={(text) => {
            const key = capture.add(text, currentQuestionId);
            setSelectedKey(key);
          }}
        />
      </div>
      {converting && (
        <ConvertDialog
          body={converting.body}
          tags={converting.tags}
          onCancel={() => {
            setConvertingKey(null);
            focusBox();
          }}
          onConvert={(request) => void convert(converting.key, request)}
        />
      )}
    </div>
  );
}
