/**
 * Inert text: what a terminal or a page may show of a string that came from the wire or from a user. A terminal
 * acts on control characters (ESC starts clear-screen, window-title, OSC 8 hyperlink and OSC 52 clipboard
 * sequences; a C1 CSI does the same in one byte; backspace and CR overwrite what is shown), and bidi controls
 * reorder what a reader sees. Each of them is shown as its escape instead, so the text reads the same and does
 * nothing.
 */

/** C0 controls, DEL, C1 controls, and the Unicode bidi controls (embedding, override, isolate, marks). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `\x1b` for a control below U+0100, `\u202e` for a bidi control. */
function visible(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Returns `text` with every C0/C1 control, DEL and bidi control shown as its escape (`\x1b`, `\x0a`, `\u202e`),
 * so that printing it can never move the cursor, recolour, retitle, link or write the clipboard. Line breaks
 * are escaped too: print multi-line text line by line.
 */
export function inert(text: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, visible) : text;
}

/** DEL, C1 and bidi controls: the ones `JSON.stringify` leaves raw inside strings (it escapes C0 itself). */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes the text of a JSON document safe for a terminal while keeping it the same JSON: the controls
 * `JSON.stringify` leaves raw can only sit inside strings, and there `\u009b` parses to the same character.
 */
export function inertJson(json: string): string {
  RAW_IN_JSON.lastIndex = 0;
  return RAW_IN_JSON.test(json)
    ? json.replace(RAW_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : json;
}

/** `inert` line by line: multi-line text of our own (a pretty-printed document, a stack) keeps its line breaks. */
export function inertLines(text: string): string {
  return text.split('\n').map(inert).join('\n');
}
