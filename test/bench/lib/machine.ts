import { execFileSync } from 'node:child_process';
import { statfsSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';

/** statfs f_type values of the file systems a Linux build machine is likely to have. */
const FILE_SYSTEMS: Record<number, string> = {
  0xef53: 'ext4',
  0x01021994: 'tmpfs',
  0x9123683e: 'btrfs',
  0x58465342: 'xfs',
  0x794c7630: 'overlayfs',
  0x6969: 'nfs',
  0x65735546: 'fuse',
  0x5346544e: 'ntfs',
};

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  os: string;
  fileSystem: string;
  /** 1-minute load average when the run started: other work on the machine skews figures. */
  load: number;
  commit: string;
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export function describeMachine(dir: string): Machine {
  let fileSystem = 'unknown';
  try {
    const type = Number(statfsSync(dir).type);
    fileSystem = FILE_SYSTEMS[type] ?? `type 0x${type.toString(16)}`;
  } catch {
    // statfs is not available everywhere (e.g. some Windows set-ups).
  }
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    os: `${platform()} ${release()}`,
    fileSystem,
    load: Number(loadavg()[0]!.toFixed(2)),
    commit: gitCommit(),
  };
}
