/** Bundles one browser entry (TS, JSX, Vue, JS) with Vite, the way an integrator's build would, into `outDir/fileName`. */
import { build, type InlineConfig } from 'vite';

export async function bundle(entry: string, outDir: string, fileName: string, config: InlineConfig = {}): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: new URL('../../', import.meta.url).pathname,
    ...config,
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      rolldownOptions: { input: entry, output: { entryFileNames: fileName, codeSplitting: false } },
    },
  });
}
