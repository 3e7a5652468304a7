import { registerEnumType } from '@nestjs/graphql';
import { VALUE_MATCHES, ValueMatch } from '@esm-planner/domain-imports';

export type { ValueMatch };
export const ValueMatchEnum = Object.fromEntries(
  VALUE_MATCHES.map((v) => [v, v]),
) as { [K in ValueMatch]: K };

registerEnumType(ValueMatchEnum, {
  name: 'ValueMatch',
  description:
    'How a source value is compared with a value map’s `from` (always without case).',
});
