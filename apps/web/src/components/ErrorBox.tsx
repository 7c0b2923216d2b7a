import type { ErrorView } from '../api';

/** The error state: what happened, the API code, HTTP status and requestId, and a way to try again. */
export function ErrorBox({
  error,
  onRetry,
  compact,
}: {
  error: ErrorView;
  onRetry?: () => void;
  compact?: boolean;
}) {
  return (
    <div class={compact ? 'error-box compact' : 'error-box'} role="alert" data-testid="error">
      <p class="error-title">
        <span aria-hidden="true">⚠ </span>
        {error.title}
      </p>
      <p class="error-message">{error.message}</p>
      <dl class="error-facts">
        {error.code !== undefined && (
          <>
            <dt>Code</dt>
            <dd data-testid="error-code">{error.code}</dd>
          </>
        )}
        {error.httpCode !== undefined && (
          <>
            <dt>HTTP</dt>
            <dd>{error.httpCode}</dd>
          </>
        )}
        {error.requestId !== undefined && (
          <>
            <dt>Request ID</dt>
            <dd data-testid="error-request-id">{error.requestId || '(none sent)'}</dd>
          </>
        )}
        {error.attempts !== undefined && error.attempts > 1 && (
          <>
            <dt>Attempts</dt>
            <dd>{error.attempts}</dd>
          </>
        )}
      </dl>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
