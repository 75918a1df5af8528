import { Option } from 'commander';

export function formatOption(formats: readonly string[], fallback: string): Option {
  return new Option('--format <format>', 'output format').choices([...formats]).default(fallback);
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
