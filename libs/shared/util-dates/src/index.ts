// The one date kernel: plain dates, weeks and months, working days, instants,
// zones and local dates, and dates read with a format.
export * from './lib/plain-date';
export * from './lib/calendar';
export * from './lib/business-days';
export * from './lib/instant';
export * from './lib/local-day';
export * from './lib/time-zone';
export * from './lib/format-tokens';
export * from './lib/wall-clock';
export * from './lib/iso-8601';
export * from './lib/compiled-format';
export * from './lib/date-reader';
