import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api/client';
import { requestJump } from '../../app/jump/jumpTarget';
import { queryKeys } from '../../app/queries/keys';
import { useErrorText } from '../../app/useErrorText';
import type { ApiError } from '../../app/api/ApiError';
import type { FileSearchResult, SearchHit, WorkspaceSearchResult } from '../../shared/model/search';
import { Banner } from '../../ui';
import { MatchedText } from '../palette/MatchedText';
import '../palette/paletteMessages';
import './search.css';
import './searchMessages';

const DEBOUNCE_MS = 150;

/**
 * The home screen's search across every engagement the workspace knows (recent
 * ones and the default folder). A result opens its engagement and jumps to the
 * item; an engagement already open is not reopened.
 */
export function WorkspaceSearch() {
  const { t } = useTranslation('search');
  const { t: tPalette } = useTranslation('palette');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<WorkspaceSearchResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const wanted = query.trim().length >= 2 ? query : '';

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const timer = window.setTimeout(() => {
      call('search:all', { query: wanted, perFile: 3 }).then(
        (found) => live && (setResult(found), setError(null)),
        (failure: ApiError) => live && setError(failure),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [wanted]);

  const open = async (file: FileSearchResult, hit: SearchHit) => {
    try {
      const engagementId = file.engagementId ?? (await call('engagement:open', { path: file.path })).engagementId;
      void queryClient.invalidateQueries({ queryKey: queryKeys.workspace });
      requestJump(engagementId, hit);
    } catch (failure) {
      setError(failure as ApiError);
    }
  };

  const shown = wanted && result?.query === wanted ? result : null;
  return (
    <section className="workspace-search" aria-label={t('label')}>
      <label className="visually-hidden" htmlFor={inputId}>
        {t('label')}
      </label>
      <input
        id={inputId}
        type="search"
        className="ui-input workspace-search__input"
        placeholder={t('placeholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      {error && <Banner tone="danger">{errorText(error)}</Banner>}
      {shown && (
        <div className="search-results" aria-live="polite">
          <p className="search-results__summary">
            {shown.files.length ? t('summary', { count: shown.matchedFiles }) : t('none', { query: wanted.trim() })}
            {shown.skipped > 0 && <span className="search-results__skipped"> · {t('skipped', { count: shown.skipped })}</span>}
          </p>
          {shown.files.length > 0 && (
            <ul className="search-results__files" aria-label={t('results')}>
              {shown.files.map((file) => (
                <li key={file.path} className="search-results__file">
                  <p className="search-results__client" title={file.path}>
                    <strong>{file.clientName}</strong> <span>{file.title}</span> <span className="search-results__count">{t('count', { count: file.total })}</span>
                  </p>
                  <ul className="search-results__hits">
                    {file.hits.map((hit) => {
                      const kind = tPalette(`kinds.${hit.kind}`);
                      return (
                        <li key={`${hit.kind}-${hit.itemId}`}>
                          <button type="button" className="search-results__hit" aria-label={t('openHit', { kind: kind.toLowerCase(), client: file.clientName })} onClick={() => void open(file, hit)}>
                            <span className="search-results__kind">{kind}</span>
                            <span className="search-results__text">
                              <MatchedText parts={hit.title.length ? hit.title : hit.snippet} />
                              {hit.title.length > 0 && hit.snippet.some((part) => part.text.trim()) && (
                                <span className="search-results__snippet">
                                  <MatchedText parts={hit.snippet} />
                                </span>
                              )}
                              {hit.context && <span className="search-results__context">{hit.context}</span>}
                            </span>
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
