import { useState } from 'preact/hooks';

/** Copies a text to the clipboard and says so. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  return (
    <button
      type="button"
      class="copy"
      aria-label={label}
      title={label}
      onClick={(e) => {
        e.stopPropagation();
        navigator.clipboard
          .writeText(text)
          .then(() => setCopied('done'))
          .catch(() => setCopied('failed'));
        setTimeout(() => setCopied('idle'), 1500);
      }}
    >
      {copied === 'done' ? '✓ Copied' : copied === 'failed' ? 'Copy failed' : 'Copy'}
    </button>
  );
}
