// Preloaded into a test's server process (node -r): its clock is off from the
// machine's (and the database's) by CLOCK_SKEW_MS, as a replica's or a
// worker's clock may be on another machine.
const skewMs = Number(process.env.CLOCK_SKEW_MS ?? 0);
const MachineDate = Date;

class SkewedDate extends MachineDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(MachineDate.now() + skewMs);
    else super(...(args as [string | number | Date]));
  }

  static override now(): number {
    return MachineDate.now() + skewMs;
  }
}

globalThis.Date = SkewedDate as DateConstructor;
