import { useImageUrl } from '../../app/images/useImageUrl';
import { initials } from '../../shared/initials';

/** The persona's photo, or its initials on a colour drawn from the name (stable between sessions). */
export function PersonaAvatar({ engagementId, name, imageId, size = 64 }: { engagementId: string; name: string; imageId: number | null; size?: number }) {
  const url = useImageUrl(engagementId, imageId);
  const hue = [...name].reduce((sum, ch) => sum + ch.charCodeAt(0), 0) % 360;
  return url ? (
    <img className="persona-avatar" src={url} alt="" width={size} height={size} style={{ width: size, height: size }} />
  ) : (
    <span className="persona-avatar persona-avatar--initials" aria-hidden="true" style={{ width: size, height: size, background: `hsl(${hue} 45% 88%)`, color: `hsl(${hue} 45% 28%)`, fontSize: size / 2.6 }}>
      {initials(name)}
    </span>
  );
}
