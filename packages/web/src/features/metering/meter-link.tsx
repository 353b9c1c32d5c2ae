import { Anchor } from '@mantine/core';
import type { Meter } from '@utilis/contracts';
import { navigate } from '../../app/router.ts';

/** A link to a meter's page that still opens in a new tab with a modifier key. */
export function MeterLink({ meter }: { meter: Pick<Meter, 'id' | 'serial'> }) {
  return (
    <Anchor
      href={`/meters/${meter.id}`}
      size="sm"
      fw={500}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(`/meters/${meter.id}`);
      }}
    >
      {meter.serial}
    </Anchor>
  );
}
