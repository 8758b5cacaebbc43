import {
  IconCloudCheck,
  IconCloudUpload,
  IconDeviceLaptop,
  IconDeviceTablet,
  IconLoader2,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useConnectionStore } from '../sync/useConnectionStore';

export interface StatusBadgeProps {
  /** Icon only (with its name for screen readers), for small top bars. */
  compact?: boolean;
  /** Residents read "saved on the tablet"; laptops "saved on this computer". */
  device?: 'tablet' | 'computer';
}

/**
 * Where this screen's work is: calm in every state, because "saved on the tablet" is a normal state
 * for a workshop on a shaky wifi, not an error.
 */
export function StatusBadge({ compact = false, device = 'tablet' }: StatusBadgeProps) {
  const { t } = useTranslation('common');
  const state = useConnectionStore((store) => store.state);
  const icon =
    state === 'saved' ? (
      <IconCloudCheck size={28} />
    ) : state === 'offline' ? (
      device === 'tablet' ? (
        <IconDeviceTablet size={28} />
      ) : (
        <IconDeviceLaptop size={28} />
      )
    ) : state === 'saving' ? (
      <IconCloudUpload size={28} />
    ) : (
      <IconLoader2 size={28} className="spin" />
    );
  const text = state === 'offline' ? t(`status.offline.${device}`) : t(`status.${state}`);
  return (
    <output
      className={`status-badge status-${state} ${compact ? 'status-compact' : ''}`}
      data-state={state}
      title={text}
    >
      <span aria-hidden="true">{icon}</span>
      {compact ? <span className="visually-hidden">{text}</span> : <span>{text}</span>}
    </output>
  );
}
