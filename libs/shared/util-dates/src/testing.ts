// Test support for the specs of any library whose dates must not depend on
// the machine's time zone. Never imported by production code.
export * from './testing/time-zone-harness';
