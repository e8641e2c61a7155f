import { defineConfig } from 'vitest/config';

// React's JSX through esbuild (no React plugin needed); one deterministic build into dist/,
// which is committed and embedded in the xspace binary.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'react', legalComments: 'none' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/react') || id.includes('node_modules/scheduler')) return 'react';
          return undefined;
        },
      },
    },
  },
  test: { include: ['test/**/*.test.ts'] },
});
