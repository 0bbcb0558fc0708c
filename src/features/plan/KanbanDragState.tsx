import { useDndContext } from '@dnd-kit/core';
import { useEffect, useState } from 'react';
import type { ActionStatus, PlanAction } from '../../shared/model/plan';

export type DragPhase = 'idle' | 'starting' | 'ready';

/**
 * Where a kanban drag stands, as data attributes on the board:
 * `data-drag="idle|starting|ready"` and `data-drag-over="<status>"`.
 *
 * Why « ready » is more than « active »: after the pick-up key, dnd-kit's keyboard
 * sensor (6.3) starts listening for arrows only in a `setTimeout(0)`
 * (KeyboardSensor.attach). Chromium runs pending input before timers, so an arrow
 * pressed right after Space on a busy machine reached nobody and the card stayed put
 * (the flaky e2e move). « ready » is set from a timer queued after the sensor's
 * (same delay, so it runs after it: HTML timers keep their order) once the columns
 * are measured; tests wait for it, and for `data-drag-over`, instead of sleeping.
 * (`measuringScheduled` is no help: dnd-kit leaves it true after the first drag.)
 */
export function useDragState(actions: PlanAction[]): { phase: DragPhase; overStatus: ActionStatus | '' } {
  const { active, over, droppableRects } = useDndContext();
  const [listening, setListening] = useState<string | number | null>(null);
  const activeId = active?.id ?? null;
  useEffect(() => {
    if (activeId === null) return;
    const timer = setTimeout(() => setListening(activeId));
    return () => {
      clearTimeout(timer);
      setListening(null);
    };
  }, [activeId]);
  const measured = droppableRects.size > 0;
  const phase: DragPhase = activeId === null ? 'idle' : listening === activeId && measured ? 'ready' : 'starting';
  return { phase, overStatus: activeId === null ? '' : statusOf(over?.id, actions) };
}

/** The column a drop target belongs to: a column itself (`column:todo`) or a card in it. */
export function statusOf(id: string | number | undefined, actions: PlanAction[]): ActionStatus | '' {
  if (id === undefined) return '';
  const text = String(id);
  if (text.startsWith('column:')) return text.slice(7) as ActionStatus;
  return actions.find((a) => a.id === Number(text))?.status ?? '';
}
