import type { ComponentPropsWithoutRef } from 'react';
import { ActionIcon, Tooltip, type ActionIconProps } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

type TooltipIconButtonProps = ActionIconProps &
  Omit<ComponentPropsWithoutRef<'button'>, keyof ActionIconProps> & {
    tooltip: string;
    icon: Icon;
    iconSize?: number;
  };

/** An icon-only button with its tooltip; the icon is decorative, so the button needs an aria-label. */
export function TooltipIconButton({ tooltip, icon: Glyph, iconSize = 16, ...button }: TooltipIconButtonProps) {
  return (
    <Tooltip label={tooltip}>
      <ActionIcon {...button}>
        <Glyph size={iconSize} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}
