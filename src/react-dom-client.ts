// React DOM's client as an ES module kept in React DOM's own chunk (vite.config.ts): the entry imports this
// to have React DOM evaluated in a task of its own, and so needs none of the bundler's CommonJS interop, which
// would be a file to fetch before the entry could run (decision 22).
export { createRoot, hydrateRoot } from 'react-dom/client';
