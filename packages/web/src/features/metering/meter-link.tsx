import { Anchor } from '@mantine/core';
import type { Meter } from '@utilis/contracts';
import { navigate } from '../../app/router.ts';
import { useTenantPath } from '../tenants/index.ts';

/** A link to a meter's page, in its tenant, that still opens in a new tab with a modifier key. */
export function MeterLink({ meter }: { meter: Pick<Meter, 'id' | 'serial'> }) {
  const tenantPath = useTenantPath();
  const path = tenantPath(`/meters/${meter.id}`);
  return (
    <Anchor
      href={path}
      size="sm"
      fw={500}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(path);
      }}
    >
      {meter.serial}
    </Anchor>
  );
}
