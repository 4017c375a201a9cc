import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { CronExpressionParser } from 'cron-parser';
import { ValidationError } from '../core/errors';

// The descriptors the Kubernetes CronJob controller accepts, with their 5-field meaning.
const MACROS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

/**
 * When a {@link ScheduledTask} runs. A factory class: `Schedule.cron('0 2 * * *')`,
 * `Schedule.daily()`. Expressions are validated (with the maintained `cron-parser`
 * library, restricted to what Kubernetes accepts) when the task is constructed.
 */
export class Schedule {
  /**
   * A standard 5-field cron expression (minute hour day-of-month month day-of-week),
   * or one of the descriptors `@yearly`, `@annually`, `@monthly`, `@weekly`, `@daily`,
   * `@midnight`, `@hourly`. Interpreted in the task's `timeZone`.
   */
  public static cron(expression: string): Schedule {
    return new Schedule(expression);
  }

  /** Every hour, on the hour (`@hourly`). */
  public static hourly(): Schedule {
    return new Schedule('@hourly');
  }

  /** Every day at `hour`:`minute`. */
  public static daily(hour: number = 0, minute: number = 0): Schedule {
    return new Schedule(`${minute} ${hour} * * *`);
  }

  /** Every week on `dayOfWeek` (0 = Sunday) at `hour`:00. */
  public static weekly(dayOfWeek: number = 0, hour: number = 0): Schedule {
    return new Schedule(`0 ${hour} * * ${dayOfWeek}`);
  }

  /** Every month on `dayOfMonth` at `hour`:00. */
  public static monthly(dayOfMonth: number = 1, hour: number = 0): Schedule {
    return new Schedule(`0 ${hour} ${dayOfMonth} * *`);
  }

  /** @param expression the cron expression as written to `spec.schedule` */
  private constructor(public readonly expression: string) {}
}

/**
 * Throws a ValidationError unless `schedule` is a cron expression Kubernetes accepts
 * and `timeZone` an IANA zone name. Returns the next run time (for tests and docs).
 */
export function validateSchedule(scope: IConstruct, schedule: Schedule | undefined, timeZone: string): Date | undefined {
  if (!schedule || typeof schedule.expression !== 'string') {
    throw new ValidationError(scope, 'schedule', 'is required', "pass schedule: Schedule.cron('0 2 * * *')");
  }
  const expression = schedule.expression.trim();
  if (Token.isUnresolved(expression) || Token.isUnresolved(timeZone)) return undefined;
  const fix = "write 5 fields, minute hour day-of-month month day-of-week, e.g. '0 2 * * *' (02:00 daily), or a descriptor such as '@daily'";
  if (/^(CRON_)?TZ=/.test(expression)) {
    throw new ValidationError(scope, 'schedule', `"${expression}" embeds a time zone, which Kubernetes rejects`, 'remove the TZ= prefix and set the timeZone prop instead');
  }
  let fields = expression;
  if (expression.startsWith('@')) {
    fields = MACROS[expression];
    if (!fields) {
      throw new ValidationError(scope, 'schedule', `"${expression}" is not a descriptor Kubernetes accepts`, `use one of ${Object.keys(MACROS).join(', ')}`);
    }
  } else {
    const count = expression.split(/\s+/).length;
    if (count !== 5) {
      throw new ValidationError(scope, 'schedule', `"${expression}" has ${count} fields, Kubernetes cron needs exactly 5 (no seconds, no year)`, fix);
    }
    if (/[LW#]/i.test(expression.replace(/[A-Z]{3}/gi, (m) => (/^(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|SUN|MON|TUE|WED|THU|FRI|SAT)$/i.test(m) ? '' : m)))) {
      throw new ValidationError(scope, 'schedule', `"${expression}" uses L, W or # (last day, weekday, nth weekday), which Kubernetes cron does not support`, fix);
    }
  }
  if (timeZone.trim() === '') {
    throw new ValidationError(scope, 'timeZone', 'must not be empty', 'use an IANA zone name such as "Etc/UTC" or "Asia/Shanghai"');
  }
  try {
    CronExpressionParser.parse(fields, { tz: 'Etc/UTC' });
  } catch (e) {
    throw new ValidationError(scope, 'schedule', `"${expression}" is not a valid cron expression (${(e as Error).message})`, fix);
  }
  let next: Date;
  try {
    // cron-parser only notices an unknown zone when it computes a date.
    next = CronExpressionParser.parse(fields, { tz: timeZone }).next().toDate();
  } catch (e) {
    throw new ValidationError(scope, 'timeZone', `"${timeZone}" is not an IANA time zone`, 'use a name from the tz database such as "Etc/UTC", "Europe/Berlin" or "Asia/Shanghai"');
  }
  // The cluster resolves zones case-sensitively (Go time.LoadLocation); the parser does not.
  const canonical = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  if (canonical !== timeZone && canonical.toLowerCase() === timeZone.toLowerCase()) {
    throw new ValidationError(scope, 'timeZone', `"${timeZone}" is not spelled as in the tz database`, `use "${canonical}"`);
  }
  return next;
}
