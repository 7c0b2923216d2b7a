/**
 * Text from pact files and provider answers is someone else's input: before it reaches a terminal or an XML
 * file, control characters are shown as visible escapes (`\x1b`), so no escape sequence runs in a CI log.
 */

/** `text` with every C0/C1 control character and DEL replaced by a visible `\xNN` escape (newlines too). */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  const controls = /[\u0000-\u001f\u007f-\u009f]/g;
  return text.replace(controls, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** `text` made printable, then escaped for an XML attribute or element; `multiline` keeps its line breaks. */
export function xmlText(text: string, multiline = false): string {
  return (multiline ? text.split('\n').map(printable).join('\n') : printable(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
