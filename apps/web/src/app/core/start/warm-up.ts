/**
 * Runs each step in a task of its own, one after the other. At start-up, while the session is
 * restored over the network, the page's first drawing can be spared work it would otherwise do
 * in one long task: building the platform's date formatters and collator (the first Intl object
 * a page builds is slow, as ICU loads its data).
 */
export function warmUp(
  steps: readonly (() => unknown)[],
  later: (run: () => void) => unknown = (run) => setTimeout(run),
): void {
  const [step, ...rest] = steps;
  if (!step) return;
  later(() => {
    step();
    warmUp(rest, later);
  });
}
