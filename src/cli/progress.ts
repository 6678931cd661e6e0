import cliProgress from 'cli-progress';
import type { CliIo } from './io.js';

/**
 * A progress bar on standard error, by bytes read, only when standard error is a terminal (cli-progress,
 * a maintained library, handles redrawing and throttling). Elsewhere it is a no-op.
 */
export function progressFor(io: CliIo, totalBytes: number, enabled: boolean): { onBytes?: (n: number) => void; stop: () => void } {
  if (!enabled || !io.stderrIsTty || totalBytes <= 0) return { stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: 'assessing [{bar}] {percentage}% | {done} of {size} MB | eta {eta_formatted}', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  const mb = (n: number): string => (n / 1e6).toFixed(1);
  let done = 0;
  bar.start(totalBytes, 0, { done: mb(0), size: mb(totalBytes) });
  return {
    onBytes: n => {
      done += n;
      bar.update(done, { done: mb(done), size: mb(totalBytes) });
    },
    stop: () => bar.stop(),
  };
}
