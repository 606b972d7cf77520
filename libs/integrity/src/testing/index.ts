// The engine over generated institutions, in memory: for tests and `npm run bench`, not for the app.
export * from './ranking';
export * from './ranking-report';
