import { mulberry32 } from '@esm-planner/domain-business-case';

const DAY_MS = 86_400_000;
const WEEKS = 26;
const IT_TYPES = [
  'Password reset',
  'VPN access',
  'Laptop request',
  'Printer issue',
  'Wi-Fi issue',
  'Email quota',
  'Software install',
  'MFA reset',
];
const HR_TYPES = [
  'Payslip query',
  'Leave balance',
  'Employment letter',
  'Address change',
  'Benefits question',
];
const HEADER =
  'external_id,department,request_type,channel,opened_at,first_response_at,resolved_at,resolution,sla_met,reopened,handling_minutes';

type Plan = {
  department: 'IT' | 'HR';
  prefix: string;
  types: string[];
  weeks: { start: number; requests: number; deflection: number }[];
};

/** Monday 00:00 UTC of the week that holds `at`. */
function mondayOf(at: Date): number {
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  return day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
}

function iso(ms: number): string {
  return new Date(Math.round(ms / 1000) * 1000)
    .toISOString()
    .replace('.000Z', 'Z');
}

/**
 * Volumes as the demo audit measured them (IT about 4,000 a month, HR about
 * 4,220: some 920 and 970 a week), so the saved case's plan and the records
 * speak of the same service desks. IT's deflection climbs over its first
 * twelve weeks live and then holds near 66 % (stable by the IT-stability
 * gate); HR pilots for its last four weeks, every HR request logged in the
 * new tool, deflecting 34 % rising to 50 % — short of its 68 % benchmark.
 * Those four weeks follow HR's go-live (demo-rollouts.ts), so they are HR's
 * measured deflection for the next case (domain §8).
 */
function plans(today: Date): Plan[] {
  const thisMonday = mondayOf(today);
  const firstMonday = thisMonday - WEEKS * 7 * DAY_MS;
  const itWeeks = Array.from({ length: WEEKS }, (_, week) => ({
    start: firstMonday + week * 7 * DAY_MS,
    requests: 915 + ((week * 37) % 41),
    deflection:
      week < 12
        ? 0.36 + (0.3 * week) / 12
        : 0.66 + (((week * 7) % 5) - 2) * 0.008,
  }));
  const hrWeeks = [0.34, 0.41, 0.46, 0.5].map((deflection, index) => ({
    start: thisMonday - (4 - index) * 7 * DAY_MS,
    requests: 955 + index * 11,
    deflection,
  }));
  return [
    { department: 'IT', prefix: 'DEMO-IT', types: IT_TYPES, weeks: itWeeks },
    { department: 'HR', prefix: 'DEMO-HR', types: HR_TYPES, weeks: hrWeeks },
  ];
}

function requestLine(
  plan: Plan,
  id: number,
  weekStart: number,
  deflected: boolean,
  noTouch: boolean,
  random: () => number,
): string {
  const opened = weekStart + random() * 7 * DAY_MS;
  const type = plan.types[Math.floor(random() * plan.types.length)];
  if (deflected) {
    const resolved = opened + (0.05 + random() * 1.5) * 3_600_000;
    const channel = noTouch ? 'VIRTUAL_AGENT' : 'PORTAL';
    return [
      `${plan.prefix}-${String(id).padStart(6, '0')}`,
      plan.department,
      type,
      channel,
      iso(opened),
      noTouch ? '' : iso(opened + 300_000),
      iso(resolved),
      noTouch ? 'NO_TOUCH' : 'DEFLECTED',
      'true',
      'false',
      '',
    ].join(',');
  }
  const channels = ['EMAIL', 'PHONE', 'CHAT', 'PORTAL', 'WALK_UP'];
  const responded = opened + (0.2 + random() * 6) * 3_600_000;
  const hours = 1 + random() * random() * 60;
  const slaMet = random() < 0.86;
  return [
    `${plan.prefix}-${String(id).padStart(6, '0')}`,
    plan.department,
    type,
    channels[Math.floor(random() * channels.length)],
    iso(opened),
    iso(responded),
    iso(opened + hours * 3_600_000),
    'AGENT',
    String(slaMet),
    String(random() < 0.03),
    (5 + random() * 35).toFixed(1),
  ].join(',');
}

/**
 * Six months of IT request records and an HR pilot's weeks, ending with the
 * last complete week before `today`: a deterministic CSV (data format 2)
 * that the demo seed imports like any other file.
 */
export function demoRequestsCsv({ today }: { today: Date }): string {
  const random = mulberry32({ seed: 20260105 });
  const lines = [HEADER];
  for (const plan of plans(today)) {
    let id = 0;
    for (const week of plan.weeks) {
      const deflected = Math.round(week.requests * week.deflection);
      for (let index = 0; index < week.requests; index += 1) {
        id += 1;
        const isDeflected = index < deflected;
        lines.push(
          requestLine(
            plan,
            id,
            week.start,
            isDeflected,
            isDeflected && index < deflected * 0.55,
            random,
          ),
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
