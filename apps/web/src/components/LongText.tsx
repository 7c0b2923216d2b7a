import { clipText } from '../bounded-view';
import { formatCount } from '../format';

/** Characters of a value shown inline before it folds into a "whole value" disclosure. */
const INLINE_CHARS = 80;

/**
 * A wire string of any length: short ones inline, long or multi-line ones cut to their start with a
 * <details> holding the whole value (bounded by clipText). Always text nodes, never markup.
 */
export function LongText({ text, inline = INLINE_CHARS }: { text: string; inline?: number }) {
  const firstLine = text.split('\n', 1)[0] ?? '';
  if (text.length <= inline && firstLine.length === text.length) return <span class="long-text">{text}</span>;
  return (
    <details class="long-text">
      <summary>
        <span class="long-text-start">{firstLine.slice(0, inline)}…</span>{' '}
        <span class="muted">({formatCount(text.length)} characters)</span>
      </summary>
      <pre class="raw">{clipText(text)}</pre>
    </details>
  );
}
