import { Presets, SingleBar } from 'cli-progress';

export type ProgressListener = (step: string, done: number, total: number) => void;

/** A progress bar per step on a terminal; a line per step when output is piped to a log. */
export function progressReporter(): ProgressListener {
  let bar: SingleBar | undefined;
  let currentStep = '';
  return (step, done, total) => {
    if (step !== currentStep) {
      bar?.stop();
      currentStep = step;
      bar = new SingleBar(
        { format: `${step.padEnd(22)} {bar} {value}/{total}`, noTTYOutput: false },
        Presets.shades_classic,
      );
      if (process.stdout.isTTY) bar.start(total, done);
      else console.info(`${step}: ${total}`);
    }
    if (process.stdout.isTTY) bar?.update(done);
    if (done === total) {
      bar?.stop();
      bar = undefined;
    }
  };
}
