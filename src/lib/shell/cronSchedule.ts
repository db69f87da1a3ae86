import { code } from './didYouMean';

/** Where the schedule syntax is explained. */
export const SCHEDULE_SYNTAX = 'https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-syntax';

/** The five fields of a CronJob schedule, as the API server parses them (robfig/cron's `ParseStandard`). */
const FIELDS: { name: string; min: number; max: number; names?: string[]; range: string }[] = [
  { name: 'minute', min: 0, max: 59, range: '0 to 59' },
  { name: 'hour', min: 0, max: 23, range: '0 to 23' },
  { name: 'day of the month', min: 1, max: 31, range: '1 to 31' },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
    range: '1 to 12 or JAN to DEC',
  },
  {
    name: 'day of the week',
    min: 0,
    max: 6,
    names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
    range: '0 (Sunday) to 6 (Saturday) or SUN to SAT',
  },
];
/** The macros `ParseStandard` takes instead of five fields. */
const MACROS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];
const FORMS = 'a field is `*`, a number, a range (`1-5`), a list (`1,15`) or a step (`*/10`, `0-30/5`)';

/** A value of a field as a number (a name of a month or a day counts), or undefined. */
function valueOf(text: string, field: (typeof FIELDS)[number]): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const i = field.names?.indexOf(text.toLowerCase()) ?? -1;
  return i < 0 ? undefined : i + field.min;
}

/** What is wrong with one field, if anything: each item of its list a `*`, a value or a range, with a step. */
function fieldProblem(text: string, field: (typeof FIELDS)[number]): string | undefined {
  for (const item of text.split(',')) {
    const [range = '', step, ...more] = item.split('/');
    const notValue = () =>
      `has ${code(item)} as its ${field.name}, which is no value: ${FORMS}${field.names ? ', a value a number or a name' : ''}`;
    if (more.length || (step !== undefined && !/^\d+$/.test(step))) return notValue();
    if (step !== undefined && Number(step) === 0)
      return `steps by 0 in ${code(item)}: a step is a positive number (the API server: "step of range should be a positive number")`;
    if (range === '*' || range === '?') continue;
    const bounds = range.split('-');
    if (bounds.length > 2 || bounds.some((b) => valueOf(b, field) === undefined)) return notValue();
    for (const b of bounds) {
      const n = valueOf(b, field)!;
      if (n < field.min)
        return `has ${code(b)} as its ${field.name}, which is ${field.range} (the API server: "beginning of range (${n}) below minimum (${field.min})")`;
      if (n > field.max)
        return `has ${code(b)} as its ${field.name}, which is ${field.range} (the API server: "end of range (${n}) above maximum (${field.max})")`;
    }
    if (bounds.length === 2 && valueOf(bounds[0]!, field)! > valueOf(bounds[1]!, field)!)
      return `has the range ${code(range)}, which ends before it starts: write the smaller ${field.name} first`;
  }
  return undefined;
}

/**
 * What the API server rejects in a CronJob's `schedule`, as words that follow the schedule
 * (`` `61 * * * *` has `61` as its minute, which is 0 to 59 … ``) (it parses it with robfig/cron's
 * `ParseStandard`: five fields, minute hour day-of-month month day-of-week, or a macro such as
 * `@daily`; a time zone in the schedule, `CRON_TZ=`, is refused: `spec.timeZone` says it); undefined
 * when it is valid. A six-field schedule with seconds first (Quartz, Spring) is the
 * usual mistake: a CronJob runs at most once a minute.
 */
export function cronScheduleProblem(schedule: string): string | undefined {
  const text = schedule.trim();
  if (text.includes('TZ'))
    return `has a time zone in it, which the API server refuses ("cannot use TZ or CRON_TZ in schedule, use timeZone field instead"): give the zone in \`spec.timeZone\` (\`timeZone: Europe/Paris\`) and the five fields alone in the schedule (${SCHEDULE_SYNTAX}).`;
  if (text.startsWith('@')) {
    if (MACROS.includes(text.toLowerCase()) || /^@every \S+$/.test(text)) return undefined;
    return `is not a macro of a CronJob schedule: use ${MACROS.map(code).join(', ')}, or five fields (${SCHEDULE_SYNTAX}).`;
  }
  const fields = text.split(/\s+/);
  if (fields.length !== 5) {
    const seconds =
      fields.length === 6
        ? `: drop the seconds, the first field (a CronJob runs at most once a minute), ${code(fields.slice(1).join(' '))}`
        : '';
    return `has ${fields.length} field${fields.length === 1 ? '' : 's'}, and a CronJob schedule has five, minute hour day-of-month month day-of-week (the API server: "expected exactly 5 fields, found ${fields.length}")${seconds} (${SCHEDULE_SYNTAX}).`;
  }
  for (const [i, field] of FIELDS.entries()) {
    const problem = fieldProblem(fields[i]!, field);
    if (problem) return `${problem} (${SCHEDULE_SYNTAX}).`;
  }
  return undefined;
}
