import { BRIDGE_TOKEN_STORAGE_KEY } from '../../shared/contract/bridgeApi';

/**
 * The browser mode's launch token arrives once in the URL fragment (`#token=…`,
 * never sent to the server by the browser). It is kept in sessionStorage for
 * reloads, and the fragment is cleaned so it does not linger in history or on screen.
 */
export function takeBridgeToken(
  location: Location = window.location,
  history: History = window.history,
): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    sessionStorage.setItem(BRIDGE_TOKEN_STORAGE_KEY, token);
    history.replaceState(null, '', `${location.pathname}${location.search}#/`);
    return token;
  }
  return sessionStorage.getItem(BRIDGE_TOKEN_STORAGE_KEY);
}
