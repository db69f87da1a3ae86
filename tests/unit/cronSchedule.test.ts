import { describe, expect, it } from 'vitest';
import { cronScheduleProblem } from '~/lib/shell/cronSchedule';

const SYNTAX = '(https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-syntax)';

describe('cronScheduleProblem: a CronJob schedule as the API server parses it', () => {
  it('accepts five fields, names, ranges, lists, steps and macros', () => {
    for (const schedule of [
      '30 2 * * *',
      '*/5 * * * *',
      '0/5 * * * ?',
      '0 9-17/2 * * MON-FRI',
      '0 0 1,15 jan,jul sun',
      '59 23 31 12 6',
      '@daily',
      '@hourly',
      '@every 1h30m',
    ])
      expect(cronScheduleProblem(schedule), schedule).toBeUndefined();
  });

  it('refuses six fields, and offers the schedule without the seconds', () =>
    expect(cronScheduleProblem('0 */5 * * * *')).toBe(
      `has 6 fields, and a CronJob schedule has five, minute hour day-of-month month day-of-week (the API server: "expected exactly 5 fields, found 6"): drop the seconds, the first field (a CronJob runs at most once a minute), \`*/5 * * * *\` ${SYNTAX}.`,
    ));

  it('names the field whose value is out of its range', () => {
    expect(cronScheduleProblem('61 * * * *')).toBe(
      `has \`61\` as its minute, which is 0 to 59 (the API server: "end of range (61) above maximum (59)") ${SYNTAX}.`,
    );
    expect(cronScheduleProblem('0 0 * * 7')).toBe(
      `has \`7\` as its day of the week, which is 0 (Sunday) to 6 (Saturday) or SUN to SAT (the API server: "end of range (7) above maximum (6)") ${SYNTAX}.`,
    );
    expect(cronScheduleProblem('0 0 0 * *')).toMatch(/^has `0` as its day of the month, which is 1 to 31 \(/);
  });

  it('refuses what other crons take: L, W, #, a zero step, a time zone, an unknown macro', () => {
    expect(cronScheduleProblem('0 0 L * *')).toBe(
      `has \`L\` as its day of the month, which is no value: a field is \`*\`, a number, a range (\`1-5\`), a list (\`1,15\`) or a step (\`*/10\`, \`0-30/5\`) ${SYNTAX}.`,
    );
    expect(cronScheduleProblem('*/0 * * * *')).toMatch(/^steps by 0 in `\*\/0`: a step is a positive number/);
    expect(cronScheduleProblem('0 5-1 * * *')).toMatch(/^has the range `5-1`, which ends before it starts/);
    expect(cronScheduleProblem('CRON_TZ=Europe/Paris 0 3 * * *')).toBe(
      `has a time zone in it, which the API server refuses ("cannot use TZ or CRON_TZ in schedule, use timeZone field instead"): give the zone in \`spec.timeZone\` (\`timeZone: Europe/Paris\`) and the five fields alone in the schedule ${SYNTAX}.`,
    );
    expect(cronScheduleProblem('@nightly')).toMatch(/^is not a macro of a CronJob schedule: use `@yearly`, /);
  });
});
