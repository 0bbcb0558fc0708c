import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import type { PlanAction } from '../../shared/model/plan';
import { statusOf } from './KanbanDragState';

/** What a screen reader hears during a kanban move, in the UI language (dnd-kit's defaults are English ids). */
export function kanbanAccessibility(t: TFunction<'plan'>, actions: PlanAction[]): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const title = (id: string | number) => actions.find((a) => a.id === Number(id))?.title ?? String(id);
  const column = (id: string | number | undefined) => {
    const status = statusOf(id, actions);
    return status ? t(`statuses.${status}`) : '';
  };
  return {
    screenReaderInstructions: { draggable: t('kanban.instructions') },
    announcements: {
      onDragStart: ({ active }) => t('kanban.pickedUp', { title: title(active.id) }),
      onDragOver: ({ active, over }) => (over ? t('kanban.over', { title: title(active.id), column: column(over.id) }) : t('kanban.outside', { title: title(active.id) })),
      onDragEnd: ({ active, over }) => (over ? t('kanban.dropped', { title: title(active.id), column: column(over.id) }) : t('kanban.cancelled', { title: title(active.id) })),
      onDragCancel: ({ active }) => t('kanban.cancelled', { title: title(active.id) }),
    },
  };
}
