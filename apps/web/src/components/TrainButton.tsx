import { useState } from 'preact/hooks';
import { describeError, type ErrorView } from '../api';
import type { InstanceNames } from '../instances';
import { startTraining } from '../train';

/** "Train now", with a confirmation step; shown only when the server allows it (`--allow-train`). */
export function TrainButton({
  instance,
  csrfToken,
  onStarted,
}: {
  instance: InstanceNames;
  csrfToken: string;
  onStarted: () => void;
}) {
  const [stage, setStage] = useState<'idle' | 'confirm' | 'sending' | 'done'>('idle');
  const [error, setError] = useState<ErrorView | null>(null);
  if (stage === 'confirm' || stage === 'sending') {
    return (
      <div
        class="train-confirm"
        role="alertdialog"
        aria-labelledby="train-question"
        data-testid="train-confirm"
      >
        <p id="train-question">
          Start a training run of <strong>{instance.instanceName}</strong> now?
        </p>
        <button
          type="button"
          class="primary"
          disabled={stage === 'sending'}
          onClick={() => {
            setStage('sending');
            setError(null);
            startTraining(instance, csrfToken)
              .then(() => {
                setStage('done');
                onStarted();
              })
              .catch((e: unknown) => {
                setError(describeError(e));
                setStage('idle');
              });
          }}
        >
          {stage === 'sending' ? 'Starting…' : 'Start training'}
        </button>
        <button type="button" onClick={() => setStage('idle')} disabled={stage === 'sending'}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <div class="train">
      <button type="button" onClick={() => setStage('confirm')} data-testid="train-now">
        ▶ Train now
      </button>
      {stage === 'done' && <span role="status"> Run started.</span>}
      {error && (
        <span role="alert" class="has-errors" data-testid="train-error">
          {' '}
          {error.outcomeUnknown ? `${error.title}: ` : 'Not started: '}
          {error.message}
        </span>
      )}
    </div>
  );
}
