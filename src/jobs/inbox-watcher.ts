import { existsSync, watch } from 'node:fs';
import { stat } from 'node:fs/promises';
import { inboxFiles } from './refresh.js';

export interface InboxWatcher {
  /** Looks at the inbox now rather than at the next tick. */
  poke(): void;
  stop(): Promise<void>;
}

/**
 * Watches the inbox folder by looking at it every `intervalMs` (network shares do not all send
 * change events; a change event, when one comes, only brings the look forward). A file is handed
 * over only once its size and time have not changed between two looks, so a workbook still
 * being copied in overnight is never read half-written. `onReady` runs one batch at a time.
 */
export function watchInbox(inbox: string, onReady: (files: string[]) => Promise<void>, options: { intervalMs: number }): InboxWatcher {
  const seen = new Map<string, string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  let events: ReturnType<typeof watch> | null = null;

  const look = async () => {
    if (stopped || !existsSync(inbox)) return;
    const files = await inboxFiles(inbox).catch(() => [] as string[]);
    const ready: string[] = [];
    const now = new Set(files);
    for (const k of seen.keys()) if (!now.has(k)) seen.delete(k);
    for (const f of files) {
      const s = await stat(f).catch(() => null);
      if (!s) continue;
      const sig = `${s.size}|${s.mtimeMs}`;
      if (seen.get(f) === sig) ready.push(f);
      seen.set(f, sig);
    }
    if (ready.length) {
      for (const f of ready) seen.delete(f);
      await onReady(ready);
    }
  };
  let nextAt = 0;
  /** Looks in `ms`, unless a look is already due sooner. */
  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer && nextAt <= Date.now() + ms) return;
    if (timer) clearTimeout(timer);
    nextAt = Date.now() + ms;
    timer = setTimeout(tick, ms);
  };
  const tick = () => {
    timer = null;
    running = running.then(look).catch(() => undefined).finally(() => schedule(options.intervalMs));
  };
  try {
    // A change brings the next look forward (it never puts it back).
    events = watch(inbox, { persistent: false }, () => schedule(250));
    events.on('error', () => undefined);
  } catch {
    events = null;
  }
  schedule(0);
  return {
    poke() {
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      events?.close();
      await running;
    },
  };
}
