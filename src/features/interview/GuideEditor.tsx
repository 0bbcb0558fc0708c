import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { AutosaveTextField } from '../../app/save/autosaveFields';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { Guide } from '../../shared/model/interview';
import { Button, Dialog, IconButton, Select, TextField, TrashIcon, useToast } from '../../ui';
import './guideEditorMessages';

interface GuideEditorProps {
  engagementId: string;
  sessionId: number;
  guide: Guide;
}

/** « Modifier le guide »: sections and questions edited in place, saved as a reusable template, or replaced by one. */
export function GuideEditor({ engagementId, sessionId, guide: savedGuide }: GuideEditorProps) {
  const { t } = useTranslation('interview');
  const { t: tApp } = useTranslation('app');
  const toast = useToast();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [newSection, setNewSection] = useState('');
  const [newQuestions, setNewQuestions] = useState<Record<number, string>>({});
  const [templateName, setTemplateName] = useState('');
  const [templateId, setTemplateId] = useState('');
  // The capture screen re-reads its session when it changes (and remounts), so edits are
  // shown from each call's result while the dialog is open and the session reloads on close.
  const [edited, setEdited] = useState<Guide | null>(null);
  const guide = edited ?? savedGuide;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['interview:getSession', engagementId, sessionId] });
  const close = () => {
    setOpen(false);
    if (edited) {
      setEdited(null);
      refresh();
    }
  };
  const options = { onSuccess: (next: Guide) => setEdited(next) };
  const rename = useSaveMutation('guide:rename', options);
  const addSection = useSaveMutation('guide:addSection', options);
  const updateSection = useSaveMutation('guide:updateSection', options);
  const deleteSection = useSaveMutation('guide:deleteSection', options);
  const addQuestion = useSaveMutation('guide:addQuestion', options);
  const updateQuestion = useSaveMutation('guide:updateQuestion', options);
  const deleteQuestion = useSaveMutation('guide:deleteQuestion', options);
  const saveTemplate = useSaveMutation('guideTemplate:save');
  const fromTemplate = useSaveMutation('guide:fromTemplate');
  const useGuide = useSaveMutation('interview:updateSession', {
    onSuccess: () => {
      setOpen(false);
      setEdited(null);
      refresh();
    },
  });
  const templates = useApiQuery(['guideTemplate:list'], 'guideTemplate:list', {}, { enabled: open });

  const submitQuestion = (sectionId: number) => {
    const text = newQuestions[sectionId]?.trim();
    if (!text) return;
    addQuestion.mutate({ engagementId, sectionId, text, hint: '' }, { onSuccess: () => setNewQuestions((all) => ({ ...all, [sectionId]: '' })) });
  };
  const enterSubmits = (submit: () => void) => (event: React.KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      submit();
    }
  };

  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)}>
        {t('guideEditor.open')}
      </Button>
      <Dialog open={open} onClose={close} wide title={t('guideEditor.title')} description={t('guideEditor.description')} footer={<Button onClick={close}>{tApp('common.close')}</Button>}>
        <div className="guide-editor">
          <AutosaveTextField label={t('guideEditor.guideTitle')} value={guide.title} onSave={(title) => rename.mutateAsync({ engagementId, id: guide.id, title })} validate={(v) => (v.trim() ? null : t('guideEditor.required'))} />
          {guide.sections.map((section) => (
            <section key={section.id} className="guide-editor__section" aria-label={section.title}>
              <div className="guide-editor__row">
                <AutosaveTextField label={t('guideEditor.sectionTitle')} value={section.title} onSave={(title) => updateSection.mutateAsync({ engagementId, id: section.id, patch: { title } })} validate={(v) => (v.trim() ? null : t('guideEditor.required'))} />
                <IconButton icon={<TrashIcon />} label={t('guideEditor.deleteSection', { title: section.title })} onClick={() => deleteSection.mutate({ engagementId, id: section.id })} />
              </div>
              <ol className="guide-editor__questions">
                {section.questions.map((question) => (
                  <li key={question.id} className="guide-editor__row">
                    <AutosaveTextField className="guide-editor__compact" label={t('guideEditor.question')} value={question.text} onSave={(text) => updateQuestion.mutateAsync({ engagementId, id: question.id, patch: { text } })} validate={(v) => (v.trim() ? null : t('guideEditor.required'))} />
                    <IconButton icon={<TrashIcon />} label={t('guideEditor.deleteQuestion', { text: question.text })} onClick={() => deleteQuestion.mutate({ engagementId, id: question.id })} />
                  </li>
                ))}
              </ol>
              <div className="guide-editor__row">
                <TextField label={t('guideEditor.newQuestion')} value={newQuestions[section.id] ?? ''} onChange={(text) => setNewQuestions((all) => ({ ...all, [section.id]: text }))} onKeyDown={enterSubmits(() => submitQuestion(section.id))} />
                <Button size="sm" onClick={() => submitQuestion(section.id)}>{t('guideEditor.addQuestion')}</Button>
              </div>
            </section>
          ))}
          <div className="guide-editor__row">
            <TextField label={t('guideEditor.newSection')} value={newSection} onChange={setNewSection} onKeyDown={enterSubmits(() => newSection.trim() && addSection.mutate({ engagementId, guideId: guide.id, title: newSection.trim() }, { onSuccess: () => setNewSection('') }))} />
            <Button size="sm" disabled={!newSection.trim()} onClick={() => addSection.mutate({ engagementId, guideId: guide.id, title: newSection.trim() }, { onSuccess: () => setNewSection('') })}>
              {t('guideEditor.addSection')}
            </Button>
          </div>
          <div className="guide-editor__templates">
            <div className="guide-editor__row">
              <TextField label={t('guideEditor.templateName')} value={templateName} onChange={setTemplateName} />
              <Button size="sm" disabled={!templateName.trim()} onClick={() => saveTemplate.mutate({ engagementId, guideId: guide.id, name: templateName.trim() }, { onSuccess: () => (setTemplateName(''), toast({ tone: 'success', message: t('guideEditor.saved') })) })}>
                {t('guideEditor.saveTemplate')}
              </Button>
            </div>
            <div className="guide-editor__row">
              <Select label={t('guideEditor.template')} value={templateId} onChange={setTemplateId} options={[{ value: '', label: t('guideEditor.chooseTemplate') }, ...(templates.data ?? []).map((template) => ({ value: template.id, label: template.name }))]} />
              <Button
                size="sm"
                disabled={!templateId}
                onClick={() =>
                  fromTemplate.mutate({ engagementId, templateId }, { onSuccess: (created) => useGuide.mutate({ engagementId, id: sessionId, patch: { guideId: created.id } }) })
                }
              >
                {t('guideEditor.useTemplate')}
              </Button>
            </div>
          </div>
        </div>
      </Dialog>
    </>
  );
}
