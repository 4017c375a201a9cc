import { ConcurrencyPolicy, Schedule, ScheduledTask, ScheduledTaskProps } from '../../lib';
import { errorOf, only, synthWith as synth } from '../util/synth';

const base: ScheduledTaskProps = {
  namespace: 'shop',
  schedule: Schedule.cron('0 2 * * *'),
  image: 'registry.example.com/shop/report:2.1.0',
  command: ['/app/report'],
  resources: { cpuRequest: '200m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '512Mi' },
};
const build = (props: Partial<ScheduledTaskProps> = {}) => only(synth((s) => new ScheduledTask(s, 'nightly-report', { ...base, ...props })), 'kubernetes_cron_job_v1');
const fail = (props: any) => errorOf((s) => new ScheduledTask(s, 'nightly-report', { ...base, ...props }));

describe('ScheduledTask', () => {
  test('CronJob with safe defaults: UTC, no overlap, starting deadline, execution history', () => {
    const cj = build();
    expect(cj.metadata).toMatchObject({ name: 'nightly-report', namespace: 'shop' });
    expect(cj.spec).toMatchObject({
      schedule: '0 2 * * *',
      timezone: 'Etc/UTC',
      concurrency_policy: 'Forbid',
      starting_deadline_seconds: 300,
      suspend: false,
      successful_jobs_history_limit: 3,
      failed_jobs_history_limit: 5,
    });
    const job = cj.spec.job_template.spec;
    expect(job.backoff_limit).toBe(2);
    const pod = job.template.spec;
    expect(pod.restart_policy).toBe('Never');
    expect(pod.security_context.run_as_non_root).toBe(true);
    expect(pod.container[0]).toMatchObject({
      name: 'task', image: 'registry.example.com/shop/report:2.1.0', command: ['/app/report'],
      security_context: { read_only_root_filesystem: true, allow_privilege_escalation: false, capabilities: { drop: ['ALL'] } },
    });
    expect(pod.topology_spread_constraint).toBeUndefined();
  });

  test('every option is rendered', () => {
    const cj = build({
      schedule: Schedule.cron('*/15 8-18 * * MON-FRI'), timeZone: 'Asia/Shanghai', concurrencyPolicy: ConcurrencyPolicy.REPLACE,
      startingDeadlineSeconds: 60, suspend: true, successfulJobsHistoryLimit: 10, failedJobsHistoryLimit: 20, backoffLimit: 0, activeDeadlineSeconds: 3600,
    });
    expect(cj.spec).toMatchObject({
      schedule: '*/15 8-18 * * MON-FRI', timezone: 'Asia/Shanghai', concurrency_policy: 'Replace', starting_deadline_seconds: 60,
      suspend: true, successful_jobs_history_limit: 10, failed_jobs_history_limit: 20,
    });
    expect(cj.spec.job_template.spec).toMatchObject({ backoff_limit: 0, active_deadline_seconds: 3600 });
  });

  test.each([
    [Schedule.hourly(), '@hourly'], [Schedule.daily(2, 30), '30 2 * * *'], [Schedule.weekly(1, 3), '0 3 * * 1'],
    [Schedule.monthly(15), '0 0 15 * *'], [Schedule.cron('@midnight'), '@midnight'], [Schedule.cron('@annually'), '@annually'],
    [Schedule.cron('0 0 ? * SUN'), '0 0 ? * SUN'], [Schedule.cron('0 12 * JUL WED'), '0 12 * JUL WED'],
  ])('accepts schedule %#: %s', (schedule, expression) => {
    expect(build({ schedule }).spec.schedule).toBe(expression);
  });

  test('the next run is computed in the task time zone', () => {
    let task!: ScheduledTask;
    synth((s) => { task = new ScheduledTask(s, 't', { ...base, schedule: Schedule.cron('0 2 * * *'), timeZone: 'Asia/Shanghai' }); });
    expect(task.nextRun).toMatch(/T18:00:00\.000Z$/); // 02:00 in UTC+8
  });

  test.each([
    [{ schedule: Schedule.cron('61 * * * *') }, /\[test\/nightly-report\] props\.schedule: "61 \* \* \* \*" is not a valid cron expression \(.*0-59.*\)\. Fix: write 5 fields/],
    [{ schedule: Schedule.cron('0 2 * *') }, /props\.schedule: "0 2 \* \*" has 4 fields, Kubernetes cron needs exactly 5/],
    [{ schedule: Schedule.cron('0 0 2 * * *') }, /props\.schedule: "0 0 2 \* \* \*" has 6 fields/],
    [{ schedule: Schedule.cron('0 0 L * *') }, /props\.schedule: .* uses L, W or #/],
    [{ schedule: Schedule.cron('0 0 * * 1#2') }, /props\.schedule: .* uses L, W or #/],
    [{ schedule: Schedule.cron('@every 5m') }, /props\.schedule: "@every 5m" is not a descriptor Kubernetes accepts/],
    [{ schedule: Schedule.cron('CRON_TZ=UTC 0 2 * * *') }, /props\.schedule: .* embeds a time zone.*set the timeZone prop/],
    [{ schedule: Schedule.cron('0 2 * * FOO') }, /props\.schedule: "0 2 \* \* FOO" is not a valid cron expression/],
    [{ schedule: undefined }, /props\.schedule: is required/],
    [{ timeZone: 'Mars/Olympus_Mons' }, /\[test\/nightly-report\] props\.timeZone: "Mars\/Olympus_Mons" is not an IANA time zone/],
    [{ timeZone: 'europe/berlin' }, /props\.timeZone: "europe\/berlin" is not spelled as in the tz database\. Fix: use "Europe\/Berlin"/],
    [{ timeZone: '' }, /props\.timeZone: must not be empty/],
    [{ image: 'shop/report:latest' }, /props\.image: .*:latest/],
    [{ resources: undefined }, /props\.resources: is required/],
    [{ name: 'a'.repeat(53) }, /props\.name: "a{53}" is longer than 52 characters/],
    [{ startingDeadlineSeconds: 5 }, /props\.startingDeadlineSeconds: must be an integer >= 10/],
    [{ successfulJobsHistoryLimit: -1 }, /props\.successfulJobsHistoryLimit: must be an integer from 0 to 100/],
  ])('rejects %o', (props, message) => {
    expect(fail(props)).toMatch(message);
  });
});
