// Whether `npm start` opens the desktop window or browser mode. The Electron npm package carries no
// runtime binary, so the first start on a computer with internet fetches it once; offline, and on CI
// (which never downloads), browser mode starts instead. The finder and the download are passed in, so
// the choice itself is tested without a network.

/** CI runs must never reach out for the runtime: the test machines have no internet and must not try. */
export function downloadForbidden(env) {
  const ci = (env.CI ?? '').toLowerCase();
  return (ci !== '' && ci !== 'false' && ci !== '0') || env.TENDERWRIGHT_NO_RUNTIME_DOWNLOAD === '1';
}

/** The shortest useful reason from a failed download: a network code (ENOTFOUND), an HTTP status, or the message. */
export function downloadFailureReason(error) {
  // fetch says only "fetch failed"; the network's own words (getaddrinfo ENOTFOUND …) are in its cause.
  const cause = error?.cause instanceof Error ? error.cause : null;
  const message = cause?.message || (error instanceof Error ? error.message : String(error));
  return message.split('\n')[0].slice(0, 160);
}

const megabytes = (bytes) => Math.round(bytes / 1_000_000);

/** One progress line: "Downloading Electron: 42% (46 of 110 MB)". */
export function progressLine({ transferred, total }) {
  if (!total) return `Downloading Electron: ${megabytes(transferred)} MB`;
  return `Downloading Electron: ${Math.floor((transferred / total) * 100)}% (${megabytes(transferred)} of ${megabytes(total)} MB)`;
}

/**
 * Progress on the terminal: one line rewritten in place on a terminal, and a line per tenth of the
 * download where the output goes to a file or a pipe (so a log is not flooded).
 */
export function progressReporter(write, isTerminal) {
  let lastTenth = -1;
  return (progress) => {
    if (isTerminal) {
      write(`\r${progressLine(progress)}${progress.percent >= 1 ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor(progress.percent * 10);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      write(`${progressLine(progress)}\n`);
    }
  };
}

const CI_PROBLEM = 'The Electron runtime is not installed on this computer and CI runs never download it';
const offlineProblem = (reason) => `The Electron runtime could not be downloaded (${reason})`;

/** What `npm start` prints before browser mode: the problem and what happens instead, in one sentence. */
export const browserModeSentence = (problem) => `${problem}, so Tenderwright is starting in browser mode.`;

const browserMode = (problem) => ({ mode: 'browser', problem, sentence: browserModeSentence(problem) });

/**
 * @param {object} options
 * @param {() => string | null} options.findBinary the runtime's executable, or null when it is not installed
 * @param {() => Promise<void>} options.downloadRuntime fetches and unpacks the runtime where findBinary looks
 * @param {Record<string, string | undefined>} options.env
 * @param {(line: string) => void} options.log
 * @returns {Promise<{ mode: 'desktop', binary: string } | { mode: 'browser', problem: string, sentence: string }>}
 */
export async function chooseRuntime({ findBinary, downloadRuntime, env, log }) {
  const present = findBinary();
  if (present) return { mode: 'desktop', binary: present };
  if (downloadForbidden(env)) return browserMode(CI_PROBLEM);
  log('The Electron runtime is not installed yet: downloading it once (about 100 MB, checked against its published checksums).');
  try {
    await downloadRuntime();
  } catch (error) {
    return browserMode(offlineProblem(downloadFailureReason(error)));
  }
  const downloaded = findBinary();
  if (!downloaded) return browserMode(offlineProblem('the download held no Electron executable for this computer'));
  log('The Electron runtime is installed; opening the desktop app.');
  return { mode: 'desktop', binary: downloaded };
}
