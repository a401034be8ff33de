// The command line is parsed the way python3 parses it (Python/getopt.c, initconfig.c).
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/args.js';

describe('parseCommandLine', () => {
  it('runs a file with the rest of the words as sys.argv[1:]', () => {
    expect(parseCommandLine(['x.py', '-c', 'a'])).toEqual({ kind: 'run', source: { kind: 'file', path: 'x.py' }, argv: ['x.py', '-c', 'a'] });
  });
  it('runs -c code with sys.argv = ["-c", rest…], even when the rest looks like options', () => {
    expect(parseCommandLine(['-c', 'print(1)', '-x', 'y'])).toEqual({ kind: 'run', source: { kind: 'code', code: 'print(1)' }, argv: ['-c', '-x', 'y'] });
  });
  it('takes -c code attached to the option and after bundled flags', () => {
    expect(parseCommandLine(['-cprint(2)'])).toMatchObject({ source: { kind: 'code', code: 'print(2)' }, argv: ['-c'] });
    expect(parseCommandLine(['-uBc', 'pass', 'z'])).toMatchObject({ source: { kind: 'code', code: 'pass' }, argv: ['-c', 'z'] });
  });
  it('asks for the argument of a -c at the end', () => {
    expect(parseCommandLine(['-c'])).toEqual({ kind: 'usage-error', message: 'Argument expected for the -c option' });
  });
  it('reads standard input for "-" or no script', () => {
    expect(parseCommandLine([])).toEqual({ kind: 'run', source: { kind: 'stdin' }, argv: [''] });
    expect(parseCommandLine(['-', 'a'])).toEqual({ kind: 'run', source: { kind: 'stdin' }, argv: ['-', 'a'] });
  });
  it('ends the options at "--"', () => {
    expect(parseCommandLine(['--', '-c'])).toMatchObject({ source: { kind: 'file', path: '-c' }, argv: ['-c'] });
  });
  it('answers -V, --version, -h, -? and --help', () => {
    expect(parseCommandLine(['-V']).kind).toBe('version');
    expect(parseCommandLine(['--version']).kind).toBe('version');
    expect(parseCommandLine(['-h']).kind).toBe('help');
    expect(parseCommandLine(['-?']).kind).toBe('help');
    expect(parseCommandLine(['--help']).kind).toBe('help');
  });
  it('refuses unknown options with python3 messages', () => {
    expect(parseCommandLine(['-Q'])).toEqual({ kind: 'usage-error', message: 'Unknown option: -Q' });
    expect(parseCommandLine(['--foo'])).toEqual({ kind: 'usage-error', message: 'unknown option --foo' });
  });
});
