export interface DownloadProgress {
  transferred: number;
  total: number | null;
  percent: number;
}
export declare function electronPackageDir(): string;
export declare function platformPath(platform: string): string;
export declare function downloadElectronRuntime(options?: {
  packageDir?: string;
  platform?: string;
  arch?: string;
  downloadArtifact?: (details: Record<string, unknown>) => Promise<string>;
  extractZip?: (zip: string, options: { dir: string }) => Promise<void>;
  onProgress?: (progress: DownloadProgress) => void;
}): Promise<void>;
