import { useTranslation } from 'react-i18next';
import { Button, Card, FileIcon, PlusIcon } from '../../ui';
import './onboardingMessages';
import './WelcomePanel.css';

/** First run: the demo, a branding profile, a first engagement; « Ne plus afficher » remembers the choice. */
export function WelcomePanel({
  folder,
  busy,
  onDemo,
  onBranding,
  onCreate,
  onDismiss,
}: {
  folder: string;
  busy: boolean;
  onDemo: () => void;
  onBranding: () => void;
  onCreate: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('onboarding');
  const steps = [
    { key: 'demo', onClick: onDemo, primary: false, icon: <FileIcon /> },
    { key: 'branding', onClick: onBranding, primary: false, icon: <FileIcon /> },
    { key: 'create', onClick: onCreate, primary: true, icon: <PlusIcon /> },
  ] as const;
  return (
    <Card
      className="welcome"
      aria-label={t('title')}
      title={t('title')}
      description={t('text', { folder })}
      actions={
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          {t('dismiss')}
        </Button>
      }
    >
      <ol className="welcome__steps">
        {steps.map((step) => (
          <li key={step.key} className="welcome__step">
            <h3 className="welcome__step-title">{t(`${step.key}.title`)}</h3>
            <p className="welcome__step-text">{t(`${step.key}.text`)}</p>
            <Button
              variant={step.primary ? 'primary' : 'secondary'}
              icon={step.icon}
              disabled={busy && step.key === 'demo'}
              onClick={step.onClick}
            >
              {t(`${step.key}.action`)}
            </Button>
          </li>
        ))}
      </ol>
    </Card>
  );
}
