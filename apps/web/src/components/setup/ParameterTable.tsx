import type { InstanceParameter } from '@fntasks/core';
import { LongText } from '../LongText';

/** An instance's create or usage parameters as a name/value table; long values fold (LongText). */
export function ParameterTable({
  title,
  parameters,
  testId,
}: {
  title: string;
  parameters: readonly InstanceParameter[];
  testId: string;
}) {
  return (
    <section class="setup-block" aria-label={title} data-testid={testId}>
      <h4>
        {title} <span class="muted">({parameters.length})</span>
      </h4>
      {parameters.length === 0 ? (
        <p class="muted">None.</p>
      ) : (
        <table class="setup-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: names can repeat on the wire; position identifies a row
              <tr key={i}>
                <th scope="row" class="mono">
                  <LongText text={p.name} inline={40} />
                </th>
                <td class="mono">
                  <LongText text={p.value} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
