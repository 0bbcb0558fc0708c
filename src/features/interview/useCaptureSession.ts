import { useCallback, useEffect, useRef, useState, useLayoutEffect } from 'react';
import { toApiError } from '../../app/api/ApiError';
import { call } from '../../app/api/client';
import { currentLang } from '../../app/i18n/i18n';
import { saveStore } from '../../app/save/saveStore';
import type { Note, NoteTag, SessionDetail } from '../../shared/model/interview';
import { parseNoteText } from '../../shared/noteTags';

/** A note as the screen shows it: saved, or still on its way to the file. */
export interface UiNote extends Note {
  key: string;
  pending: boolean;
}

const toUi = (note: Note): UiNote => ({ ...note, key: `n${note.id}`, pending: false });

/**
 * The capture screen's notes, optimistic: a typed note shows at once and is
 * sent in order through one queue (one small transaction each on the other
 * side), so typing never waits for the disk and Alt+digit can tag a note whose
 * save has not come back yet.
 */
export function useCaptureSession(engagementId: string, detail: SessionDetail) {
  const sessionId = detail.session.id;
  const [notes, setNotes] = useState<UiNote[]>(() => detail.notes.notes.map(toUi));
  const [covered, setCovered] = useState<Set<number>>(() => new Set(detail.coveredQuestionIds));
  const [undoStack, setUndoStack] = useState<{ note: UiNote; index: number }[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const ids = useRef(new Map<string, number>(detail.notes.notes.map((n) => [`n${n.id}`, n.id])));
  const counter = useRef(0);

  const replace = useCallback((key: string, note: Note) => {
    ids.current.set(key, note.id);
    setNotes((list) => list.map((item) => (item.key === key ? { ...note, key, pending: false } : item)));
  }, []);

  /** Runs writes one after the other; the header shows « Enregistrement… » meanwhile. */
  const enqueue = useCallback((task: () => Promise<void>) => {
    const settle = saveStore.begin();
    queue.current = queue.current.then(task).then(
      () => settle({}),
      (error: unknown) => settle({ error: toApiError(error, currentLang()) }),
    );
    return queue.current;
  }, []);

  const idOf = (key: string): number => {
    const id = ids.current.get(key);
    if (id === undefined) throw new Error(`note ${key} was not saved`);
    return id;
  };

  const saveDraft = useDebounced((draft: string) => enqueue(async () => void (await call('interview:saveDraft', { engagementId, sessionId, draft }))), 250);
  const cancelDraft = saveDraft.cancel;

  const add = useCallback(
    (text: string, questionId: number | null) => {
      // The note replaces the draft: a draft save still waiting must not bring the text back.
      cancelDraft();
      const parsed = parseNoteText(text);
      counter.current += 1;
      const key = `t${counter.current}`;
      const now = Date.now();
      setNotes((list) => [
        ...list,
        { id: -counter.current, key, pending: true, sessionId, body: parsed.body, tags: parsed.tags, questionId, position: (list.at(-1)?.position ?? 0) + 1, capturedAt: now, updatedAt: now, became: [] },
      ]);
      void enqueue(async () => replace(key, await call('note:capture', { engagementId, sessionId, text, questionId, clearDraft: true })));
      return key;
    },
    [engagementId, sessionId, enqueue, replace, cancelDraft],
  );

  const toggleTag = useCallback(
    (key: string, tag: NoteTag) => {
      let on = true;
      setNotes((list) =>
        list.map((n) => {
          if (n.key !== key) return n;
          on = !n.tags.includes(tag);
          return { ...n, tags: on ? [...n.tags, tag] : n.tags.filter((x) => x !== tag) };
        }),
      );
      void enqueue(async () => replace(key, await call('note:tag', { engagementId, id: idOf(key), tag, on })));
    },
    [engagementId, enqueue, replace],
  );

  const edit = useCallback(
    (key: string, body: string) => {
      const parsed = parseNoteText(body);
      setNotes((list) => list.map((n) => (n.key === key ? { ...n, body: parsed.body, tags: [...new Set([...n.tags, ...parsed.tags])] } : n)));
      void enqueue(async () => replace(key, await call('note:update', { engagementId, id: idOf(key), patch: { body } })));
    },
    [engagementId, enqueue, replace],
  );

  const attach = useCallback(
    (key: string, questionId: number | null) => {
      setNotes((list) => list.map((n) => (n.key === key ? { ...n, questionId } : n)));
      void enqueue(async () => replace(key, await call('note:update', { engagementId, id: idOf(key), patch: { questionId } })));
    },
    [engagementId, enqueue, replace],
  );

  const remove = useCallback(
    (key: string) => {
      const index = notes.findIndex((n) => n.key === key);
      const note = notes[index];
      if (!note) return;
      setNotes((list) => list.filter((n) => n.key !== key));
      setUndoStack((stack) => [...stack, { note, index }]);
      void enqueue(async () => void (await call('note:delete', { engagementId, id: idOf(key) })));
    },
    [engagementId, enqueue, notes],
  );

  const undo = useCallback((): UiNote | null => {
    const last = undoStack.at(-1);
    if (!last) return null;
    setUndoStack((stack) => stack.slice(0, -1));
    setNotes((list) => [...list.slice(0, last.index), last.note, ...list.slice(last.index)]);
    void enqueue(async () => replace(last.note.key, await call('note:restore', { engagementId, id: idOf(last.note.key) })));
    return last.note;
  }, [engagementId, enqueue, replace, undoStack]);

  const move = useCallback(
    (key: string, step: -1 | 1) => {
      const index = notes.findIndex((n) => n.key === key);
      const target = index + step;
      if (index < 0 || target < 0 || target >= notes.length) return;
      const reordered = [...notes];
      const [moved] = reordered.splice(index, 1);
      reordered.splice(target, 0, moved!);
      const afterKey = target > 0 ? reordered[target - 1]!.key : null;
      setNotes(reordered);
      void enqueue(async () => replace(key, await call('note:move', { engagementId, id: idOf(key), afterId: afterKey ? idOf(afterKey) : null })));
    },
    [engagementId, enqueue, notes, replace],
  );

  const setCoverage = useCallback(
    (questionId: number, value: boolean) => {
      setCovered((set) => {
        const next = new Set(set);
        if (value) next.add(questionId);
        else next.delete(questionId);
        return next;
      });
      void enqueue(async () => setCovered(new Set(await call('interview:setCoverage', { engagementId, sessionId, questionId, covered: value }))));
    },
    [engagementId, sessionId, enqueue],
  );

  /** After a conversion: the note's `became` comes back from the file. */
  const refresh = useCallback(
    async (key: string) => {
      const list = await call('note:list', { engagementId, sessionId });
      const fresh = list.notes.find((n) => n.id === ids.current.get(key));
      if (fresh) replace(key, fresh);
    },
    [engagementId, sessionId, replace],
  );

  return { notes, covered, canUndo: undoStack.length > 0, add, toggleTag, edit, attach, remove, undo, move, setCoverage, refresh, saveDraft: saveDraft.run, idOf, enqueue };
}

/** The capture draft is persisted ≤ 250 ms after the last keystroke (a kill loses at most that). */
function useDebounced<A>(fn: (arg: A) => unknown, delay: number): { run: (arg: A) => void; cancel: () => void } {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);
  const run = useCallback(
    (arg: A) => {
      cancel();
      timer.current = setTimeout(() => void latest.current(arg), delay);
    },
    [delay, cancel],
  );
  return { run, cancel };
}
