/** A mistake in how the tool was called (a missing, unreadable or non-Pact file; a bad option): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The process exit code the entry point maps this error to. */
  readonly exitCode = 2;
}
