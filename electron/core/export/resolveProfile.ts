import type { BrandingProfile } from '../../../src/shared/model/workspace';
import { DEFAULT_BRANDING } from '../workspace/defaultBranding';

/** The profile asked for (by id or by name), else the engagement's, else the first one. */
export function resolveProfile(profiles: readonly BrandingProfile[], wanted: string | null | undefined, engagementProfileId: string | null): BrandingProfile | null {
  if (wanted) {
    const lower = wanted.toLowerCase();
    return profiles.find((p) => p.id === wanted) ?? profiles.find((p) => p.name.toLowerCase() === lower) ?? null;
  }
  return profiles.find((p) => p.id === engagementProfileId) ?? profiles[0] ?? DEFAULT_BRANDING;
}
