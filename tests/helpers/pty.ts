import { spawn } from 'node:child_process';

/** One step of a terminal conversation: wait until the screen shows `expect`, then type `send`. */
export interface Step {
  readonly expect: string | RegExp;
  readonly send: string;
}

/**
 * Runs a command in a real pseudo-terminal (util-linux `script`), answering prompts as they appear,
 * the way a person at a keyboard would. Resolves with everything the terminal showed and the exit code.
 */
export function runInPty(command: string, steps: readonly Step[], timeoutMs = 20_000): Promise<{ screen: string; code: number | null }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', TERM: 'xterm' } });
    let screen = '';
    let next = 0;
    let searchFrom = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out waiting for ${String(steps[next]?.expect)}; screen so far:\n${screen}`));
    }, timeoutMs);
    const advance = (): void => {
      const step = steps[next];
      if (!step) return;
      const rest = screen.slice(searchFrom);
      const match = typeof step.expect === 'string' ? rest.indexOf(step.expect) : rest.search(step.expect);
      if (match < 0) return;
      searchFrom += match + 1;
      next += 1;
      child.stdin.write(step.send);
      advance();
    };
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString('utf8');
      advance();
    });
    child.on('close', code => {
      clearTimeout(timer);
      if (next < steps.length) reject(new Error(`exited before ${String(steps[next]?.expect)}; screen:\n${screen}`));
      else resolvePromise({ screen, code });
    });
  });
}
