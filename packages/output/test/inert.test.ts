import { describe, expect, it } from 'vitest';
import { inert, inertJson, inertLines } from '../src/index.js';

/** Every character a terminal may act on: C0, DEL, C1. */
const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => i),
  0x7f,
  ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i),
].map((code) => String.fromCharCode(code));

describe('inert', () => {
  it('shows every C0 control, DEL and C1 control as its \\x escape', () => {
    for (const char of CONTROLS) {
      const shown = inert(`a${char}b`);
      expect(shown).toBe(`a\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}b`);
    }
  });

  it('disarms the sequences an adversarial test sent: clear screen, title, OSC 8, OSC 52, backspace, C1 CSI', () => {
    const attacks = [
      '\u001b[2J\u001b[H',
      '\u001b]0;pwned\u0007',
      '\u001b]8;;http://evil.example\u001b\\click\u001b]8;;\u001b\\',
      '\u001b]52;c;ZXZpbA==\u0007',
      'ok\b\b\bFAIL',
      '\u009b31mred',
    ];
    for (const attack of attacks) {
      const shown = inert(attack);
      expect(
        [...shown].some(
          (c) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f),
        ),
      ).toBe(false);
    }
    expect(inert('\u001b[2J')).toBe('\\x1b[2J');
  });

  it('shows bidi controls, which reorder what a reader sees', () => {
    expect(inert('run\u202eexe.txt')).toBe('run\\u202eexe.txt');
    expect(inert('\u2066a\u2069')).toBe('\\u2066a\\u2069');
  });

  it('leaves printable text, including non-Latin scripts and emoji, as it is', () => {
    const text = 'trigger__2025-11-28T10:00:00 召回率 ✔ 🚀 "quoted" \\x1b';
    expect(inert(text)).toBe(text);
  });
});

describe('inertJson', () => {
  it('escapes the controls JSON.stringify leaves raw, and the JSON still parses to the same value', () => {
    const value = { runId: 'a\u009b2Jb\u007f', note: 'x\u202ey', esc: '\u001b[31m', nested: ['\u0085'] };
    const json = inertJson(JSON.stringify(value, null, 2));
    expect(
      [...json].filter((c) => c !== '\n' && (c < ' ' || (c >= '\u007f' && c <= '\u009f') || c === '\u202e')),
    ).toEqual([]);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('returns JSON without such characters unchanged', () => {
    const json = JSON.stringify({ a: 'plain', b: [1, 2] });
    expect(inertJson(json)).toBe(json);
  });
});

describe('inertLines', () => {
  it('keeps line breaks and makes each line inert', () => {
    expect(inertLines('a\u001b[2J\nb\rc')).toBe('a\\x1b[2J\nb\\x0dc');
  });
});
