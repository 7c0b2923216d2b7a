import type { FunctionInstance } from '@fntasks/core';
import { formatDuration, formatTime, type TimeZoneChoice, zoneLabel } from '../../format';
import { LongText } from '../LongText';
import { ParameterTable } from './ParameterTable';

/** What GetFunctionInstance says about an instance: its kind, version, schedule, where it belongs, its parameters. */
export function InstanceSettings({ instance, zone }: { instance: FunctionInstance; zone: TimeZoneChoice }) {
  const belongs = instance.belongs;
  const task = instance.task;
  return (
    <section class="setup-section" aria-labelledby="setup-instance" data-testid="setup-instance">
      <h3 id="setup-instance">Instance</h3>
      <dl class="kv">
        <dt>Model type</dt>
        <dd data-testid="setup-model-type">{instance.modelType ?? '—'}</dd>
        <dt>Function type</dt>
        <dd>{instance.functionType ?? '—'}</dd>
        <dt>Version id</dt>
        <dd data-testid="setup-version-id">{instance.versionId ?? 'none'}</dd>
        <dt>Description</dt>
        <dd data-testid="setup-description">
          {instance.description ? <LongText text={instance.description} /> : <span class="muted">none</span>}
        </dd>
        <dt>Belongs</dt>
        <dd data-testid="setup-belongs">
          {belongs
            ? `domain ${belongs.domain || '—'} · category ${belongs.category || '—'} · language ${belongs.language || '—'}`
            : '—'}
        </dd>
        <dt>Status</dt>
        <dd>
          {instance.status ?? '—'}
          {instance.source ? ` · ${instance.source}` : ''}
        </dd>
        <dt>Created</dt>
        <dd>
          {instance.createTime === null ? '—' : `${formatTime(instance.createTime, zone)} ${zoneLabel(zone)}`}
        </dd>
        <dt>Schedule</dt>
        <dd data-testid="setup-cron">
          {instance.cron ? (
            <>
              <span class="mono">{instance.cron}</span> <span class="muted">(trains on this schedule)</span>
            </>
          ) : (
            'none: trains only when started'
          )}
        </dd>
        <dt>Training state</dt>
        <dd data-testid="setup-training">
          {task
            ? [
                task.dagStatus || 'unknown',
                task.progress === null ? null : `${task.progress}%`,
                task.lastRunTime === null ? null : `last run took ${formatDuration(task.lastRunTime)}`,
              ]
                .filter(Boolean)
                .join(' · ')
            : '—'}
        </dd>
      </dl>
      <ParameterTable
        title="Create parameters"
        parameters={instance.createParameters}
        testId="create-parameters"
      />
      <ParameterTable
        title="Usage parameters"
        parameters={instance.usageParameters}
        testId="usage-parameters"
      />
      {instance.extendInfoRaw !== null && (
        <section class="setup-block" aria-label="extendInfo">
          <h4>extendInfo</h4>
          <LongText text={instance.extendInfoRaw} />
        </section>
      )}
      {instance.warnings.length > 0 && (
        <p class="muted" data-testid="setup-warnings">
          The answer needed fixing up: {instance.warnings.map((w) => w.kind).join(', ')}.
        </p>
      )}
    </section>
  );
}
