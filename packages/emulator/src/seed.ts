/**
 * Deterministic demo data: the same PRNG seed and anchor time always give the same instances and tasks. Names
 * follow the API pages' own examples (`my-app`/`ctr`/`ctr_test`, `app_group_name`/`test_model_2`, the documented
 * function names) plus a third group. The history is not drawn separately: the demo instances are loaded with
 * their cron schedules set back in time, and the scheduler replays them up to now, so the past and the runs that
 * follow (on the emulator clock) come from the same run model.
 */
import type { LoadInstance } from './instances/instance-input.js';
import type { InstanceStore } from './instances/instance-store.js';
import type { LoadResource } from './resources/resource-input.js';
import { createPrng } from './schedule/prng.js';
import type { RunTarget, Scheduler } from './schedule/scheduler.js';
import type { TaskStore } from './store/task-store.js';

/**
 * The parts of the emulator the seed writes through. Declared here, not imported: the emulator calls the seed,
 * so the seed naming the emulator would close an import cycle.
 */
export interface SeedTarget {
  readonly scheduler: Pick<Scheduler, 'salt' | 'schedule' | 'invalidate'>;
  readonly instances: Pick<InstanceStore, 'get' | 'setNextRun'>;
  readonly store: Pick<TaskStore, 'listInstances' | 'runningTask' | 'newestTask'>;
  loadInstances(instances: readonly LoadInstance[]): unknown;
  loadResources(resources: readonly LoadResource[]): unknown;
  advance(now: number): void;
  startRun(target: RunTarget, at: number, minDurationMs?: number): number;
}

/** One demo instance: its attributes and how many generations of history it gets. */
export interface SeedInstance extends LoadInstance {
  /** The range of generations of history (0 = never trained). */
  generations: readonly [number, number];
}

const belongs = { category: 'general', domain: 'ecommerce', language: 'zh' };
const p = (name: string, value: string) => ({ name, value });
const ctr = {
  modelType: 'tf_checkpoint',
  // featureGenerator names the demo resource `ctr_features`: it is in use by the my-app ctr instances.
  createParameters: [
    p('algorithm', 'deepfm'),
    p('label', 'click'),
    p('sampleDays', '14'),
    p('featureGenerator', 'ctr_features'),
  ],
  usageParameters: [p('scene', 'search')],
  versionId: 101,
  belongs,
};
const pop = {
  modelType: 'pop',
  createParameters: [p('behaviorDays', '30')],
  usageParameters: [p('field', 'title')],
  versionId: 201,
  belongs,
};
const hot = { modelType: 'offline_inference', createParameters: [p('window', '24h')], versionId: 301 };

/** The demo instances (seed-independent); the README's table lists the same. */
export const SEED_INSTANCES: readonly SeedInstance[] = [
  {
    appGroupIdentity: 'my-app',
    functionName: 'ctr',
    instanceName: 'ctr_test',
    ...ctr,
    cron: '0 */6 * * ?',
    description: 'CTR model trained on test traffic',
    generations: [150, 450],
  },
  {
    appGroupIdentity: 'my-app',
    functionName: 'ctr',
    instanceName: 'ctr_prod',
    ...ctr,
    cron: '30 */12 * * ?',
    description: 'CTR model serving production search',
    isDefault: true,
    generations: [150, 300],
  },
  {
    appGroupIdentity: 'my-app',
    functionName: 'pop',
    instanceName: 'pop_default',
    ...pop,
    cron: '0 3 ? * 0,1,2,3,4,5,6',
    description: 'Popularity model',
    isDefault: true,
    generations: [100, 200],
  },
  {
    appGroupIdentity: 'my-app',
    functionName: 'hot',
    instanceName: 'hot_default',
    ...hot,
    cron: '15 * * * ?',
    description: 'Hot searches, hourly',
    isDefault: true,
    generations: [300, 450],
  },
  {
    appGroupIdentity: 'my-app',
    functionName: 'hint',
    instanceName: 'hint_v1',
    modelType: 'near_realtime',
    status: 'unavailable',
    cron: '',
    description: 'Personalised hints, not trained yet',
    generations: [0, 0],
  },
  {
    appGroupIdentity: 'app_group_name',
    functionName: 'ctr',
    instanceName: 'test_model_2',
    ...ctr,
    cron: '0 3 ? * 0,1,3,5',
    description: 'CTR model (the API page example)',
    isDefault: true,
    generations: [120, 200],
  },
  {
    appGroupIdentity: 'app_group_name',
    functionName: 'hot',
    instanceName: 'hot_hourly',
    ...hot,
    cron: '0 * * * ?',
    description: 'Hot searches, hourly',
    isDefault: true,
    generations: [300, 450],
  },
  {
    appGroupIdentity: 'app_group_name',
    functionName: 'category',
    instanceName: 'category_builtin',
    modelType: 'text',
    source: 'builtin',
    functionType: 'SAAS',
    cron: '',
    description: 'Built-in category prediction',
    isDefault: true,
    generations: [0, 0],
  },
  {
    appGroupIdentity: 'shop-search',
    functionName: 'ctr',
    instanceName: 'ctr_v3',
    ...ctr,
    cron: '0 */4 * * ?',
    description: 'CTR model v3',
    isDefault: true,
    generations: [250, 450],
  },
  {
    appGroupIdentity: 'shop-search',
    functionName: 'pop',
    instanceName: 'pop_daily',
    ...pop,
    cron: '0 4 ? * 0,1,2,3,4,5,6',
    description: 'Popularity, daily',
    isDefault: true,
    generations: [150, 300],
  },
  {
    appGroupIdentity: 'shop-search',
    functionName: 'pop',
    instanceName: 'pop_weekly',
    ...pop,
    cron: '0 5 ? * 1,4',
    description: 'Popularity, twice a week',
    generations: [60, 120],
  },
  {
    appGroupIdentity: 'shop-search',
    functionName: 'hot',
    instanceName: 'hot_trending',
    modelType: 'near_realtime',
    createParameters: [p('window', '1h')],
    versionId: 302,
    cron: '*/30 * * * ?',
    description: 'Trending searches, every 30 minutes',
    isDefault: true,
    generations: [300, 450],
  },
];

/**
 * The demo resources (seed-independent), created a day before the seed's anchor; the README's table lists the
 * same. `ctr_features` is referenced by the my-app ctr instances (their `featureGenerator` parameter), so it
 * cannot be deleted; the others are unreferenced.
 */
export const SEED_RESOURCES: readonly Omit<LoadResource, 'createTime' | 'modifyTime'>[] = [
  {
    appGroupIdentity: 'my-app',
    functionName: 'ctr',
    resourceName: 'ctr_features',
    resourceType: 'feature_generator',
    description: 'Features of the CTR models',
    data: {
      generators: [
        {
          generator: 'id_feature',
          input: { features: [{ name: 'user_id', type: 'user' }] },
          output: 'user_id_feature',
        },
        {
          generator: 'combo_feature',
          input: {
            features: [
              { name: 'category', type: 'item' },
              { name: 'gender', type: 'user' },
            ],
          },
          output: 'category_gender',
        },
      ],
    },
  },
  {
    appGroupIdentity: 'my-app',
    functionName: 'ctr',
    resourceName: 'ctr_stopwords',
    resourceType: 'raw_file',
    description: 'Words the CTR models ignore',
    data: { content: 'the\na\nof\nand' },
  },
  {
    appGroupIdentity: 'shop-search',
    functionName: 'pop',
    resourceName: 'pop_blocklist',
    resourceType: 'raw_file',
    description: 'Items never ranked as popular',
    data: { content: 'sku-1001\nsku-1002' },
  },
];

/** The seeded layout: app group → function → instances. */
export const SEED_LAYOUT: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = (() => {
  const layout: Record<string, Record<string, string[]>> = {};
  for (const i of SEED_INSTANCES) {
    const byFunction = layout[i.appGroupIdentity] ?? {};
    layout[i.appGroupIdentity] = byFunction;
    byFunction[i.functionName] = [...(byFunction[i.functionName] ?? []), i.instanceName];
  }
  return layout;
})();

/** What a seed created, for the one-line summary. */
export interface SeedSummary {
  seed: number;
  appGroups: number;
  functions: number;
  instances: number;
  tasks: number;
  running: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The instance whose newest run is always in progress at seed time, so a watcher has something to see. */
export const ALWAYS_RUNNING = { appGroupIdentity: 'my-app', functionName: 'ctr', instanceName: 'ctr_test' };

/** Writes the demo data of seed `seed` into `emulator`, anchored at `now` (rounded down to the minute). */
export function buildSeed(emulator: SeedTarget, seed: number, now: number): SeedSummary {
  const rand = createPrng(seed);
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const anchor = Math.floor(now / MINUTE) * MINUTE;
  emulator.scheduler.salt = seed;
  const historyStart = new Map<string, number>();
  const instances = SEED_INSTANCES.map(({ generations, ...instance }) => {
    const count = between(generations[0], generations[1]);
    let first = anchor;
    if (instance.cron && count > 0) {
      const schedule = emulator.scheduler.schedule(instance.cron);
      // A clock near the epoch has fewer fire times behind it than the story asks for.
      for (let g = 0, before = schedule.previousBefore(first); g < count && before !== null; g += 1) {
        first = before;
        before = schedule.previousBefore(first);
      }
      historyStart.set(instance.instanceName, first);
    }
    return { ...instance, createTime: first - between(1, 30) * DAY };
  });
  emulator.loadInstances(instances);
  // Set every schedule back to its history's first fire time; catching up to now then writes the history.
  for (const instance of instances) {
    const row = emulator.instances.get(instance);
    const start = historyStart.get(instance.instanceName);
    if (row && start !== undefined) emulator.instances.setNextRun(row.id, start);
  }
  emulator.scheduler.invalidate();
  emulator.advance(anchor);
  keepRunning(emulator, anchor, between);
  emulator.loadResources(
    SEED_RESOURCES.map((resource, i) => ({ ...resource, createTime: anchor - DAY + i * MINUTE })),
  );

  const summary = emulator.store.listInstances();
  return {
    seed,
    appGroups: new Set(SEED_INSTANCES.map((i) => i.appGroupIdentity)).size,
    functions: new Set(SEED_INSTANCES.map((i) => i.functionName)).size,
    instances: SEED_INSTANCES.length,
    tasks: summary.reduce((n, i) => n + i.taskCount, 0),
    running: summary.reduce((n, i) => n + i.runningCount, 0),
  };
}

/** Makes sure ALWAYS_RUNNING has a run in progress at the anchor that goes on for 20–45 more minutes. */
function keepRunning(
  emulator: SeedTarget,
  anchor: number,
  between: (lo: number, hi: number) => number,
): void {
  const row = emulator.instances.get(ALWAYS_RUNNING);
  if (!row || emulator.store.runningTask(row.id)) return;
  const newest = emulator.store.newestTask(row.id);
  const start = Math.min(
    anchor,
    Math.max(anchor - between(1, 15) * MINUTE, (newest?.end_time ?? 0) + MINUTE),
  );
  emulator.startRun({ id: row.id, key: ALWAYS_RUNNING }, start, anchor - start + between(20, 45) * MINUTE);
}

/** The one-line summary the seed prints. */
export function formatSeedSummary(s: SeedSummary): string {
  return `seeded ${s.appGroups} app groups, ${s.functions} functions, ${s.instances} instances, ${s.tasks} tasks (${s.running} running) from seed ${s.seed}`;
}
