/**
 * Hash routes: `#/` (home) and `#/e/<engagementId>/<section>`. Hash routing works
 * the same under the desktop's custom protocol and the browser bridge.
 */
export type Route = { name: 'home' } | { name: 'engagement'; engagementId: string; section: string };

export const DEFAULT_SECTION = 'overview';

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'e' && parts[1]) {
    return { name: 'engagement', engagementId: parts[1], section: parts[2] ?? DEFAULT_SECTION };
  }
  return { name: 'home' };
}

export function routeHref(route: Route): string {
  if (route.name === 'home') return '#/';
  return `#/e/${encodeURIComponent(route.engagementId)}/${encodeURIComponent(route.section)}`;
}
