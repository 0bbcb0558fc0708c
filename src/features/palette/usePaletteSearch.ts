import { useEffect, useState } from 'react';
import { call } from '../../app/api/client';
import type { EngagementSearchResult } from '../../shared/model/search';

/** Waits for a pause in typing before asking the core; each keystroke costs nothing. */
const DEBOUNCE_MS = 120;

/** Items of the open engagement matching what is typed in the palette (two characters at least). */
export function usePaletteSearch(engagementId: string | null, query: string): { result: EngagementSearchResult | null; pending: boolean } {
  const [result, setResult] = useState<EngagementSearchResult | null>(null);
  const [pending, setPending] = useState(false);
  const wanted = engagementId && query.trim().length >= 2 ? query : '';
  useEffect(() => {
    if (!engagementId || !wanted) return;
    let live = true;
    const timer = window.setTimeout(() => {
      setPending(true);
      call('search:engagement', { engagementId, query: wanted, limit: 20 }).then(
        (found) => live && (setResult(found), setPending(false)),
        () => live && (setResult(null), setPending(false)),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [engagementId, wanted]);
  return { result: wanted && result?.query === wanted ? result : null, pending: Boolean(wanted) && pending };
}
