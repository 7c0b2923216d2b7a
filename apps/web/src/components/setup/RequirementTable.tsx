import type { InstanceParameter } from '@fntasks/core';
import { checkRequirements } from '../../setup';
import { LongText } from '../LongText';

/** The parameters a version declares (create or usage) beside what the instance sets for each. */
export function RequirementTable({
  title,
  declared,
  set,
  testId,
}: {
  title: string;
  declared: readonly { name: string; required: boolean }[];
  set: readonly InstanceParameter[];
  testId: string;
}) {
  const check = checkRequirements(declared, set);
  return (
    <section class="setup-block" aria-label={title} data-testid={testId}>
      <h4>
        {title} <span class="muted">({declared.length})</span>
      </h4>
      {declared.length === 0 ? (
        <p class="muted">The version declares none.</p>
      ) : (
        <table class="setup-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Required</th>
              <th scope="col">This instance</th>
            </tr>
          </thead>
          <tbody>
            {check.rows.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: names can repeat on the wire; position identifies a row
              <tr key={i} data-missing={row.required && row.value === null ? 'true' : undefined}>
                <th scope="row" class="mono">
                  <LongText text={row.name} inline={40} />
                </th>
                <td>{row.required ? 'required' : 'optional'}</td>
                <td class="mono">
                  {row.value !== null ? (
                    <LongText text={row.value} />
                  ) : row.required ? (
                    <span class="setup-note bad">missing</span>
                  ) : (
                    <span class="muted">not set</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {check.undeclared.length > 0 && (
        <p class="muted setup-note" data-testid={`${testId}-undeclared`}>
          Set by the instance, not declared by the version: {check.undeclared.join(', ')}.
        </p>
      )}
    </section>
  );
}
