import { useTranslation } from 'react-i18next';
import type { StakeholderSide } from '../../shared/model/engagement';
import type { SelectOption } from '../../ui';

export const SIDES: readonly StakeholderSide[] = ['client', 'consultant', 'provider', 'other'];

export function useSideOptions(): SelectOption<StakeholderSide>[] {
  const { t } = useTranslation('overview');
  return SIDES.map((side) => ({ value: side, label: t(`stakeholders.sides.${side}`) }));
}
