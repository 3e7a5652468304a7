import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'esm:isPublic';

/** Opts a resolver or route out of the global authentication guard. */
export const Public = (): MethodDecorator & ClassDecorator =>
  SetMetadata(IS_PUBLIC, true);
