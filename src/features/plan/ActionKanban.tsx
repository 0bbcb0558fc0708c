import { DndContext, KeyboardSensor, PointerSensor, closestCorners, useDroppable, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { ACTION_STATUSES, type ActionStatus, type PlanAction } from '../../shared/model/plan';
import { IconButton, Loading, PencilIcon } from '../../ui';
import { ActionWarnings } from './ActionWarnings';
import { kanbanAccessibility } from './kanbanAnnouncements';
import { useDragState } from './KanbanDragState';
import { euros, formatDay } from './planFormat';
import { planKey, usePlanMutation, usePlanQuery } from './usePlan';
import { jumpKey } from '../../app/jump/jumpTarget';

interface KanbanProps {
  engagementId: string;
  readOnly: boolean;
  onEdit?: ((id: number) => void) | undefined;
}

/** Kanban by status: drag with the mouse, or Space / arrows / Space with the keyboard (dnd-kit sensors). */
export function ActionKanban({ engagementId, readOnly, onEdit }: KanbanProps) {
  const { t } = useTranslation('plan');
  const client = useQueryClient();
  const list = usePlanQuery(engagementId, 'action:list', { engagementId });
  const move = usePlanMutation(engagementId, 'action:move');
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  if (!list.data) return <Loading label="…" />;
  const actions = list.data;
  const columns = new Map<ActionStatus, PlanAction[]>(ACTION_STATUSES.map((s) => [s, []]));
  for (const a of [...actions].sort((x, y) => x.kanbanPosition - y.kanbanPosition || x.id - y.id)) columns.get(a.status)!.push(a);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const id = Number(active.id);
    const overId = String(over.id);
    let status: ActionStatus;
    let afterId: number | null;
    if (overId.startsWith('column:')) {
      status = overId.slice(7) as ActionStatus;
      afterId = columns.get(status)!.filter((a) => a.id !== id).at(-1)?.id ?? null;
    } else {
      const target = actions.find((a) => a.id === Number(overId))!;
      status = target.status;
      const cards = columns.get(status)!.filter((a) => a.id !== id);
      const index = cards.findIndex((a) => a.id === target.id);
      const source = actions.find((a) => a.id === id)!;
      const fromAbove = source.status === status && columns.get(status)!.findIndex((a) => a.id === id) < columns.get(status)!.findIndex((a) => a.id === target.id);
      // Dropped on a card: take its place (after it when coming from above, before it otherwise).
      afterId = fromAbove ? target.id : (cards[index - 1]?.id ?? null);
    }
    // Show the card where it was dropped at once; the server's answer replaces this guess.
    const after = afterId === null ? null : actions.find((a) => a.id === afterId);
    const placed = after ? after.kanbanPosition + 1e-6 : Math.min(0, ...(columns.get(status)!.map((a) => a.kanbanPosition))) - 1;
    client.setQueryData<PlanAction[]>(planKey(engagementId, 'action:list'), (old) => old?.map((a) => (a.id === id ? { ...a, status, kanbanPosition: placed } : a)));
    move.mutate({ engagementId, id, status, afterId });
  };

  return (
    <div>
      <p className="plan-hint">{t('kanban.hint')}</p>
      <DndContext sensors={sensors} collisionDetection={closestCorners} onDragEnd={onDragEnd} accessibility={kanbanAccessibility(t, actions)}>
        <KanbanBoard actions={actions} columns={columns} readOnly={readOnly} onEdit={onEdit} />
      </DndContext>
    </div>
  );
}

function KanbanBoard({ actions, columns, readOnly, onEdit }: { actions: PlanAction[]; columns: Map<ActionStatus, PlanAction[]>; readOnly: boolean; onEdit?: ((id: number) => void) | undefined }) {
  const { t } = useTranslation('plan');
  const drag = useDragState(actions);
  return (
    <div className="kanban" aria-label={t('kanban.label')} data-testid="kanban" data-drag={drag.phase} data-drag-over={drag.overStatus}>
      {ACTION_STATUSES.map((status) => (
        <KanbanColumn key={status} status={status} cards={columns.get(status)!} readOnly={readOnly} onEdit={onEdit} />
      ))}
    </div>
  );
}

function KanbanColumn({ status, cards, readOnly, onEdit }: { status: ActionStatus; cards: PlanAction[]; readOnly: boolean; onEdit?: ((id: number) => void) | undefined }) {
  const { t } = useTranslation('plan');
  const { setNodeRef, isOver } = useDroppable({ id: `column:${status}`, disabled: readOnly });
  return (
    <section ref={setNodeRef} className={`kanban__column${isOver ? ' kanban__column--over' : ''}`} aria-labelledby={`kanban-${status}`} data-testid={`kanban-${status}`}>
      <h3 id={`kanban-${status}`} className="kanban__title">
        <span className={`plan-dot plan-dot--${status}`} aria-hidden="true" />
        {t(`statuses.${status}`)} <span className="kanban__count">{cards.length}</span>
      </h3>
      <SortableContext items={cards.map((c) => c.id)} strategy={verticalListSortingStrategy}>
        <ol className="kanban__list">
          {cards.map((card) => (
            <KanbanCard key={card.id} action={card} readOnly={readOnly} onEdit={onEdit} />
          ))}
        </ol>
      </SortableContext>
      {cards.length === 0 && <p className="kanban__empty">{t('kanban.empty')}</p>}
    </section>
  );
}

function KanbanCard({ action, readOnly, onEdit }: { action: PlanAction; readOnly: boolean; onEdit?: ((id: number) => void) | undefined }) {
  const { t } = useTranslation('plan');
  const { lang } = useUiLanguage();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: action.id, disabled: readOnly });
  // The card body is the drag handle (role="button"); the edit button sits beside it, not inside it.
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`kanban__card${isDragging ? ' kanban__card--dragging' : ''}${action.late ? ' kanban__card--late' : ''}`}
      data-testid="kanban-card"
      data-action-id={action.id}
    >
      <div ref={setActivatorNodeRef} className="kanban__handle" data-testid="kanban-handle" data-jump={jumpKey('action', action.id)} {...attributes} aria-roledescription={t('kanban.card')} {...listeners}>
        <span className="kanban__card-title">{action.title}</span>
        <span className="kanban__meta">
          {action.phaseName && <span>{action.phaseName}</span>}
          {action.endDate && <span>→ {formatDay(action.endDate, lang)}</span>}
          {action.budgetPlannedCents > 0 && <span>{euros(action.budgetPlannedCents, lang)}</span>}
        </span>
        <ActionWarnings action={action} compact />
      </div>
      {onEdit && <IconButton className="kanban__edit" label={t('kanban.edit', { title: action.title })} icon={<PencilIcon />} onClick={() => onEdit(action.id)} />}
    </li>
  );
}
