import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [preact()],
  resolve: {
    // @tanstack/react-virtual imports "react"; preact/compat stands in for it at a fraction of the size.
    alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
  },
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    target: 'es2022',
    // No source maps in the served bundle: nothing to leak, nothing extra to download.
    sourcemap: false,
  },
});
