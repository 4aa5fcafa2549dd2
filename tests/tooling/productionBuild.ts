/**
 * A real production build into a folder of its own, with some environment variables set only for
 * that build (an organisation's config or contacts file), as `npm run build` would make it.
 */
import { build } from 'vite';

export async function productionBuild(outDir: string, env: Record<string, string>): Promise<void> {
  // Vitest sets NODE_ENV=test, which would build React's development version.
  const names = ['NODE_ENV', ...Object.keys(env)];
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  Object.assign(process.env, { NODE_ENV: 'production', ...env });
  try {
    await build({
      configFile: 'vite.config.ts',
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    for (const name of names) {
      if (saved[name] === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = saved[name];
    }
  }
}
