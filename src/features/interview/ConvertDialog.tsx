import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, Select, TextField } from '../../ui';
import { CONVERSION_KINDS, type ConversionKind, type NoteTag } from '../../shared/model/interview';
import type { Horizon } from '../../shared/model/objectives';

export interface ConvertRequest {
  into: ConversionKind;
  title: string;
  horizon: Horizon;
  personaName: string;
  traitKind: 'goal' | 'frustration' | 'motivation' | 'objection';
}

/** The kind a note's tags suggest (an #objectif note becomes an objective…). */
export function suggestedKind(tags: NoteTag[]): ConversionKind {
  if (tags.includes('objective')) return 'objective';
  if (tags.includes('competitor')) return 'competitor';
  if (tags.includes('persona')) return 'persona_trait';
  if (tags.includes('risk')) return 'risk';
  return 'action';
}

interface ConvertDialogProps {
  body: string;
  tags: NoteTag[];
  onCancel: () => void;
  onConvert: (request: ConvertRequest) => void;
}

/** Keyboard-first: opens on the kind the tags suggest; Enter converts, Esc cancels. */
export function ConvertDialog({ body, tags, onCancel, onConvert }: ConvertDialogProps) {
  const { t } = useTranslation('interview');
  const [request, setRequest] = useState<ConvertRequest>({ into: suggestedKind(tags), title: body.split('\n')[0]!.slice(0, 200), horizon: 'short', personaName: '', traitKind: 'goal' });
  const set = (patch: Partial<ConvertRequest>) => setRequest((r) => ({ ...r, ...patch }));
  return (
    <Dialog
      open
      title={t('convert.title')}
      description={t('convert.description')}
      onClose={onCancel}
      onSubmit={() => onConvert(request)}
      footer={
        <>
          <Button variant="ghost" onClick={onCancel}>
            {t('convert.cancel')}
          </Button>
          <Button variant="primary" type="submit">
            {t('convert.submit')}
          </Button>
        </>
      }
    >
      <div className="convert-form">
        <TextField label={t('convert.itemTitle')} value={request.title} onChange={(title) => set({ title })} data-autofocus />
        <Select label={t('convert.into')} value={request.into} options={CONVERSION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} onChange={(into) => set({ into })} />
        {request.into === 'objective' && (
          <Select label={t('convert.horizon')} value={request.horizon} options={(['short', 'medium', 'long'] as const).map((h) => ({ value: h, label: t(`horizons.${h}`) }))} onChange={(horizon) => set({ horizon })} />
        )}
        {request.into === 'persona_trait' && (
          <>
            <TextField label={t('convert.persona')} value={request.personaName} onChange={(personaName) => set({ personaName })} />
            <Select
              label={t('convert.traitKind')}
              value={request.traitKind}
              options={(['goal', 'frustration', 'motivation', 'objection'] as const).map((k) => ({ value: k, label: t(`traits.${k}`) }))}
              onChange={(traitKind) => set({ traitKind })}
            />
          </>
        )}
      </div>
    </Dialog>
  );
}
