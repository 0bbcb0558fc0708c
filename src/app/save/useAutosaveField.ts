import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { saveStore } from './saveStore';

export const AUTOSAVE_DELAY_MS = 400;

interface AutosaveOptions<T> {
  /** The saved value (from the server). Adopted whenever no local edit is pending. */
  value: T;
  save: (value: T) => Promise<unknown>;
  /** A message when the draft must not be saved yet (e.g. a required field left empty). */
  validate?: (value: T) => string | null;
  delay?: number;
  isEqual?: (a: T, b: T) => boolean;
}

export interface AutosaveField<T> {
  draft: T;
  setDraft: (value: T) => void;
  /** Saves now (on blur); also runs on unmount so nothing typed is lost. */
  flush: () => void;
  /** Local validation message or the last save error. */
  error: unknown;
}

/**
 * A field that saves itself ~400 ms after the last keystroke, at once on blur,
 * and on unmount. While an edit is waiting, the header reads « Enregistrement… ».
 */
export function useAutosaveField<T>({
  value,
  save,
  validate,
  delay = AUTOSAVE_DELAY_MS,
  isEqual = Object.is,
}: AutosaveOptions<T>): AutosaveField<T> {
  const [draft, setDraftState] = useState<T>(value);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef({ draft: value, dirty: false, save, validate, isEqual });
  useLayoutEffect(() => {
    latest.current.save = save;
    latest.current.validate = validate;
    latest.current.isEqual = isEqual;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const held = useRef<{ release: () => void } | null>(null);

  // Follow the server while the user is not editing this field.
  useEffect(() => {
    if (!latest.current.dirty) {
      latest.current.draft = value;
      setDraftState(value);
    }
  }, [value]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const state = latest.current;
    if (!state.dirty) return;
    const message = state.validate?.(state.draft) ?? null;
    // The hold is released only once the save call has started its own pending entry,
    // so the indicator (and « Fermer la mission ») never sees a gap.
    const hold = held.current;
    held.current = null;
    if (message) {
      hold?.release();
      setError(message);
      return;
    }
    state.dirty = false;
    const submitted = state.draft;
    state
      .save(submitted)
      .then(
        () => setError(null),
        (saveError: unknown) => {
          // Keep the text on screen and try again at the next edit or blur.
          if (state.isEqual(latest.current.draft, submitted)) latest.current.dirty = true;
          setError(saveError);
        },
      )
      .finally(() => hold?.release());
  }, []);

  const setDraft = useCallback(
    (next: T) => {
      latest.current.draft = next;
      latest.current.dirty = true;
      setDraftState(next);
      const message = latest.current.validate?.(next) ?? null;
      setError(message);
      held.current ??= saveStore.hold();
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [delay, flush],
  );

  useEffect(() => flush, [flush]);

  return { draft, setDraft, flush, error };
}
